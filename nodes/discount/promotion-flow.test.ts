/** The discount and gift nodes inside the real engine: validation of their conditions, patches, totals. */
import { describe, expect, it } from 'vitest';
import { emptyContext, createRegistry } from '../../runtime/node/index';
import { compileFlow, runFlow, validateFlow } from '../../runtime/index';
import { testFlow, testOrder } from '../../runtime/testing/builders';
import { endNode } from '../end/end.node.ts';
import { giftNode } from '../gift/gift.node.ts';
import { triggerNode } from '../trigger/trigger.node.ts';
import { discountNode } from './discount.node.ts';

const registry = createRegistry([triggerNode, discountNode, giftNode, endNode]);
const vip = { '==': [{ var: 'customer.tier' }, 'vip'] };

const flow = (when: unknown = vip) =>
  testFlow(
    [
      { id: 't', type: 'trigger' },
      { id: 'pct', type: 'discount', config: { percent: 10, when, cap: 20000 } },
      {
        id: 'mj',
        type: 'discount',
        config: { kind: 'tiered', tiers: [{ threshold: 50000, off: 5000 }], stacking: 'exclusive', priority: 1 },
      },
      { id: 'gift', type: 'gift', config: { sku: 'GIFT-BAG', threshold: 30000, perStep: true, requireStock: false } },
      { id: 'end', type: 'end' },
    ],
    ['t.start->pct', 'pct.next->mj', 'mj.next->gift', 'gift.next->end'],
  );

describe('promotion nodes in a flow', () => {
  it('run end to end: the exclusive 满减 replaces the VIP 10%, the gift reads the net spend', () => {
    const compiled = compileFlow(flow(), registry);
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
    const result = runFlow(compiled.plan, testOrder(), emptyContext()); // ¥599 + 2 × ¥120.50 = ¥840
    expect(result.status).toBe('completed');
    expect(result.outcome?.adjustments.map((a) => [a.nodeId, a.amount.amount])).toEqual([['mj', 5000]]);
    expect(result.totals?.discount.amount).toBe(5000);
    expect(result.outcome?.gifts.map((g) => [g.sku, g.quantity])).toEqual([['GIFT-BAG', 2]]); // ¥790 net: 2 steps of ¥300
  });

  it('a zh run notes and reasons in Chinese, with the same amounts and gifts as the en run', () => {
    const compiled = compileFlow(flow(), registry);
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
    const zh = runFlow(compiled.plan, testOrder(), emptyContext(), { trace: true, locale: 'zh' });
    const en = runFlow(compiled.plan, testOrder(), emptyContext(), { trace: true, locale: 'en' });
    const notes = (result: typeof zh) => Object.fromEntries(result.trace.map((step) => [step.nodeId, step.note]));
    expect(notes(zh)).toMatchObject({
      pct: '减 ¥84.00（基数 ¥840.00）',
      mj: '减 ¥50.00（基数 ¥840.00）；替换 pct',
      gift: '赠 2 × GIFT-BAG',
    });
    expect(notes(en)).toMatchObject({
      pct: '¥84.00 off ¥840.00',
      mj: '¥50.00 off ¥840.00; replaces pct',
      gift: 'gift 2 × GIFT-BAG',
    });
    expect(zh.outcome?.adjustments.map((a) => a.reason)).toEqual(['满500减50，不可叠加，优先级1']);
    expect(zh.outcome?.gifts.map((g) => g.reason)).toEqual(['实付每满300赠GIFT-BAG×1，不校验库存']);
    expect(zh.totals).toEqual(en.totals);
    expect(zh.outcome?.adjustments.map((a) => a.allocations)).toEqual(
      en.outcome?.adjustments.map((a) => a.allocations),
    );
    expect(zh.outcome?.gifts.map((g) => g.quantity)).toEqual(en.outcome?.gifts.map((g) => g.quantity));
  });

  it('validation checks the condition through logic()', () => {
    const problems = validateFlow(flow({ '==': [{ var: 'customer.teir' }, 'vip'] }), registry).problems;
    expect(problems.some((p) => p.code === 'logic-unknown-var' && p.path.join('.').includes('when'))).toBe(true);
  });
});
