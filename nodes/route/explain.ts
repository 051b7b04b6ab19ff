import { formatMoney } from '../../runtime/money/money';
import type { RouteCandidate } from '../../runtime/order/outcome';
import type { Pair } from './evaluate-pairs';

export const days = (n: number): string => `${n} day${n === 1 ? '' : 's'}`;

export const pairName = (pair: Pair): string => `${pair.w.warehouse.id} via ${pair.c.carrier.id}`;

export const formatScore = (score: number): string => score.toFixed(2);

/** "1 day within 3-day promise" / "5 days, 2 over the 3-day promise". */
export function promiseText(transitDays: number, promiseDays: number): string {
  return transitDays <= promiseDays
    ? `${days(transitDays)} within ${promiseDays}-day promise`
    : `${days(transitDays)}, ${transitDays - promiseDays} over the ${promiseDays}-day promise`;
}

/** Why an eligible pair lost to the winner: "lost: ¥18.00 vs ¥12.00, 3 days vs 1". */
export function lostNote(pair: Pair, winner: Pair, currency: string, tier: string): string {
  const parts: string[] = [];
  if (pair.cost !== winner.cost) parts.push(`${formatMoney(pair.cost, currency)} vs ${formatMoney(winner.cost, currency)}`);
  if (pair.transitDays !== winner.transitDays) parts.push(`${days(pair.transitDays)} vs ${winner.transitDays}`);
  if (!pair.w.tierMatch && winner.w.tierMatch) parts.push(`no ${tier} priority`);
  if (parts.length === 0) parts.push(pair.score === winner.score ? `tie broken by ${pair.w === winner.w ? 'carrier' : 'warehouse'} id` : 'lower score');
  return `lost: ${parts.join(', ')}`;
}

export function toCandidate(pair: Pair, note: string): RouteCandidate {
  const base = { warehouseId: pair.w.warehouse.id, carrierId: pair.c.carrier.id, score: pair.score };
  if (Number.isNaN(pair.cost)) return { ...base, eligible: pair.eligible, note };
  return {
    ...base,
    cost: { amount: pair.cost, currency: pair.w.warehouse.handlingCost.currency },
    transitDays: pair.transitDays,
    eligible: pair.eligible,
    note,
  };
}

/** Candidates for a single-shipment plan: the winner, why the others lost, why the rest were out. */
export function singleCandidates(pairs: readonly Pair[], winner: Pair, currency: string, tier: string): RouteCandidate[] {
  const out: RouteCandidate[] = new Array(pairs.length);
  for (let i = 0; i < pairs.length; i++) {
    const pair = pairs[i]!;
    const note = pair === winner ? `chosen: best score ${formatScore(pair.score)}` : pair.eligible ? lostNote(pair, winner, currency, tier) : pair.note;
    out[i] = toCandidate(pair, note);
  }
  return out;
}

/** Candidates when nothing fits: every pair with the reason it is out. */
export function fallbackCandidates(pairs: readonly Pair[]): RouteCandidate[] {
  return pairs.map((pair) => toCandidate(pair, pair.note));
}

/** "No route: none of 6 warehouse × carrier pairs is eligible; e.g. WH-SH via SF: no stock for SKU-A (has 0)". */
export function fallbackExplanation(pairs: readonly Pair[], warehouses: number, carriers: number, splitFailure: string): string {
  if (warehouses === 0) return 'No route: the run context lists no warehouses';
  if (carriers === 0) return 'No route: the run context lists no carriers';
  if (splitFailure !== '') return `No route: no single warehouse holds every line and ${splitFailure}`;
  const first = pairs[0];
  const example = first ? `; e.g. ${pairName(first)}: ${first.note}` : '';
  return `No route: none of ${pairs.length} warehouse × carrier pairs is eligible${example}`;
}
