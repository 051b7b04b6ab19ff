import type { FulfilmentPlan, Shipment } from '../../runtime/node/index';
import type { Pair, RouteDemand } from './evaluate-pairs';
import {
  fallbackCandidates,
  formatScore,
  pairName,
  singleCandidates,
  splitCandidates,
  splitExplanation,
} from './explain';
import { isoDatePlusDays } from './iso-date';
import type { ShipmentPart, SplitShipment } from './plan-split';
import type { RouteWords } from './words';

/** A shipment of `parts` (null: every line in full). */
function shipment(
  pair: Pair,
  demand: RouteDemand,
  parts: readonly ShipmentPart[] | null,
  cost: number,
  now: string,
): Shipment {
  const lines = demand.order.lines;
  return {
    warehouseId: pair.w.warehouse.id,
    carrierId: pair.c.carrier.id,
    lines:
      parts === null
        ? lines.map((line) => ({ lineId: line.id, sku: line.sku, quantity: line.quantity }))
        : parts.map(({ index, quantity }) => ({ lineId: lines[index]!.id, sku: lines[index]!.sku, quantity })),
    cost: { amount: cost, currency: demand.currency },
    transitDays: pair.transitDays,
    promisedBy: isoDatePlusDays(now, pair.transitDays),
  };
}

/** One shipment from the best-ranked pair (`ranked[0]`), with every line. */
export function singlePlan(
  nodeId: string,
  ranked: readonly Pair[],
  eligible: number,
  demand: RouteDemand,
  promiseDays: number,
  now: string,
  say: RouteWords,
): FulfilmentPlan {
  const winner = ranked[0]!;
  return {
    nodeId,
    shipments: [shipment(winner, demand, null, winner.cost, now)],
    cost: { amount: winner.cost, currency: demand.currency },
    split: false,
    candidates: singleCandidates(ranked, winner, demand.currency, demand.order.customer.tier, say),
    explanation: say.bestOf(
      pairName(winner, say),
      formatScore(winner.score),
      eligible,
      say.promise(winner.transitDays, promiseDays),
    ),
  };
}

export function splitPlan(
  nodeId: string,
  ranked: readonly Pair[],
  parts: readonly SplitShipment[],
  demand: RouteDemand,
  promiseDays: number,
  now: string,
  say: RouteWords,
): FulfilmentPlan {
  let total = 0;
  for (const part of parts) total += part.cost;
  return {
    nodeId,
    shipments: parts.map((part) => shipment(part.pair, demand, part.parts, part.cost, now)),
    cost: { amount: total, currency: demand.currency },
    split: true,
    candidates: splitCandidates(ranked, parts, demand, say),
    explanation: splitExplanation(parts, demand, total, promiseDays, say),
  };
}

export function fallbackPlan(
  nodeId: string,
  ranked: readonly Pair[],
  demand: RouteDemand,
  explanation: string,
): FulfilmentPlan {
  return {
    nodeId,
    shipments: [],
    cost: { amount: 0, currency: demand.currency },
    split: false,
    candidates: fallbackCandidates(ranked),
    explanation,
  };
}
