import { describe, expect, it } from 'vitest';
import { testOrder } from '../testing/builders';
import { buildFacts, factsFrom, FACTS_SHAPE, refillFacts } from './facts';
import { orderSchema } from './order.schema';
import { emptyOutcome } from './outcome';
import { computeTotals } from './totals';

const fullOrder = orderSchema.parse(
  testOrder({
    updatedAt: '2026-11-11T01:00:00+08:00',
    payment: { method: 'alipay', amount: { amount: 100, currency: 'CNY' }, paidAt: '2026-11-11T00:06:00+08:00' },
    shippingFee: { amount: 800, currency: 'CNY' },
    attributes: { source: 'live' },
  }),
);

describe('facts', () => {
  it('carry every field of the order, so conditions can read anything the order has', () => {
    const facts = buildFacts(fullOrder, emptyOutcome(), computeTotals(fullOrder, []), '2026-11-11T10:00:00+08:00');
    for (const key of Object.keys(fullOrder))
      expect(facts).toHaveProperty([key], (fullOrder as Record<string, unknown>)[key]);
  });

  it('describe every field the order schema has, for the field picker and the var checker', () => {
    const shape = FACTS_SHAPE as { fields: Record<string, unknown> };
    expect(Object.keys(shape.fields)).toEqual(
      expect.arrayContaining(Object.keys(orderSchema.shape ?? {}).length ? Object.keys(fullOrder) : []),
    );
  });

  it('refilled for another order, equal facts built for that order: nothing of the last run shows', () => {
    const plain = orderSchema.parse(testOrder());
    const now = '2026-11-11T10:00:00+08:00';
    const of = (order: typeof plain) =>
      [order, computeTotals(order, []), [] as string[], order.attributes, now] as const;
    const shared = factsFrom(...of(fullOrder));
    expect(refillFacts(shared, ...of(plain))).toEqual(factsFrom(...of(plain)));
    expect(refillFacts(shared, ...of(fullOrder))).toEqual(factsFrom(...of(fullOrder)));
  });

  it('show attributes the flow set over those the order came with', () => {
    const outcome = { ...emptyOutcome(), attributes: { source: 'flow', warehouse: 'WH-SH' } };
    const facts = buildFacts(fullOrder, outcome, computeTotals(fullOrder, []), '2026-11-11T10:00:00+08:00');
    expect(facts.attributes).toEqual({ source: 'flow', warehouse: 'WH-SH' });
  });
});
