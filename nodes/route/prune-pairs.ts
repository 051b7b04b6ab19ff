import type { OmittedCandidates } from '../../runtime/node/index';
import {
  makePair,
  shipmentCost,
  transitDaysOf,
  type CarrierCheck,
  type Pair,
  type RouteDemand,
  type WarehouseCheck,
} from './evaluate-pairs';
import type { RouteWeights } from './route-config';
import { compareIds, scoreOf } from './score-candidates';
import type { RouteWords } from './words';

/** Up to this many pairs every one is listed with its note (every example world is far below it). */
export const FULL_LISTING_LIMIT = 64;
/** Beyond it, the winner and this many best rivals keep their full notes; the rest are counted. */
export const RIVALS_LISTED = 10;

export type OmittedCounts = Omit<OmittedCandidates, 'note'>;

export interface TopPairs {
  /** The first `keep` pairs of the full ranking (buildPairs + rankPairs), scored, best first. */
  readonly kept: Pair[];
  /** Eligible pairs in all, as rankPairs counts them. */
  readonly eligible: number;
  readonly omitted: OmittedCounts;
}

const usableWarehouse = (w: WarehouseCheck): boolean => !w.blocked && !w.short;

/**
 * The best `keep` pairs of a single-shipment (no split) ranking, without building, noting or sorting
 * the pairs that cannot be among them: pairs out for stock, service area or currency are only counted,
 * and eligible pairs are scored as numbers, a Pair made only for the few that enter the top `keep`.
 * Cost is the warehouse's handling plus the carrier's part, so the cheapest pair (the score's yardstick)
 * is the cheapest warehouse with each carrier.
 */
export function topPairs(
  warehouses: readonly WarehouseCheck[],
  carriers: readonly CarrierCheck[],
  demand: RouteDemand,
  weights: RouteWeights,
  promiseDays: number,
  say: RouteWords,
  keep: number,
): TopPairs {
  const usableW = warehouses.filter(usableWarehouse);
  const usableC = carriers.filter((c) => !c.blocked);
  const { units, remote } = demand;

  let cheapestW: WarehouseCheck | undefined;
  for (const w of usableW)
    if (!cheapestW || w.warehouse.handlingCost.amount < cheapestW.warehouse.handlingCost.amount) cheapestW = w;
  let minCost = Infinity;
  if (cheapestW)
    for (const c of usableC) minCost = Math.min(minCost, shipmentCost(cheapestW.warehouse, c.carrier, units, remote));

  // Best first; a newcomer goes after equals, as the stable sort of the full ranking leaves them.
  const kept: Pair[] = [];
  for (const w of usableW) {
    for (const c of usableC) {
      const cost = shipmentCost(w.warehouse, c.carrier, units, remote);
      const transitDays = transitDaysOf(w.warehouse, c.carrier, demand);
      const score = scoreOf(cost, transitDays, w.tierMatch, minCost, weights, promiseDays);
      if (kept.length === keep && !ranksBefore(score, cost, w, c, kept[keep - 1]!)) continue;
      let at = kept.length;
      while (at > 0 && ranksBefore(score, cost, w, c, kept[at - 1]!)) at--;
      const pair = makePair(w, c, '', '', demand, say);
      pair.score = score;
      kept.splice(at, 0, pair);
      if (kept.length > keep) kept.pop();
    }
  }
  const eligible = usableW.length * usableC.length;
  const keptEligible = kept.length;
  if (kept.length < keep) fillIneligible(kept, warehouses, carriers, demand, say, keep);
  return { kept, eligible, omitted: countOmitted(warehouses, carriers, kept, eligible - keptEligible) };
}

/** Whether an eligible pair (score, cost, w, c) ranks strictly before `other` (comparePairs < 0). */
function ranksBefore(score: number, cost: number, w: WarehouseCheck, c: CarrierCheck, other: Pair): boolean {
  if (score !== other.score) return score > other.score;
  if (cost !== other.cost) return cost < other.cost;
  const byWarehouse = compareIds(w.warehouse.id, other.w.warehouse.id);
  return byWarehouse !== 0 ? byWarehouse < 0 : compareIds(c.carrier.id, other.c.carrier.id) < 0;
}

/** Stable groups of equal ids, in id order. */
function groupsById<T>(items: readonly T[], id: (item: T) => string): T[][] {
  const sorted = [...items].sort((a, b) => compareIds(id(a), id(b)));
  const groups: T[][] = [];
  for (const item of sorted) {
    const last = groups[groups.length - 1];
    if (last && id(last[0]!) === id(item)) last.push(item);
    else groups.push([item]);
  }
  return groups;
}

/**
 * Ineligible pairs rank after every eligible one, by warehouse id then carrier id, and pairs with
 * equal ids keep input order (warehouse outer): the same order the full stable sort gives.
 */
function fillIneligible(
  kept: Pair[],
  warehouses: readonly WarehouseCheck[],
  carriers: readonly CarrierCheck[],
  demand: RouteDemand,
  say: RouteWords,
  keep: number,
): void {
  const carrierGroups = groupsById(carriers, (c) => c.carrier.id);
  for (const wGroup of groupsById(warehouses, (w) => w.warehouse.id))
    for (const cGroup of carrierGroups)
      for (const w of wGroup)
        for (const c of cGroup) {
          if (usableWarehouse(w) && !c.blocked) continue;
          if (kept.length === keep) return;
          kept.push(makePair(w, c, w.shortage, w.shortage, demand, say));
        }
}

/** Category of an ineligible pair: the warehouse's problem first, then the carrier's, then stock. */
function whyOut(w: WarehouseCheck, c: CarrierCheck): 'warehouse' | 'carrier' | 'stock' {
  return w.blocked ? 'warehouse' : c.blocked ? 'carrier' : 'stock';
}

function countOmitted(
  warehouses: readonly WarehouseCheck[],
  carriers: readonly CarrierCheck[],
  kept: readonly Pair[],
  lowerScore: number,
): OmittedCounts {
  const badW = warehouses.filter((w) => w.blocked).length;
  const shortW = warehouses.filter((w) => !w.blocked && w.short).length;
  const badC = carriers.filter((c) => c.blocked).length;
  const out = {
    warehouse: badW * carriers.length,
    carrier: (warehouses.length - badW) * badC,
    stock: shortW * (carriers.length - badC),
  };
  for (const pair of kept) if (!pair.eligible) out[whyOut(pair.w, pair.c)]--;
  return {
    count: warehouses.length * carriers.length - kept.length,
    lowerScore,
    ...out,
  };
}
