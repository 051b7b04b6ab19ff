import type { OmittedCandidates } from '../../runtime/node/index';
import { makePair, type CarrierCheck, type Pair, type RouteDemand, type WarehouseCheck } from './evaluate-pairs';
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
  const { units, remote, province } = demand;

  // Each carrier's part of the cost and its transit days, once per order (not once per pair): a pair's cost
  // is its warehouse's handling plus its carrier's part, and its transit depends only on the province.
  const carrierCost: number[] = new Array(usableC.length);
  const sameProvinceDays: number[] = new Array(usableC.length);
  const otherProvinceDays: number[] = new Array(usableC.length);
  for (let j = 0; j < usableC.length; j++) {
    const carrier = usableC[j]!.carrier;
    carrierCost[j] = carrierPart(carrier, units, remote);
    const extra = remote ? carrier.remoteExtraDays : 0;
    sameProvinceDays[j] = carrier.sameProvinceDays + extra;
    otherProvinceDays[j] = carrier.domesticDays + extra;
  }

  let cheapestW: WarehouseCheck | undefined;
  for (const w of usableW)
    if (!cheapestW || w.warehouse.handlingCost.amount < cheapestW.warehouse.handlingCost.amount) cheapestW = w;
  let minCost = Infinity;
  if (cheapestW)
    for (let j = 0; j < usableC.length; j++)
      minCost = Math.min(minCost, cheapestW.warehouse.handlingCost.amount + carrierCost[j]!);

  // Best first; a newcomer goes after equals, as the stable sort of the full ranking leaves them.
  // Plain entries while ranking: a Pair (with its note) is made only for the few kept at the end.
  const top: Entry[] = [];
  const minCarrierCost = Math.min(...carrierCost);
  const fastestSame = Math.min(...sameProvinceDays);
  const fastestOther = Math.min(...otherProvinceDays);
  for (const w of usableW) {
    const handling = w.warehouse.handlingCost.amount;
    const sameProvince = province !== '' && w.warehouse.province === province;
    // A warehouse none of whose pairs can reach the last kept score is skipped whole: its best conceivable
    // pair (cheapest carrier part, fastest transit) scores at most that, as the score never rises with cost or days.
    if (top.length === keep) {
      const best = scoreOf(
        handling + minCarrierCost,
        sameProvince ? fastestSame : fastestOther,
        w.tierMatch,
        minCost,
        weights,
        promiseDays,
      );
      if (best < top[keep - 1]!.score) continue;
    }
    const days = sameProvince ? sameProvinceDays : otherProvinceDays;
    for (let j = 0; j < usableC.length; j++) {
      const c = usableC[j]!;
      const cost = handling + carrierCost[j]!;
      const transitDays = days[j]!;
      const score = scoreOf(cost, transitDays, w.tierMatch, minCost, weights, promiseDays);
      if (top.length === keep && !ranksBefore(score, cost, w, c, top[keep - 1]!)) continue;
      let at = top.length;
      while (at > 0 && ranksBefore(score, cost, w, c, top[at - 1]!)) at--;
      top.splice(at, 0, { w, c, score, cost, transitDays });
      if (top.length > keep) top.pop();
    }
  }
  const kept: Pair[] = top.map((entry) => {
    const pair = makePair(entry.w, entry.c, '', '', demand, say);
    pair.score = entry.score;
    return pair;
  });
  const eligible = usableW.length * usableC.length;
  const keptEligible = kept.length;
  if (kept.length < keep) fillIneligible(kept, warehouses, carriers, demand, say, keep);
  return { kept, eligible, omitted: countOmitted(warehouses, carriers, kept, eligible - keptEligible) };
}

/** An eligible pair while the best are picked. */
interface Entry {
  readonly w: WarehouseCheck;
  readonly c: CarrierCheck;
  readonly score: number;
  readonly cost: number;
  readonly transitDays: number;
}

/** A carrier's part of shipmentCost (all but the warehouse's handling), in the same minor units. */
function carrierPart(carrier: CarrierCheck['carrier'], units: number, remote: boolean): number {
  return (
    carrier.baseCost.amount +
    carrier.perItemCost.amount * Math.max(0, units - 1) +
    (remote ? carrier.remoteSurcharge.amount : 0)
  );
}

/** Whether an eligible pair (score, cost, w, c) ranks strictly before `other` (comparePairs < 0). */
function ranksBefore(score: number, cost: number, w: WarehouseCheck, c: CarrierCheck, other: Entry): boolean {
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
