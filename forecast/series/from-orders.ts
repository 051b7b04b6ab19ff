import type { Order } from '../../runtime/index';
import { dayNumber, localDateOf } from './day';
import type { Observation } from './series';

/** The labels a series of canonical orders can be cut by (`--by sku,region`). */
export const ORDER_LABELS = ['sku', 'category', 'region', 'country', 'channel'] as const;
export type OrderLabel = (typeof ORDER_LABELS)[number];

/** Orders that are demand: sales that were not cancelled. Returns and exchanges are not new demand. */
export function isDemand(order: Order): boolean {
  return order.kind === 'sale' && order.status !== 'cancelled';
}

/**
 * One observation per order line: its units on the local day the customer ordered, labelled with the
 * SKU, its category, the region it ships to (province/state) and the country and channel.
 */
export function observationsFromOrders(orders: Iterable<Order>): Observation[] {
  const out: Observation[] = [];
  for (const order of orders) {
    if (!isDemand(order)) continue;
    const day = dayNumber(localDateOf(order.createdAt));
    const region = order.shippingAddress.province || order.shippingAddress.country;
    for (const line of order.lines) {
      out.push({
        day,
        units: line.quantity,
        labels: {
          sku: line.sku,
          category: line.category,
          region,
          country: order.shippingAddress.country,
          channel: order.channel,
        },
      });
    }
  }
  return out;
}
