import type { Money } from '../money/money';
import type { Order } from './order.schema';
import type { Adjustment } from './outcome';

/** Totals are always derived from lines and adjustments, never stored twice. */
export interface Totals {
  readonly subtotal: Money;
  readonly discount: Money;
  readonly shipping: Money;
  readonly total: Money;
  readonly itemCount: number;
}

export function subtotalOf(order: Order): number {
  let subtotal = 0;
  for (const line of order.lines) subtotal += line.unitPrice.amount * line.quantity;
  return subtotal;
}

export function itemCountOf(order: Order): number {
  let count = 0;
  for (const line of order.lines) count += line.quantity;
  return count;
}

export function discountOf(adjustments: readonly Adjustment[]): number {
  let discount = 0;
  for (const adjustment of adjustments) discount += adjustment.amount.amount;
  return discount;
}

export function computeTotals(order: Order, adjustments: readonly Adjustment[]): Totals {
  return totalsFrom(order, subtotalOf(order), itemCountOf(order), adjustments);
}

/** computeTotals with the line sums already known (they never change during a run). */
export function totalsFrom(
  order: Order,
  subtotal: number,
  itemCount: number,
  adjustments: readonly Adjustment[],
): Totals {
  const currency = order.currency;
  const discount = Math.min(discountOf(adjustments), subtotal);
  const shipping = order.shippingFee?.amount ?? 0;
  return {
    subtotal: { amount: subtotal, currency },
    discount: { amount: discount, currency },
    shipping: { amount: shipping, currency },
    total: { amount: subtotal - discount + shipping, currency },
    itemCount,
  };
}

/**
 * The totals after a patch changed the adjustments: `previous` is this run's, so the subtotal and
 * shipping (fixed for a run) are reused and only the discount and total are new (two objects, not five).
 */
export function totalsAfter(previous: Totals, adjustments: readonly Adjustment[]): Totals {
  const subtotal = previous.subtotal.amount;
  const shipping = previous.shipping.amount;
  const currency = previous.subtotal.currency;
  const discount = Math.min(discountOf(adjustments), subtotal);
  return {
    subtotal: previous.subtotal,
    discount: { amount: discount, currency },
    shipping: previous.shipping,
    total: { amount: subtotal - discount + shipping, currency },
    itemCount: previous.itemCount,
  };
}
