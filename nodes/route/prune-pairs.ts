import type { OmittedCandidates } from '../../runtime/node/index';
import { makePair, type CarrierCheck, type Pair, type RouteDemand, type WarehouseCheck } from './evaluate-pairs';
import type { RouteWeights } from './route-config';
import { IdGroups } from './id-groups';
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
  const usableW: WarehouseCheck[] = [];
  for (const w of warehouses) if (usableWarehouse(w)) usableW.push(w);
  const usableC: CarrierCheck[] = [];
  for (const c of carriers) if (!c.blocked) usableC.push(c);
  const { units, remote, province } = demand;

  // Each carrier's part of the cost and its transit days, once per order (not once per pair): a pair's cost
  // is its warehouse's handling plus its carrier's part, and its transit depends only on the province.
  const carrierCost = (scratch.carrierCost = roomFor(scratch.carrierCost, usableC.length));
  const sameProvinceDays = (scratch.sameProvinceDays = roomFor(scratch.sameProvinceDays, usableC.length));
  const otherProvinceDays = (scratch.otherProvinceDays = roomFor(scratch.otherProvinceDays, usableC.length));
  for (let j = 0; j < usableC.length; j++) {
    const carrier = usableC[j]!.carrier;
    carrierCost[j] = carrierPart(carrier, units, remote);
    const extra = remote ? carrier.remoteExtraDays : 0;
    sameProvinceDays[j] = carrier.sameProvinceDays + extra;
    otherProvinceDays[j] = carrier.domesticDays + extra;
  }

  let minHandling = Infinity;
  for (const w of usableW) minHandling = Math.min(minHandling, w.warehouse.handlingCost.amount);
  let minCarrierCost = Infinity;
  let fastestSame = Infinity;
  let fastestOther = Infinity;
  for (let j = 0; j < usableC.length; j++) {
    minCarrierCost = Math.min(minCarrierCost, carrierCost[j]!);
    fastestSame = Math.min(fastestSame, sameProvinceDays[j]!);
    fastestOther = Math.min(fastestOther, otherProvinceDays[j]!);
  }
  // The cheapest pair (the score's yardstick) is the cheapest warehouse with the cheapest carrier part.
  const minCost = minHandling + minCarrierCost;

  // Each warehouse's best conceivable pair (cheapest carrier part, fastest transit): no pair of it scores
  // more, as the score never rises with cost or days. Warehouses are visited best bound first, so once one
  // cannot reach the last kept score none after it can, and the rest are never scored (in a large world
  // most are not). The visiting order cannot change the result: ranksBefore orders every pair totally.
  const bounds = (scratch.bounds = roomFor(scratch.bounds, usableW.length));
  const visit = (scratch.visit = roomForInts(scratch.visit, usableW.length));
  for (let i = 0; i < usableW.length; i++) {
    const w = usableW[i]!;
    const sameProvince = province !== '' && w.warehouse.province === province;
    bounds[i] = scoreOf(
      w.warehouse.handlingCost.amount + minCarrierCost,
      sameProvince ? fastestSame : fastestOther,
      w.tierMatch,
      minCost,
      weights,
      promiseDays,
    );
    visit[i] = i;
  }
  // Insertion sort: a handful of usable warehouses per order, and no temporary arrays as Array#sort makes.
  for (let k = 1; k < usableW.length; k++) {
    const i = visit[k]!;
    let at = k;
    while (at > 0 && bounds[visit[at - 1]!]! < bounds[i]!) visit[at] = visit[--at]!;
    visit[at] = i;
  }

  // Best first. Plain entries while ranking: a Pair (with its note) is made only for the few kept at the end.
  const top: Entry[] = [];
  for (let k = 0; k < usableW.length; k++) {
    const i = visit[k]!;
    if (top.length === keep && bounds[i]! < top[keep - 1]!.score) break;
    const w = usableW[i]!;
    const handling = w.warehouse.handlingCost.amount;
    const sameProvince = province !== '' && w.warehouse.province === province;
    const days = sameProvince ? sameProvinceDays : otherProvinceDays;
    for (let j = 0; j < usableC.length; j++) {
      const cost = handling + carrierCost[j]!;
      const score = scoreOf(cost, days[j]!, w.tierMatch, minCost, weights, promiseDays);
      // Most pairs scored fall short of the last kept one: they are turned away before an entry is made.
      if (top.length === keep && score < top[keep - 1]!.score) continue;
      const entry = { w, c: usableC[j]!, score, cost, transitDays: days[j]!, wAt: i, cAt: j };
      if (top.length === keep && !ranksBefore(entry, top[keep - 1]!)) continue;
      // Shift the worse entries down by hand (splice allocates an array per call), dropping the last when full.
      let at = top.length < keep ? top.length : keep - 1;
      while (at > 0 && ranksBefore(entry, top[at - 1]!)) top[at] = top[--at]!;
      top[at] = entry;
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

/**
 * Working numbers of one topPairs call, kept between calls so that routing a stream of orders does not
 * make five arrays of garbage per order. Safe to share: topPairs runs to the end (no await) before the next.
 */
const scratch: {
  carrierCost: Float64Array;
  sameProvinceDays: Float64Array;
  otherProvinceDays: Float64Array;
  bounds: Float64Array;
  visit: Int32Array;
} = {
  carrierCost: new Float64Array(16),
  sameProvinceDays: new Float64Array(16),
  otherProvinceDays: new Float64Array(16),
  bounds: new Float64Array(64),
  visit: new Int32Array(64),
};

/** `buffer` if it holds `length` numbers, else a larger one (its old contents are not needed). */
function roomFor(buffer: Float64Array, length: number): Float64Array {
  return buffer.length >= length ? buffer : new Float64Array(Math.max(length, buffer.length * 2));
}

function roomForInts(buffer: Int32Array, length: number): Int32Array {
  return buffer.length >= length ? buffer : new Int32Array(Math.max(length, buffer.length * 2));
}

/** An eligible pair while the best are picked. */
interface Entry {
  readonly w: WarehouseCheck;
  readonly c: CarrierCheck;
  readonly score: number;
  readonly cost: number;
  readonly transitDays: number;
  /** Positions among the usable warehouses and carriers: the last tie-break, as the full ranking's stable sort. */
  readonly wAt: number;
  readonly cAt: number;
}

/** A carrier's part of shipmentCost (all but the warehouse's handling), in the same minor units. */
function carrierPart(carrier: CarrierCheck['carrier'], units: number, remote: boolean): number {
  return (
    carrier.baseCost.amount +
    carrier.perItemCost.amount * Math.max(0, units - 1) +
    (remote ? carrier.remoteSurcharge.amount : 0)
  );
}

/**
 * Whether eligible pair `a` ranks strictly before `b` (comparePairs < 0); pairs with equal ids keep input
 * order (warehouse outer), as the stable sort of the full ranking leaves them.
 */
function ranksBefore(a: Entry, b: Entry): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.cost !== b.cost) return a.cost < b.cost;
  const byWarehouse = compareIds(a.w.warehouse.id, b.w.warehouse.id);
  if (byWarehouse !== 0) return byWarehouse < 0;
  const byCarrier = compareIds(a.c.carrier.id, b.c.carrier.id);
  if (byCarrier !== 0) return byCarrier < 0;
  return a.wAt !== b.wAt ? a.wAt < b.wAt : a.cAt < b.cAt;
}

const warehouseGroups = new IdGroups<WarehouseCheck>((w) => w.warehouse.id);
const carrierGroups = new IdGroups<CarrierCheck>((c) => c.carrier.id);

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
  const cGroups = carrierGroups.of(carriers);
  for (const wGroup of warehouseGroups.of(warehouses))
    for (const cGroup of cGroups)
      for (const wi of wGroup)
        for (const ci of cGroup) {
          const w = warehouses[wi]!;
          const c = carriers[ci]!;
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
  let badW = 0;
  let shortW = 0;
  for (const w of warehouses) {
    if (w.blocked) badW++;
    else if (w.short) shortW++;
  }
  let badC = 0;
  for (const c of carriers) if (c.blocked) badC++;
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
