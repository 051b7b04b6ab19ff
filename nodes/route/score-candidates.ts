import type { RouteWeights } from './route-config';
import type { Pair } from './evaluate-pairs';

/** Scores are rounded so that equal-looking scores compare equal and the tie-breaks decide. */
const SCORE_SCALE = 1e6;

/**
 * Score in 0..1 (weights sum to 1): cost relative to the cheapest eligible option, transit
 * against the promise, and whether the warehouse prioritises the customer's tier.
 */
export function scoreOf(
  cost: number,
  transitDays: number,
  tierMatch: boolean,
  minCost: number,
  weights: RouteWeights,
  promiseDays: number,
): number {
  const costScore = cost <= minCost ? 1 : minCost <= 0 ? 0 : minCost / cost;
  const transitScore = transitDays <= promiseDays ? 1 : promiseDays / transitDays;
  const raw = weights.cost * costScore + weights.transit * transitScore + (tierMatch ? weights.tier : 0);
  return Math.round(raw * SCORE_SCALE) / SCORE_SCALE;
}

/** Code-unit order, the same on every machine and locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Eligible first; then higher score, lower cost, warehouse id, carrier id. */
export function comparePairs(a: Pair, b: Pair): number {
  if (a.eligible !== b.eligible) return a.eligible ? -1 : 1;
  if (a.eligible) {
    if (a.score !== b.score) return b.score - a.score;
    if (a.cost !== b.cost) return a.cost - b.cost;
  }
  return compareIds(a.w.warehouse.id, b.w.warehouse.id) || compareIds(a.c.carrier.id, b.c.carrier.id);
}

/** Scores the eligible pairs and sorts all pairs best first, in place. Returns how many are eligible. */
export function rankPairs(pairs: Pair[], weights: RouteWeights, promiseDays: number): number {
  let minCost = Infinity;
  let eligible = 0;
  for (const pair of pairs) {
    if (!pair.eligible) continue;
    eligible++;
    if (pair.cost < minCost) minCost = pair.cost;
  }
  for (const pair of pairs) {
    pair.score = pair.eligible
      ? scoreOf(pair.cost, pair.transitDays, pair.w.tierMatch, minCost, weights, promiseDays)
      : 0;
  }
  pairs.sort(comparePairs);
  return eligible;
}
