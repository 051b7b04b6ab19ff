import type { Adjustment } from '../order/outcome';

/**
 * A discount a node hands back is trusted no more than an order: it must be a whole, non-negative number of
 * minor units in the order's currency, or the totals would go negative, fractional or mix currencies. Core
 * nodes always pass; this guards custom node types. Returns why the first bad one is wrong, or undefined.
 */
export function adjustmentProblem(adjustments: readonly Adjustment[], currency: string): string | undefined {
  for (const adjustment of adjustments) {
    const { amount, currency: given } = adjustment.amount ?? {};
    if (given !== currency)
      return `a discount in ${String(given)} on an order in ${currency}: discounts are in the order currency`;
    if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount < 0 || Object.is(amount, -0))
      return `a discount of ${String(amount)} ${currency}: discounts are whole, non-negative minor units`;
  }
  return undefined;
}
