import type { RunResult } from '../engine/types';
import { formatMoney } from '../money/money';

/** A flat, readable value: money is formatted, lists are joined, absent is null. */
export type FieldValue = string | number | boolean | null;

const list = (items: readonly string[]): string | null => (items.length === 0 ? null : items.join(', '));

/**
 * The parts of a run people compare, flattened to `field → value` ("total", "discount.vip-10-off",
 * "gift.GIFT-BAG", "route.warehouses", …), so two runs differ exactly where these values differ.
 */
export function outcomeFields(result: RunResult): Record<string, FieldValue> {
  const fields: Record<string, FieldValue> = Object.create(null) as Record<string, FieldValue>;
  const set = (key: string, value: FieldValue) =>
    Object.defineProperty(fields, key, { value, enumerable: true, writable: true, configurable: true });
  set('status', result.status);
  set('waitingAt', result.waiting?.nodeId ?? null);
  set('failedAt', result.error?.nodeId ?? null);
  const outcome = result.outcome;
  set('decision', outcome?.decision ?? null);
  set('total', result.totals ? formatMoney(result.totals.total.amount, result.totals.total.currency) : null);
  if (!outcome) return fields;
  const discounts = new Map<string, { amount: number; currency: string }>();
  for (const a of outcome.adjustments) {
    const sum = discounts.get(a.nodeId) ?? { amount: 0, currency: a.amount.currency };
    discounts.set(a.nodeId, { amount: sum.amount + a.amount.amount, currency: sum.currency });
  }
  for (const [nodeId, m] of discounts) set(`discount.${nodeId}`, formatMoney(m.amount, m.currency));
  const gifts = new Map<string, number>();
  for (const g of outcome.gifts) gifts.set(g.sku, (gifts.get(g.sku) ?? 0) + g.quantity);
  for (const [sku, quantity] of gifts) set(`gift.${sku}`, quantity);
  set('tags', list([...outcome.tags].sort()));
  for (const h of outcome.holds) set(`hold.${h.nodeId}`, `${h.kind} ${h.status}`);
  const plan = outcome.fulfilment;
  const shipments = plan?.shipments ?? [];
  set('route.warehouses', list(shipments.map((s) => s.warehouseId)));
  set('route.carriers', list(shipments.map((s) => s.carrierId)));
  set('route.cost', plan && shipments.length > 0 ? formatMoney(plan.cost.amount, plan.cost.currency) : null);
  set(
    'route.promisedBy',
    shipments.length === 0
      ? null
      : shipments
          .map((s) => s.promisedBy)
          .sort()
          .at(-1)!,
  );
  for (const [key, value] of Object.entries(outcome.attributes)) {
    set(`attribute.${key}`, value === null || typeof value !== 'object' ? value : JSON.stringify(value));
  }
  return fields;
}
