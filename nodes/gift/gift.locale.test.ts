/** The gift node writes its notes and made-up reasons in the run's language; quantities never change with it. */
import { describe, expect, it } from 'vitest';
import { runContextSchema, type RunContext } from '../../runtime/node/index';
import type { Outcome, OrderInput } from '../../runtime/node/index';
import { makeOrder, outcomeWith, runNode, testTools, type LineSpec } from '../testing/node-harness';
import { giftNode } from './gift.node.ts';
import { GIFT_WORDS, type GiftWords } from './words';

const warehouse = (id: string, stock: Record<string, number>) => ({
  id,
  name: id,
  country: 'CN',
  handlingCost: { amount: 0, currency: 'CNY' },
  stock,
});

/** Two warehouses with 3 + 2 GIFT-BAG; customer cust-1's history as given. */
function context(stock: [number, number] = [3, 2], received: Record<string, number> = {}): RunContext {
  return runContextSchema.parse({
    now: '2026-11-11T00:05:00+08:00',
    warehouses: [warehouse('sh', { 'GIFT-BAG': stock[0] }), warehouse('bj', { 'GIFT-BAG': stock[1] })],
    customers: { 'cust-1': { giftsReceived: received } },
  });
}

const bag = { sku: 'GIFT-BAG', name: '礼品袋' };
const at300 = { ...bag, threshold: 30000 };

describe('gift in Chinese', () => {
  it('notes a capped gift in zh, with the same gift line as the en run', () => {
    const config = { ...at300, perStep: true, maxQuantity: 2, reason: '满300赠礼' };
    const order = makeOrder([{ price: 99000 }]);
    const zh = runNode(giftNode, config, order, { ctx: context(), nodeId: 'g1', locale: 'zh' });
    const en = runNode(giftNode, config, order, { ctx: context(), nodeId: 'g1', locale: 'en' });
    expect(zh.note).toBe('赠 2 × 礼品袋；封顶 2 件');
    expect(en.note).toBe('gift 2 × 礼品袋; capped at 2');
    expect(zh.patch).toEqual(en.patch);
    expect(zh.patch?.gifts?.[0]?.quantity).toBe(2);
  });

  it('notes a plain gift and several reductions', () => {
    expect(runNode(giftNode, bag, makeOrder([{ price: 100 }]), { ctx: context(), locale: 'zh' }).note).toBe(
      '赠 1 × 礼品袋',
    );
    const reduced = runNode(
      giftNode,
      { ...bag, threshold: 10000, perStep: true, maxQuantity: 4, perCustomerLimit: 3 },
      makeOrder([{ price: 99000 }]),
      {
        ctx: context([1, 0], { 'GIFT-BAG': 1 }),
        locale: 'zh',
      },
    );
    expect(reduced.patch?.gifts?.[0]?.quantity).toBe(1);
    expect(reduced.note).toBe(
      '赠 1 × 礼品袋；封顶 4 件；受每人限领 3 件限制，减至 2 件；库存不足，减至 1 件：GIFT-BAG 仅有 1',
    );
  });

  it('an empty reason becomes the summary in the run language; a typed one stays as typed', () => {
    const reason = (raw: Record<string, unknown>, locale: 'en' | 'zh') =>
      runNode(giftNode, raw, makeOrder([{ price: 30000 }]), { ctx: context(), locale }).patch?.gifts?.[0]?.reason;
    expect(reason(at300, 'zh')).toBe('实付满300赠礼品袋×1');
    expect(reason(at300, 'zh')).toBe(giftNode.summary(giftNode.config.parse(at300), 'zh'));
    expect(reason(at300, 'en')).toBe('Gift 1 × 礼品袋 over 300 after discounts');
    expect(reason({ ...at300, reason: ' Double 11 gift ' }, 'zh')).toBe('Double 11 gift');
  });

  interface SkipCase {
    readonly name: string;
    readonly config: Record<string, unknown>;
    readonly lines?: readonly LineSpec[];
    readonly order?: Partial<OrderInput>;
    readonly ctx?: RunContext;
    readonly outcome?: Outcome;
    readonly zh: string;
  }
  const skips: SkipCase[] = [
    { name: 'below threshold', config: at300, lines: [{ price: 12000 }], zh: '消费 ¥120.00 未达门槛 ¥300.00' },
    { name: 'out of stock', config: bag, ctx: context([0, 0]), zh: '库存不足：GIFT-BAG 仅有 0' },
    {
      name: 'stock taken by the order',
      config: bag,
      lines: [{ price: 100, sku: 'GIFT-BAG', qty: 5 }],
      zh: '库存不足：GIFT-BAG 可用仅 0（库存 5，本单已占用 5）',
    },
    {
      name: 'customer limit reached',
      config: { ...bag, perCustomerLimit: 1 },
      ctx: context([3, 2], { 'GIFT-BAG': 1 }),
      zh: '已达每人限领 1 件',
    },
    { name: 'condition', config: { ...bag, when: { '==': [{ var: 'customer.tier' }, 'vip'] } }, zh: '不满足条件' },
    { name: 'other currency', config: { ...bag, currency: 'USD' }, zh: '订单币种为 CNY，本节点只适用于 USD' },
    {
      name: 'already granted',
      config: bag,
      outcome: outcomeWith([], { gifts: [{ nodeId: 'g1', sku: 'GIFT-BAG', name: 'x', quantity: 1, reason: '' }] }),
      zh: '本赠品已赠送',
    },
  ];

  it.each(skips)('skips in zh: $name', ({ config, lines, order: extra, ctx, outcome, zh }) => {
    const order = makeOrder(lines ?? [{ price: 10000 }], extra);
    const result = runNode(giftNode, config, order, { ctx: ctx ?? context(), outcome, nodeId: 'g1', locale: 'zh' });
    expect(result.patch).toBeUndefined();
    expect(result.note).toBe(zh);
    const english = runNode(giftNode, config, order, { ctx: ctx ?? context(), outcome, nodeId: 'g1', locale: 'en' });
    expect(english.patch).toBeUndefined();
    expect(english.note).not.toBe(zh);
  });

  it('shares the fixed skips per language, built once at prepare', () => {
    const prepared = giftNode.prepare(giftNode.config.parse(bag), testTools);
    expect(prepared.skips.zh.granted.note).toBe('本赠品已赠送');
    expect(prepared.skips.en.granted.note).toBe('already granted');
    expect(Object.isFrozen(prepared.skips.zh.unmet)).toBe(true);
  });
});

describe('gift words', () => {
  /** Every phrase, called with arguments that hold no Latin letters: whatever English is left shows. */
  const all = (say: GiftWords) => [
    say.alreadyGranted(),
    say.conditionUnmet(),
    say.wrongCurrency('¥', '$'),
    say.belowThreshold('¥1', '¥3'),
    say.cappedAt(2),
    say.reducedByLimit(2, 3),
    say.limitReached(1),
    say.stockOf('1', 5, 0, 5),
    say.stockOf('1', 5, 5, 0),
    say.outOfStock('1'),
    say.reducedByStock(4, '1'),
    say.granted(1, '袋', []),
    say.granted(1, '袋', ['2', '3']),
  ];
  it('zh phrases have no English words and full-width punctuation', () => {
    for (const text of all(GIFT_WORDS.zh)) {
      expect(text).not.toMatch(/[A-Za-z]/);
      expect(text).not.toMatch(/[,;:()]/);
    }
  });
});
