import { formatMoney } from '../../runtime/money/money';
import type { RouteCandidate } from '../../runtime/order/outcome';
import type { Pair, RouteDemand } from './evaluate-pairs';
import type { ShipmentPart, SplitShipment } from './plan-split';

export const days = (n: number): string => `${n} day${n === 1 ? '' : 's'}`;

export const pairName = (pair: Pair): string => `${pair.w.warehouse.id} via ${pair.c.carrier.id}`;

/** Two decimals, half up on the decimal value people read (0.725 → "0.73"). */
export const formatScore = (score: number): string => (Math.round(score * 100) / 100).toFixed(2);

/** "1 day within 3-day promise" / "5 days, 2 over the 3-day promise". */
export function promiseText(transitDays: number, promiseDays: number): string {
  return transitDays <= promiseDays
    ? `${days(transitDays)} within ${promiseDays}-day promise`
    : `${days(transitDays)}, ${transitDays - promiseDays} over the ${promiseDays}-day promise`;
}

/** Why an eligible pair lost to the winner: "lost: ¥18.00 vs ¥12.00, 3 days vs 1". */
export function lostNote(pair: Pair, winner: Pair, winnerCost: string, currency: string, tier: string): string {
  const parts: string[] = [];
  if (pair.cost !== winner.cost) parts.push(`${formatMoney(pair.cost, currency)} vs ${winnerCost}`);
  if (pair.transitDays !== winner.transitDays) parts.push(`${days(pair.transitDays)} vs ${winner.transitDays}`);
  if (!pair.w.tierMatch && winner.w.tierMatch) parts.push(`no ${tier} priority`);
  if (parts.length === 0) parts.push(pair.score === winner.score ? `tie broken by ${pair.w === winner.w ? 'carrier' : 'warehouse'} id` : 'lower score');
  return `lost: ${parts.join(', ')}`;
}

export function toCandidate(pair: Pair, note: string): RouteCandidate {
  const warehouse = pair.w.warehouse;
  // Literal objects (no spread): this runs for every pair of every order in bulk simulations.
  if (Number.isNaN(pair.cost)) {
    return { warehouseId: warehouse.id, carrierId: pair.c.carrier.id, score: pair.score, eligible: pair.eligible, note };
  }
  return {
    warehouseId: warehouse.id,
    carrierId: pair.c.carrier.id,
    score: pair.score,
    cost: { amount: pair.cost, currency: warehouse.handlingCost.currency },
    transitDays: pair.transitDays,
    eligible: pair.eligible,
    note,
  };
}

/** Candidates for a single-shipment plan: the winner, why the others lost, why the rest were out. */
export function singleCandidates(pairs: readonly Pair[], winner: Pair, currency: string, tier: string): RouteCandidate[] {
  const out: RouteCandidate[] = new Array(pairs.length);
  const winnerCost = formatMoney(winner.cost, currency);
  for (let i = 0; i < pairs.length; i++) {
    const pair = pairs[i]!;
    const note = pair === winner ? `chosen: best score ${formatScore(pair.score)}` : pair.eligible ? lostNote(pair, winner, winnerCost, currency, tier) : pair.note;
    out[i] = toCandidate(pair, note);
  }
  return out;
}

/** Candidates when nothing fits: every pair with the reason it is out. */
export function fallbackCandidates(pairs: readonly Pair[]): RouteCandidate[] {
  return pairs.map((pair) => toCandidate(pair, pair.note));
}

/** "No route: none of 6 warehouse × carrier pairs is eligible; e.g. WH-SH via SF: no stock for SKU-A (has 0)". */
export function fallbackExplanation(pairs: readonly Pair[], warehouses: number, carriers: number, splitMode: boolean, splitFailure: string, divideLines = false): string {
  if (warehouses === 0) return 'No route: the run context lists no warehouses';
  if (carriers === 0) return 'No route: the run context lists no carriers';
  if (splitFailure !== '') return `No route: no single warehouse holds every line and ${splitFailure}`;
  // Prefer an example that only lacks stock: it is the one a person can act on.
  const stockOnly = pairs.find((pair) => pair.w.problem === '' && pair.c.problem === '');
  if (stockOnly) {
    const why = !splitMode ? 'no single warehouse holds every line (splitting is off)'
      : divideLines ? 'no usable warehouse holds any of the items'
      : 'no usable warehouse holds any line in full';
    return `No route: ${why}; e.g. ${pairName(stockOnly)}: ${stockOnly.note}`;
  }
  const first = pairs[0];
  const example = first ? `; e.g. ${pairName(first)}: ${first.note}` : '';
  return `No route: none of ${pairs.length} warehouse × carrier pairs is eligible${example}`;
}

/** What a split shipment carries: "SKU-A ×2, SKU-B, SKU-C ×6 of 10" (at most three named). */
export function linesText(demand: RouteDemand, parts: readonly ShipmentPart[]): string {
  const texts: string[] = [];
  for (const { index, quantity } of parts.slice(0, 3)) {
    const line = demand.order.lines[index]!;
    const of = quantity < line.quantity ? ` of ${line.quantity}` : '';
    texts.push(quantity === 1 && of === '' ? line.sku : `${line.sku} ×${quantity}${of}`);
  }
  if (parts.length > 3) texts.push(`+${parts.length - 3} more`);
  return texts.join(', ');
}

export function splitCandidates(pairs: readonly Pair[], shipments: readonly SplitShipment[], demand: RouteDemand): RouteCandidate[] {
  const lineCount = demand.order.lines.length;
  return pairs.map((pair) => {
    if (!pair.eligible) return toCandidate(pair, pair.note);
    const k = shipments.findIndex((s) => s.pair === pair);
    if (k >= 0) return toCandidate(pair, `chosen: shipment ${k + 1} of ${shipments.length} (${linesText(demand, shipments[k]!.parts)})`);
    const sameWarehouse = shipments.find((s) => s.pair.w === pair.w);
    if (sameWarehouse) return toCandidate(pair, `not used: ${pair.w.warehouse.id} ships via ${sameWarehouse.pair.c.carrier.id}`);
    return toCandidate(pair, `not used: can ship ${pair.w.coverableLines} of ${lineCount} lines in full`);
  });
}

export function splitExplanation(shipments: readonly SplitShipment[], demand: RouteDemand, totalCost: number, promiseDays: number): string {
  const legs = shipments.map((s) => `${pairName(s.pair)} (${linesText(demand, s.parts)})`).join(', ');
  let slowest = 0;
  for (const s of shipments) slowest = Math.max(slowest, s.pair.transitDays);
  return (
    `Split into ${shipments.length} shipments (no single warehouse holds every line): ${legs}; ` +
    `total ${formatMoney(totalCost, demand.currency)}; slowest ${promiseText(slowest, promiseDays)}`
  );
}
