import type { RouteWeights } from './route-config';
import { onHand, shipmentCost, type Pair, type RouteDemand, type WarehouseCheck } from './evaluate-pairs';
import { compareIds, scoreOf } from './score-candidates';
import type { RouteWords } from './words';

/** Units of one order line in one shipment: the whole line, or part of it when lines may be divided. */
export interface ShipmentPart {
  /** Index into order.lines. */
  readonly index: number;
  readonly quantity: number;
}

export interface SplitShipment {
  /** The warehouse × carrier pair chosen for this shipment. */
  readonly pair: Pair;
  /** In line order. */
  readonly parts: readonly ShipmentPart[];
  readonly units: number;
  /** Minor units for this shipment's own units. */
  readonly cost: number;
}

export type SplitResult = { readonly shipments: readonly SplitShipment[] } | { readonly failure: string };

/** What one warehouse can ship of what is still left: `whole` lines in full, `units` in all. */
interface Supply {
  readonly parts: ShipmentPart[];
  readonly whole: number;
  readonly units: number;
}

/**
 * What `w` can ship of the units `left` per line, respecting its stock across lines of one SKU.
 * Lines it can complete come first (in line order); with `divideLines` it then adds what it has of
 * the others, so a line of 10 can leave as 6 from here and 4 from elsewhere.
 */
function supply(w: WarehouseCheck, demand: RouteDemand, left: readonly number[], divideLines: boolean): Supply {
  const lines = demand.order.lines;
  const used = new Map<string, number>();
  const free = (sku: string) => onHand(w.warehouse, sku) - (used.get(sku) ?? 0);
  const quantities = new Array<number>(lines.length).fill(0);
  let whole = 0;
  let units = 0;
  for (let i = 0; i < lines.length; i++) {
    const sku = lines[i]!.sku;
    if (left[i] === 0 || free(sku) < left[i]!) continue;
    used.set(sku, (used.get(sku) ?? 0) + left[i]!);
    quantities[i] = left[i]!;
    whole++;
    units += left[i]!;
  }
  if (divideLines) {
    for (let i = 0; i < lines.length; i++) {
      const sku = lines[i]!.sku;
      const take = Math.min(left[i]! - quantities[i]!, Math.max(0, free(sku)));
      if (take <= 0) continue;
      used.set(sku, (used.get(sku) ?? 0) + take);
      quantities[i]! += take;
      units += take;
    }
  }
  const parts: ShipmentPart[] = [];
  for (let i = 0; i < lines.length; i++) if (quantities[i]! > 0) parts.push({ index: i, quantity: quantities[i]! });
  return { parts, whole, units };
}

/** More lines in full first; with divided lines, then more units. Equal: the one met first (better ranked) stays. */
function better(a: Supply, b: Supply | undefined, divideLines: boolean): boolean {
  if (b === undefined) return a.units > 0;
  if (a.whole !== b.whole) return a.whole > b.whole;
  return divideLines && a.units > b.units;
}

/** Best carrier from `w` for a shipment of `units`: same scoring as the single plan, priced for these units. */
function bestCarrier(
  w: WarehouseCheck,
  ranked: readonly Pair[],
  demand: RouteDemand,
  units: number,
  weights: RouteWeights,
  promiseDays: number,
) {
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
      (option.score === best.score &&
        (option.cost < best.cost ||
          (option.cost === best.cost && compareIds(option.pair.c.carrier.id, best.pair.c.carrier.id) < 0)))
    ) {
      best = option;
    }
  }
  return best;
}

/**
 * Greedy split: repeatedly take the usable warehouse that can ship the most remaining lines in full
 * (then, when lines may be divided, the most units; ties → the better-ranked warehouse), until every
 * unit is assigned or `maxShipments` is reached. Each warehouse ships at most once. Without
 * `divideLines` a line always leaves whole from one warehouse.
 */
export function planSplit(
  ranked: readonly Pair[],
  demand: RouteDemand,
  weights: RouteWeights,
  promiseDays: number,
  maxShipments: number,
  say: RouteWords,
  divideLines = false,
): SplitResult {
  const warehouses: WarehouseCheck[] = [];
  for (const pair of ranked) if (pair.eligible && !warehouses.includes(pair.w)) warehouses.push(pair.w);

  const lines = demand.order.lines;
  const left = lines.map((line) => line.quantity);
  let unitsLeft = demand.units;
  const picks: { w: WarehouseCheck; supply: Supply }[] = [];
  while (unitsLeft > 0) {
    let best: { w: WarehouseCheck; supply: Supply } | undefined;
    for (const w of warehouses) {
      if (picks.some((pick) => pick.w === w)) continue;
      const offer = supply(w, demand, left, divideLines);
      if (better(offer, best?.supply, divideLines)) best = { w, supply: offer };
    }
    if (!best) {
      const index = left.findIndex((units) => units > 0);
      const line = lines[index]!;
      return {
        failure: divideLines
          ? say.noMoreOfLine(line.id, line.sku, left[index]!, line.quantity)
          : say.noLineInFullAnywhere(line.id, line.sku, line.quantity),
      };
    }
    if (picks.length === maxShipments) return { failure: say.tooManyShipments(maxShipments) };
    picks.push(best);
    for (const part of best.supply.parts) left[part.index]! -= part.quantity;
    unitsLeft -= best.supply.units;
  }

  const shipments: SplitShipment[] = [];
  for (const {
    w,
    supply: { parts, units },
  } of picks) {
    const carrier = bestCarrier(w, ranked, demand, units, weights, promiseDays);
    if (!carrier) return { failure: say.noCarrierFrom(w.warehouse.id) };
    shipments.push({ pair: carrier.pair, parts, units, cost: carrier.cost });
  }
  return { shipments };
}
