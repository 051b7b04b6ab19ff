import type { RunContext, Warehouse } from '../context/context.schema';
import type { RunResult } from '../engine/types';
import type { GiftLine, Shipment } from '../order/outcome';
import { bump, entry } from './tally';

/**
 * What a batch's orders take from the world, carried from one order to the next (`--carry-over`):
 * units an order ships leave their warehouse's stock, and its gifts leave stock and count towards the
 * customer's gift limits — so the tenth order of a popular SKU is routed elsewhere once the first
 * warehouse runs dry, and "one gift bag per customer" holds across a customer's orders.
 *
 * Orders are taken in data set order; a completed or waiting order takes what its outcome planned
 * (a waiting order's plan is held for it), a cancelled, skipped, rejected or failed one takes nothing.
 * The batch's context is never changed: the ledger works on its own copy.
 */
export interface WorldLedger {
  /** The world as the next order finds it. */
  readonly context: RunContext;
  /** Takes what a finished run planned; `customerId` is that order's customer. */
  take(result: RunResult, customerId: string | undefined): void;
}

export function createLedger(ctx: RunContext): WorldLedger {
  const context = structuredClone(ctx);
  const byId = new Map(context.warehouses.map((w) => [w.id, w]));
  return {
    context,
    take(result, customerId) {
      const outcome = result.outcome;
      if ((result.status !== 'completed' && result.status !== 'waiting') || !outcome) return;
      if (outcome.decision === 'cancel' || outcome.decision === 'skip') return;
      const shipments = outcome.fulfilment?.shipments ?? [];
      for (const shipment of shipments) {
        const warehouse = byId.get(shipment.warehouseId);
        if (warehouse) for (const line of shipment.lines) takeStock(warehouse, line.sku, line.quantity);
      }
      for (const gift of outcome.gifts) {
        takeGift(context.warehouses, shipments, byId, gift);
        if (customerId !== undefined) countGift(context, customerId, gift);
      }
    },
  };
}

/** Units leave a warehouse; stock never goes below zero. Returns how many left. */
function takeStock(warehouse: Warehouse, sku: string, quantity: number): number {
  const onHand = Object.hasOwn(warehouse.stock, sku) ? warehouse.stock[sku]! : 0;
  const taken = Math.min(onHand, quantity);
  if (taken > 0) bump(warehouse.stock, sku, -taken);
  return taken;
}

/** A gift ships with the order: from the warehouses it ships from first, then from any that hold it. */
function takeGift(
  warehouses: readonly Warehouse[],
  shipments: readonly Shipment[],
  byId: ReadonlyMap<string, Warehouse>,
  gift: GiftLine,
): void {
  let left = gift.quantity;
  const shipping = shipments.map((s) => byId.get(s.warehouseId)).filter((w): w is Warehouse => w !== undefined);
  for (const warehouse of [...shipping, ...warehouses]) {
    if (left === 0) return;
    left -= takeStock(warehouse, gift.sku, left);
  }
}

function countGift(context: RunContext, customerId: string, gift: GiftLine): void {
  bump(entry(context.customers, customerId, () => ({ giftsReceived: {} })).giftsReceived, gift.sku, gift.quantity);
}
