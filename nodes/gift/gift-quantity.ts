import type { RunContext } from '../../runtime/node/index';
import { formatMoney } from '../../runtime/node/index';
import type { GiftConfig } from './gift.schema';
import type { GiftWords } from './words';

export type GiftQuantity =
  | { readonly ok: true; readonly quantity: number; readonly notes: readonly string[] }
  | { readonly ok: false; readonly note: string };

/** Reads `record[key]` only when it is the record's own property (keys come from untrusted JSON). */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Units of `sku` on hand over all warehouses. */
export function stockOf(sku: string, ctx: RunContext): number {
  let sum = 0;
  for (const warehouse of ctx.warehouses) sum += own(warehouse.stock, sku) ?? 0;
  return sum;
}

export interface GiftSituation {
  /** Subtotal net of discounts so far, shipping excluded (minor units). */
  readonly spend: number;
  readonly currency: string;
  readonly stock: number;
  /** Units of the SKU already claimed by this order (its lines and earlier gifts); used only with requireStock. */
  readonly claimed: number;
  /** Units the customer received before plus earlier gifts of the SKU in this order. */
  readonly received: number;
}

/**
 * How many units to give. Threshold first (perStep: quantity × full steps; threshold 0 = one step), then
 * maxQuantity, then the customer limit (reduced to the units left), then stock: reduced to whole steps
 * of `quantity` that the free stock covers (unless what is asked fits already). Notes in the words of `say`.
 */
export function giftQuantity(config: GiftConfig, s: GiftSituation, say: GiftWords): GiftQuantity {
  if (config.threshold > 0 && s.spend < config.threshold) {
    return {
      ok: false,
      note: say.belowThreshold(formatMoney(s.spend, s.currency), formatMoney(config.threshold, s.currency)),
    };
  }
  const steps = config.perStep && config.threshold > 0 ? Math.floor(s.spend / config.threshold) : 1;
  let quantity = config.quantity * steps;
  let notes: string[] | undefined; // usually none: no array then
  if (config.maxQuantity !== undefined && quantity > config.maxQuantity) {
    quantity = config.maxQuantity;
    (notes ??= []).push(say.cappedAt(quantity));
  }
  if (config.perCustomerLimit !== undefined) {
    const left = config.perCustomerLimit - s.received;
    if (left <= 0) return { ok: false, note: say.limitReached(config.perCustomerLimit) };
    if (quantity > left) {
      quantity = left;
      (notes ??= []).push(say.reducedByLimit(left, config.perCustomerLimit));
    }
  }
  if (config.requireStock) {
    const free = Math.max(0, s.stock - s.claimed);
    if (free < quantity) {
      const has = say.stockOf(config.sku, s.stock, s.claimed, free);
      const fits = Math.floor(free / config.quantity) * config.quantity;
      if (fits === 0) return { ok: false, note: say.outOfStock(has) };
      quantity = fits;
      (notes ??= []).push(say.reducedByStock(fits, has));
    }
  }
  return { ok: true, quantity, notes: notes ?? NO_NOTES };
}

const NO_NOTES: readonly string[] = Object.freeze([]);
