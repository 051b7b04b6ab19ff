import type { RunContext, Plan, Order } from '../../runtime/index';
import { runOrder, bump, createLedger } from '../../runtime/index';
import { dayNumber, localDateOf } from '../series/day';
import type { Transfer } from './transfers';

/** What the routing did with a replayed stretch of orders. */
export interface ReplayMetrics {
  readonly orders: number;
  /** Orders the flow gave a fulfilment plan with at least one shipment. */
  readonly routed: number;
  /** Orders no warehouse could ship (the flow's no-route path): stockouts. */
  readonly stockouts: number;
  readonly shipments: number;
  /** Shipments from a warehouse outside the order's region (province). */
  readonly crossRegionShipments: number;
  /** Sum of the shipments' transit days (their mean says how fast customers get their parcels). */
  readonly transitDays: number;
  /** Routed orders shipped in more than one parcel. */
  readonly splitOrders: number;
  /** Sum of the routing plans' costs (handling + carriage), minor units, per currency. */
  readonly routingCost: Readonly<Record<string, number>>;
}

export function crossRegionShare(m: ReplayMetrics): number {
  return m.shipments === 0 ? 0 : m.crossRegionShipments / m.shipments;
}

export function meanTransitDays(m: ReplayMetrics): number {
  return m.shipments === 0 ? 0 : m.transitDays / m.shipments;
}

export function splitRate(m: ReplayMetrics): number {
  return m.routed === 0 ? 0 : m.splitOrders / m.routed;
}

/**
 * Replays orders, in time order, through a routing flow with carry-over stock (the simulation's
 * world ledger): each order takes what it ships from the world the next one sees. Approved transfers
 * leave their source on their ship day and reach their destination `leadDays` later. The run clock is
 * each order's own time, so promises are dated as they would have been.
 */
export function replay(
  plan: Plan,
  orders: readonly Order[],
  ctx: RunContext,
  transfers: readonly Transfer[] = [],
): ReplayMetrics {
  const ledger = createLedger(ctx);
  const world = ledger.context;
  const byId = new Map(world.warehouses.map((w) => [w.id, w]));
  const events = transfers
    .flatMap((t) => [
      { day: dayNumber(t.shipBy), warehouse: t.from, sku: t.sku, units: -t.units },
      { day: dayNumber(t.arriveBy), warehouse: t.to, sku: t.sku, units: t.units },
    ])
    .sort((a, b) => a.day - b.day || a.units - b.units);
  let next = 0;
  const provinceOf = new Map(world.warehouses.map((w) => [w.id, w.province]));
  let routed = 0,
    stockouts = 0,
    shipments = 0,
    cross = 0,
    splits = 0,
    transit = 0;
  const routingCost: Record<string, number> = {};
  for (const order of orders) {
    const today = dayNumber(localDateOf(order.createdAt));
    for (; next < events.length && events[next]!.day <= today; next++) {
      const e = events[next]!;
      const warehouse = byId.get(e.warehouse);
      if (!warehouse) throw new Error(`transfer names warehouse ${e.warehouse}, which the context does not have`);
      const have = Object.hasOwn(warehouse.stock, e.sku) ? warehouse.stock[e.sku]! : 0;
      bump(warehouse.stock, e.sku, Math.max(e.units, -have));
    }
    world.now = order.createdAt;
    const result = runOrder(plan, order, world, {});
    ledger.take(result, order.customer.id);
    const fulfilment = result.outcome?.fulfilment;
    if (!fulfilment || fulfilment.shipments.length === 0) {
      if (fulfilment) stockouts++;
      continue;
    }
    routed++;
    shipments += fulfilment.shipments.length;
    cross += fulfilment.shipments.filter(
      (s) => provinceOf.get(s.warehouseId) !== order.shippingAddress.province,
    ).length;
    for (const s of fulfilment.shipments) transit += s.transitDays;
    if (fulfilment.split) splits++;
    bump(routingCost, fulfilment.cost.currency, fulfilment.cost.amount);
  }
  return {
    orders: orders.length,
    routed,
    stockouts,
    shipments,
    crossRegionShipments: cross,
    transitDays: transit,
    splitOrders: splits,
    routingCost,
  };
}
