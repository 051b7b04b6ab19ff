import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { subtotalOf } from '../../runtime/node/index';
import { discountNode } from './discount.node.ts';
import { lineNets, makeOrder, outcomeWith, runNode, withPatch } from '../testing/node-harness';

const line = fc.record({
  price: fc.integer({ min: 0, max: 1_000_000 }),
  qty: fc.integer({ min: 1, max: 20 }),
  category: fc.constantFrom('a', 'b'),
});
const common = {
  stacking: fc.constantFrom('stackable', 'exclusive', 'best-of'),
  priority: fc.integer({ min: -2, max: 2 }),
  scope: fc.constantFrom('order', 'category'),
  cap: fc.option(fc.integer({ min: 1, max: 500_000 }), { nil: undefined }),
};
const percent = fc.record({
  kind: fc.constant('percent'),
  percent: fc.integer({ min: 0, max: 1_000_000 }).map((p) => p / 10_000),
  ...common,
});
const fixed = fc.record({
  kind: fc.constant('fixed'),
  amount: fc.integer({ min: 0, max: 3_000_000 }),
  perUnit: fc.boolean(),
  ...common,
});
const bxgy = fc.record({
  kind: fc.constant('buy-x-get-y'),
  buy: fc.integer({ min: 1, max: 4 }),
  get: fc.integer({ min: 1, max: 3 }),
  ...common,
});
const config = fc.oneof(percent, fixed, bxgy).map((c) => ({ ...c, categories: ['a'] }));

describe('discount properties', () => {
  it('allocations sum to amounts, lines never go negative, discount ≤ subtotal', () => {
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 1, maxLength: 5 }),
        fc.array(config, { minLength: 1, maxLength: 6 }),
        fc.constantFrom('CNY', 'JPY'),
        (lines, configs, currency) => {
          const order = makeOrder(lines, {}, currency);
          let outcome = outcomeWith();
          configs.forEach((c, i) => {
            outcome = withPatch(outcome, runNode(discountNode, c, order, { outcome, nodeId: `n${i}` }).patch);
            for (const adjustment of outcome.adjustments) {
              expect(adjustment.amount.currency).toBe(currency);
              expect(adjustment.allocations.reduce((sum, a) => sum + a.amount, 0)).toBe(adjustment.amount.amount);
              for (const part of adjustment.allocations)
                expect(Number.isInteger(part.amount) && part.amount > 0).toBe(true);
            }
            for (const net of Object.values(lineNets(order, outcome))) expect(net).toBeGreaterThanOrEqual(0);
            const discount = outcome.adjustments.reduce((sum, a) => sum + a.amount.amount, 0);
            expect(discount).toBeLessThanOrEqual(subtotalOf(order));
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
