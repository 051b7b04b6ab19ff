import type { RunResult, RunStatus } from '../engine/types';
import { compareResults, type FieldDiff } from './field-diff';
import { bump, entry } from './tally';

/** What one version of a flow did to all orders (one side of a comparison). Money in minor units per currency. */
export interface SideFigures {
  status: Record<RunStatus, number>;
  decisions: Record<string, number>;
  /** Currency → orders discounted and total discount. */
  discount: Record<string, { orders: number; amount: number }>;
  /** SKU → units given. */
  gifts: Record<string, number>;
  /** Currency → what the gifts cost the merchant. */
  giftCost: Record<string, number>;
  /** Orders with at least one hold, and holds by node. */
  heldOrders: number;
  holds: Record<string, number>;
  routes: {
    routed: number;
    warehouses: Record<string, number>;
    carriers: Record<string, number>;
    /** Currency → shipping cost. */
    cost: Record<string, number>;
    /** Sum over routed orders of the slowest shipment's transit days (for the average promise). */
    promiseDays: number;
  };
}

export interface OrderDifference {
  /** Position of the order in the data set, when known (to open it as a single run). */
  readonly index?: number;
  readonly orderId: string | null;
  readonly diffs: readonly FieldDiff[];
}

export interface RunsComparison {
  orders: number;
  differing: number;
  /** Every order whose outcome differs (ids of unreadable orders are null and left out). */
  differingOrderIds: string[];
  /** Field diffs of the first DIFFERENCE_LIMIT differing orders. */
  differences: OrderDifference[];
  before: SideFigures;
  after: SideFigures;
}

export const DIFFERENCE_LIMIT = 1000;

function emptySide(): SideFigures {
  return {
    status: { completed: 0, waiting: 0, rejected: 0, failed: 0 },
    decisions: {},
    discount: {},
    gifts: {},
    giftCost: {},
    heldOrders: 0,
    holds: {},
    routes: { routed: 0, warehouses: {}, carriers: {}, cost: {}, promiseDays: 0 },
  };
}

export function createComparison(): RunsComparison {
  return { orders: 0, differing: 0, differingOrderIds: [], differences: [], before: emptySide(), after: emptySide() };
}

function addSide(side: SideFigures, result: RunResult): void {
  side.status[result.status]++;
  const outcome = result.outcome;
  if (!outcome || result.status === 'rejected' || result.status === 'failed') return;
  bump(side.decisions, outcome.decision);
  const discount = result.totals?.discount;
  if (discount && discount.amount > 0) {
    const tally = entry(side.discount, discount.currency, () => ({ orders: 0, amount: 0 }));
    tally.orders++;
    tally.amount += discount.amount;
  }
  for (const gift of outcome.gifts) {
    bump(side.gifts, gift.sku, gift.quantity);
    if (gift.cost) bump(side.giftCost, gift.cost.currency, gift.cost.amount);
  }
  if (outcome.holds.length > 0) side.heldOrders++;
  for (const hold of outcome.holds) bump(side.holds, hold.nodeId);
  const plan = outcome.fulfilment;
  if (!plan || plan.shipments.length === 0) return;
  side.routes.routed++;
  for (const s of plan.shipments) {
    bump(side.routes.warehouses, s.warehouseId);
    bump(side.routes.carriers, s.carrierId);
  }
  bump(side.routes.cost, plan.cost.currency, plan.cost.amount);
  side.routes.promiseDays += Math.max(...plan.shipments.map((s) => s.transitDays));
}

/** Folds one order run by both versions into the comparison (mutates it; constant memory but for the capped diffs). */
export function addPair(comparison: RunsComparison, before: RunResult, after: RunResult, index?: number): FieldDiff[] {
  comparison.orders++;
  addSide(comparison.before, before);
  addSide(comparison.after, after);
  const diffs = compareResults(before, after);
  if (diffs.length === 0) return diffs;
  comparison.differing++;
  const orderId = after.orderId ?? before.orderId;
  if (orderId !== null) comparison.differingOrderIds.push(orderId);
  if (comparison.differences.length < DIFFERENCE_LIMIT)
    comparison.differences.push({ ...(index === undefined ? {} : { index }), orderId, diffs });
  return diffs;
}

/** Aggregate differences between two versions over the same orders. */
export function compareRuns(
  pairs: Iterable<{ readonly before: RunResult; readonly after: RunResult; readonly index?: number }>,
): RunsComparison {
  const comparison = createComparison();
  for (const pair of pairs) addPair(comparison, pair.before, pair.after, pair.index);
  return comparison;
}

/** Average promised delivery in days over routed orders; null when nothing was routed. */
export function averagePromiseDays(side: SideFigures): number | null {
  return side.routes.routed === 0 ? null : side.routes.promiseDays / side.routes.routed;
}

/**
 * Folds `part` — the comparison of the orders right after those of `into` — into `into` (mutates it),
 * so comparisons of consecutive slices merged in order equal the comparison of the whole.
 */
export function mergeComparison(into: RunsComparison, part: RunsComparison): void {
  into.orders += part.orders;
  into.differing += part.differing;
  for (const id of part.differingOrderIds) into.differingOrderIds.push(id);
  for (const difference of part.differences) {
    if (into.differences.length >= DIFFERENCE_LIMIT) break;
    into.differences.push(difference);
  }
  mergeSide(into.before, part.before);
  mergeSide(into.after, part.after);
}

function mergeSide(into: SideFigures, part: SideFigures): void {
  for (const status of Object.keys(part.status) as RunStatus[]) into.status[status] += part.status[status];
  addCounts(into.decisions, part.decisions);
  for (const [currency, tally] of Object.entries(part.discount)) {
    const target = entry(into.discount, currency, () => ({ orders: 0, amount: 0 }));
    target.orders += tally.orders;
    target.amount += tally.amount;
  }
  addCounts(into.gifts, part.gifts);
  addCounts(into.giftCost, part.giftCost);
  into.heldOrders += part.heldOrders;
  addCounts(into.holds, part.holds);
  into.routes.routed += part.routes.routed;
  addCounts(into.routes.warehouses, part.routes.warehouses);
  addCounts(into.routes.carriers, part.routes.carriers);
  addCounts(into.routes.cost, part.routes.cost);
  into.routes.promiseDays += part.routes.promiseDays;
}

function addCounts(into: Record<string, number>, part: Readonly<Record<string, number>>): void {
  for (const [key, count] of Object.entries(part)) bump(into, key, count);
}
