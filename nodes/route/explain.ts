import { formatMoney } from '../../runtime/node/index';
import type { RouteCandidate } from '../../runtime/node/index';
import type { Pair, RouteDemand } from './evaluate-pairs';
import type { ShipmentPart, SplitShipment } from './plan-split';
import type { RouteWords } from './words';

/** "WH-SH via SF" / "WH-SH 经 SF". */
export const pairName = (pair: Pair, say: RouteWords): string => say.via(pair.w.warehouse.id, pair.c.carrier.id);

/** Two decimals, half up on the decimal value people read (0.725 → "0.73"). */
export const formatScore = (score: number): string => (Math.round(score * 100) / 100).toFixed(2);

/** Why an eligible pair lost to the winner: "lost: ¥18.00 vs ¥12.00, 3 days vs 1". */
export function lostNote(
  pair: Pair,
  winner: Pair,
  winnerCost: string,
  currency: string,
  tier: string,
  say: RouteWords,
): string {
  const parts: string[] = [];
  if (pair.cost !== winner.cost) parts.push(say.costVersus(formatMoney(pair.cost, currency), winnerCost));
  if (pair.transitDays !== winner.transitDays) parts.push(say.daysVersus(pair.transitDays, winner.transitDays));
  if (!pair.w.tierMatch && winner.w.tierMatch) parts.push(say.noTierPriority(tier));
  if (parts.length === 0)
    parts.push(
      pair.score === winner.score ? say.tieBroken(pair.w === winner.w ? 'carrier' : 'warehouse') : say.lowerScore(),
    );
  return say.lost(parts);
}

export function toCandidate(pair: Pair, note: string): RouteCandidate {
  const warehouse = pair.w.warehouse;
  // Literal objects (no spread): this runs for every pair of every order in bulk simulations.
  if (Number.isNaN(pair.cost)) {
    return {
      warehouseId: warehouse.id,
      carrierId: pair.c.carrier.id,
      score: pair.score,
      eligible: pair.eligible,
      note,
    };
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
export function singleCandidates(
  pairs: readonly Pair[],
  winner: Pair,
  currency: string,
  tier: string,
  say: RouteWords,
): RouteCandidate[] {
  const out: RouteCandidate[] = new Array(pairs.length);
  const winnerCost = formatMoney(winner.cost, currency);
  for (let i = 0; i < pairs.length; i++) {
    const pair = pairs[i]!;
    const note =
      pair === winner
        ? say.chosenBest(formatScore(pair.score))
        : pair.eligible
          ? lostNote(pair, winner, winnerCost, currency, tier, say)
          : pair.note;
    out[i] = toCandidate(pair, note);
  }
  return out;
}

/** Candidates when nothing fits: every pair with the reason it is out. */
export function fallbackCandidates(pairs: readonly Pair[]): RouteCandidate[] {
  return pairs.map((pair) => toCandidate(pair, pair.note));
}

/** "No route: none of 6 warehouse × carrier pairs is eligible; e.g. WH-SH via SF: no stock for SKU-A (has 0)". */
export function fallbackExplanation(
  pairs: readonly Pair[],
  warehouses: number,
  carriers: number,
  splitMode: boolean,
  splitFailure: string,
  say: RouteWords,
  divideLines = false,
): string {
  if (warehouses === 0) return say.noWarehouses();
  if (carriers === 0) return say.noCarriers();
  if (splitFailure !== '') return say.splitFailed(splitFailure);
  // Prefer an example that only lacks stock: it is the one a person can act on.
  const stockOnly = pairs.find((pair) => !pair.w.blocked && !pair.c.blocked);
  if (stockOnly) {
    const why = !splitMode ? 'splitting-off' : divideLines ? 'no-items' : 'no-whole-line';
    return say.nothingInStock(why, say.example(pairName(stockOnly, say), stockOnly.note));
  }
  const first = pairs[0];
  return say.noneEligible(pairs.length, first ? say.example(pairName(first, say), first.note) : '');
}

/** What a split shipment carries: "SKU-A ×2, SKU-B, SKU-C ×6 of 10" (at most three named). */
export function linesText(demand: RouteDemand, parts: readonly ShipmentPart[], say: RouteWords): string {
  const texts: string[] = [];
  for (const { index, quantity } of parts.slice(0, 3)) {
    const line = demand.order.lines[index]!;
    texts.push(
      quantity < line.quantity
        ? say.linePart(line.sku, quantity, line.quantity)
        : quantity === 1
          ? line.sku
          : say.lineUnits(line.sku, quantity),
    );
  }
  if (parts.length > 3) texts.push(say.moreLines(parts.length - 3));
  return say.list(texts);
}

export function splitCandidates(
  pairs: readonly Pair[],
  shipments: readonly SplitShipment[],
  demand: RouteDemand,
  say: RouteWords,
): RouteCandidate[] {
  const lineCount = demand.order.lines.length;
  return pairs.map((pair) => {
    if (!pair.eligible) return toCandidate(pair, pair.note);
    const k = shipments.findIndex((s) => s.pair === pair);
    if (k >= 0)
      return toCandidate(
        pair,
        say.chosenShipment(k + 1, shipments.length, linesText(demand, shipments[k]!.parts, say)),
      );
    const sameWarehouse = shipments.find((s) => s.pair.w === pair.w);
    if (sameWarehouse) return toCandidate(pair, say.shipsVia(pair.w.warehouse.id, sameWarehouse.pair.c.carrier.id));
    return toCandidate(pair, say.coversLines(pair.w.coverableLines, lineCount));
  });
}

export function splitExplanation(
  shipments: readonly SplitShipment[],
  demand: RouteDemand,
  totalCost: number,
  promiseDays: number,
  say: RouteWords,
): string {
  const legs = shipments.map((s) => say.leg(pairName(s.pair, say), linesText(demand, s.parts, say)));
  let slowest = 0;
  for (const s of shipments) slowest = Math.max(slowest, s.pair.transitDays);
  return say.splitInto(
    shipments.length,
    legs,
    formatMoney(totalCost, demand.currency),
    say.promise(slowest, promiseDays),
  );
}
