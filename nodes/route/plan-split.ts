import type { RouteWeights } from './route-config';
import { onHand, shipmentCost, type Pair, type RouteDemand, type WarehouseCheck } from './evaluate-pairs';
import { compareIds, scoreOf } from './score-candidates';

export interface SplitShipment {
  /** The warehouse × carrier pair chosen for this shipment. */
  readonly pair: Pair;
  /** Indices into order.lines. */
  readonly lines: readonly number[];
  readonly units: number;
  /** Minor units for this shipment's own units. */
  readonly cost: number;
}

export type SplitResult = { readonly shipments: readonly SplitShipment[] } | { readonly failure: string };

/** Lines (still unassigned) that `w` can ship in full, respecting its stock across lines of one SKU. */
function coverage(w: WarehouseCheck, demand: RouteDemand, remaining: Uint8Array): number[] {
  const lines = demand.order.lines;
  const used = new Map<string, number>();
  const covered: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (remaining[i] === 0) continue;
    const line = lines[i]!;
    const already = used.get(line.sku) ?? 0;
    if (onHand(w.warehouse, line.sku) - already < line.quantity) continue;
    used.set(line.sku, already + line.quantity);
    covered.push(i);
  }
  return covered;
}

/** Best carrier from `w` for a shipment of `units`: same scoring as the single plan, priced for these units. */
function bestCarrier(w: WarehouseCheck, ranked: readonly Pair[], demand: RouteDemand, units: number, weights: RouteWeights, promiseDays: number) {
  const options: { pair: Pair; cost: number; score: number }[] = [];
  let minCost = Infinity;
  for (const pair of ranked) {
    if (!pair.eligible || pair.w !== w) continue;
    const cost = shipmentCost(w.warehouse, pair.c.carrier, units, demand.remote);
    if (cost < minCost) minCost = cost;
    options.push({ pair, cost, score: 0 });
  }
  let best: (typeof options)[number] | undefined;
  for (const option of options) {
    option.score = scoreOf(option.cost, option.pair.transitDays, w.tierMatch, minCost, weights, promiseDays);
    if (
      !best ||
      option.score > best.score ||
      (option.score === best.score && (option.cost < best.cost || (option.cost === best.cost && compareIds(option.pair.c.carrier.id, best.pair.c.carrier.id) < 0)))
    ) {
      best = option;
    }
  }
  return best;
}

/**
 * Greedy split: repeatedly take the usable warehouse that can ship the most remaining lines in full
 * (ties → the better-ranked warehouse), until every line is assigned or `maxShipments` is reached.
 * Lines are not divided between warehouses.
 */
export function planSplit(ranked: readonly Pair[], demand: RouteDemand, weights: RouteWeights, promiseDays: number, maxShipments: number): SplitResult {
  const warehouses: WarehouseCheck[] = [];
  for (const pair of ranked) if (pair.eligible && !warehouses.includes(pair.w)) warehouses.push(pair.w);

  const lines = demand.order.lines;
  const remaining = new Uint8Array(lines.length).fill(1);
  let left = lines.length;
  const picks: { w: WarehouseCheck; lines: number[] }[] = [];
  while (left > 0) {
    let best: { w: WarehouseCheck; lines: number[] } | undefined;
    for (const w of warehouses) {
      if (picks.some((pick) => pick.w === w)) continue;
      const covered = coverage(w, demand, remaining);
      if (covered.length > (best?.lines.length ?? 0)) best = { w, lines: covered };
    }
    if (!best) {
      const index = remaining.indexOf(1);
      const line = lines[index]!;
      return { failure: `no usable warehouse can ship line ${line.id} (${line.sku} ×${line.quantity}) in full` };
    }
    if (picks.length === maxShipments) return { failure: `they cannot be covered by ${maxShipments} shipments` };
    picks.push(best);
    for (const i of best.lines) remaining[i] = 0;
    left -= best.lines.length;
  }

  const shipments: SplitShipment[] = [];
  for (const pick of picks) {
    let units = 0;
    for (const i of pick.lines) units += lines[i]!.quantity;
    const carrier = bestCarrier(pick.w, ranked, demand, units, weights, promiseDays);
    if (!carrier) return { failure: `${pick.w.warehouse.id} has no usable carrier` };
    shipments.push({ pair: carrier.pair, lines: pick.lines, units, cost: carrier.cost });
  }
  return { shipments };
}
