/** The business stories behind the example flows, stated as numbers a merchant would check. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coreRegistry } from '../nodes/index';
import { compileFlow, type Plan, runFlow, runContextSchema } from '../runtime/index';
import type { OrderInput } from '../runtime/index';
import { SINGLE_ORDERS } from './generate-data';

const at = (...parts: string[]) => join(import.meta.dirname, ...parts);
const ctx = runContextSchema.parse(JSON.parse(readFileSync(at('data/context.json'), 'utf8')));

function plan(name: string): Plan {
  const compiled = compileFlow(readFileSync(at('flows', `${name}.flow.json`), 'utf8'), coreRegistry);
  if (!compiled.ok) throw new Error(compiled.problems.map((p) => p.message).join('; '));
  return compiled.plan;
}

/** A Tmall order in Shanghai: `lines` as [sku, category, unit price in fen, quantity]. */
function order(tier: string, lines: [string, string, number, number][], extra: Partial<OrderInput> = {}): OrderInput {
  return {
    id: 'OF-STORY',
    channel: 'tmall',
    channelOrderId: '4000000000000000001',
    status: 'paid',
    createdAt: '2026-11-11T00:01:00+08:00',
    currency: 'CNY',
    customer: { id: 'CN-STORY', tier: tier as 'vip' },
    lines: lines.map(([sku, category, price, quantity], i) => ({
      id: `L${i + 1}`,
      sku,
      category,
      quantity,
      unitPrice: { amount: price, currency: 'CNY' },
    })),
    shippingAddress: { country: 'CN', province: 'Shanghai', city: 'Shanghai' },
    ...extra,
  };
}

describe('vip-priority', () => {
  const vip = plan('vip-priority');
  it('gives a VIP ¥600 order ¥60 off and one gift bag (¥540 after the discount)', () => {
    const r = runFlow(vip, order('vip', [['BT-SERUM-30ML', 'beauty', 30000, 2]]), ctx);
    expect(r.totals?.discount.amount).toBe(6000);
    expect(r.outcome?.gifts.map((g) => [g.sku, g.quantity])).toEqual([['GIFT-BAG', 1]]);
  });
  it('gives a VIP ¥499 order nothing off (10% starts at ¥500)', () => {
    expect(runFlow(vip, order('vip', [['X', 'beauty', 49900, 1]]), ctx).totals?.discount.amount).toBe(0);
  });
  it('lets 11.11 spend-and-save beat gold 5% when it is worth more (¥1,000: ¥90 vs ¥50)', () => {
    const r = runFlow(vip, order('gold', [['APL-DOWN-JACKET', 'apparel', 100000, 1]], { coupons: ['DOUBLE11'] }), ctx);
    expect(r.outcome?.adjustments.map((a) => [a.nodeId, a.amount.amount])).toEqual([['double11', 9000]]);
  });
  it('gives a silver ¥999 order no tier discount but routes it from stock', () => {
    const r = runFlow(vip, order('silver', [['APL-TEE-BASIC', 'apparel', 33300, 3]]), ctx);
    expect(r.totals?.discount.amount).toBe(0);
    expect(r.outcome?.fulfilment?.shipments.map((s) => s.warehouseId)).toEqual(['WH-SH']);
  });
  it('stops gift bags at the per-customer limit of 3', () => {
    const r = runFlow(
      vip,
      order('vip', [['EL-TABLET-11', 'electronics', 329900, 1]], { customer: { id: 'CN-C00150', tier: 'vip' } }),
      ctx,
    );
    expect(r.outcome?.gifts).toEqual([]);
  });
});

describe('trade-in', () => {
  const tradeIn = plan('trade-in');
  it('subsidises a washer ¥500 without approval (15% of ¥3,299)', () => {
    const r = runFlow(tradeIn, SINGLE_ORDERS['trade-in-washer'], ctx);
    expect(r.totals?.discount.amount).toBe(50000);
    expect(r.waiting?.nodeId).toBe('old-unit-qc');
  });
  it('sends a ¥399 rice cooker trade-in (subsidy capped at ¥399) to finance', () => {
    const r = runFlow(
      tradeIn,
      order('regular', [['AP-RICECOOKER-4L', 'appliance', 39900, 1]], { coupons: ['TRADEIN'] }),
      ctx,
    );
    expect(r.totals?.discount.amount).toBe(39900);
    expect(r.waiting?.nodeId).toBe('finance-approval');
  });
  it('ignores TRADEIN on an order without an appliance', () => {
    const r = runFlow(tradeIn, order('regular', [['BT-MASK-10P', 'beauty', 9900, 1]], { coupons: ['TRADEIN'] }), ctx);
    expect(r.trace.map((s) => s.nodeId)).toEqual(['order-received', 'is-trade-in', 'not-trade-in']);
  });
});

describe('returns-qc and multi-warehouse', () => {
  it('tags a failed risky return high-return-risk in the CRM and holds the refund', () => {
    const r = runFlow(plan('returns-qc'), SINGLE_ORDERS['return-high-risk'], ctx, {
      decisions: { 'returns-qc': 'fail' },
    });
    expect(r.outcome?.decision).toBe('hold');
    expect(r.outcome?.effects.filter((e) => e.kind === 'crm-tag')).toEqual([
      { kind: 'crm-tag', nodeId: 'returns-qc', customerId: 'CN-C00509', tag: 'high-return-risk' },
    ]);
  });
  it('ships Kashgar by EMS (the only carrier serving remote areas) after a review', () => {
    const r = runFlow(plan('multi-warehouse'), SINGLE_ORDERS['remote-xinjiang'], ctx);
    expect(r.waiting?.nodeId).toBe('remote-review');
    expect(r.outcome?.fulfilment?.shipments.map((s) => [s.warehouseId, s.carrierId, s.cost.amount])).toEqual([
      ['WH-CD', 'EMS', 4150],
    ]);
  });
  it('splits a phone (Shanghai/Beijing only) and an air conditioner (Guangzhou/Chengdu only)', () => {
    const r = runFlow(
      plan('multi-warehouse'),
      order('regular', [
        ['EL-PHONE-PRO', 'electronics', 599900, 1],
        ['AP-AIRCON-1.5P', 'appliance', 289900, 1],
      ]),
      ctx,
    );
    expect(r.outcome?.fulfilment?.split).toBe(true);
    expect(r.outcome?.fulfilment?.shipments.map((s) => [s.warehouseId, s.lines.map((l) => l.sku)])).toEqual([
      ['WH-CD', ['AP-AIRCON-1.5P']],
      ['WH-SH', ['EL-PHONE-PRO']],
    ]);
  });
});
