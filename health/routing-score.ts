import type { FulfilmentPlan } from '../runtime/index';

/** How much each dimension counts in the 0–100 score; cost and transit matter most, fewer parcels next. */
export const ROUTING_WEIGHTS = { cost: 0.4, transit: 0.4, split: 0.2 } as const;

export interface RoutingScore {
  readonly score: number;
  readonly chosen: { readonly cost: number; readonly transitDays: number; readonly shipments: number };
  readonly best: { readonly cost: number; readonly transitDays: number; readonly shipments: number };
  readonly currency: string;
  readonly explanation: { readonly en: string; readonly zh: string };
}

/** best/chosen on a lower-is-better scale: 1 when the chosen value is the best; 1 when both are zero. */
const closeness = (best: number, chosen: number) => (chosen <= 0 || best >= chosen ? 1 : Math.max(0, best) / chosen);

/**
 * Scores a route plan against the best options it had at decision time, from the candidates the router kept.
 * An eligible candidate in a one-shipment plan is a whole-order option; a split plan happens when none could
 * ship everything, so its shipment count is taken as the best available. Costs in another currency are ignored
 * (a money rule always knows its currency). Null when nothing was routed.
 */
export function routingScore(plan: FulfilmentPlan): RoutingScore | null {
  if (plan.shipments.length === 0) return null;
  const currency = plan.cost.currency;
  const chosen = {
    cost: plan.cost.amount,
    transitDays: Math.max(...plan.shipments.map((s) => s.transitDays)),
    shipments: plan.shipments.length,
  };
  const eligible = plan.candidates.filter((c) => c.eligible);
  const costs = eligible.flatMap((c) => (c.cost && c.cost.currency === currency ? [c.cost.amount] : []));
  const transits = eligible.flatMap((c) => (c.transitDays === undefined ? [] : [c.transitDays]));
  const best = {
    cost: Math.min(chosen.cost, ...costs),
    transitDays: Math.min(chosen.transitDays, ...transits),
    shipments: !plan.split && eligible.length > 0 ? 1 : chosen.shipments,
  };
  const parts = {
    cost: closeness(best.cost, chosen.cost),
    transit: closeness(best.transitDays, chosen.transitDays),
    split: closeness(best.shipments, chosen.shipments),
  };
  const score = Math.round(
    100 *
      (ROUTING_WEIGHTS.cost * parts.cost +
        ROUTING_WEIGHTS.transit * parts.transit +
        ROUTING_WEIGHTS.split * parts.split),
  );
  const pct = (x: number) => `${Math.round(100 * x)}%`;
  return {
    score,
    chosen,
    best,
    currency,
    explanation: {
      en:
        `cost ${chosen.cost} vs best ${best.cost} ${currency} minor units (${pct(parts.cost)}), ` +
        `transit ${chosen.transitDays} vs best ${best.transitDays} days (${pct(parts.transit)}), ` +
        `${chosen.shipments} vs best ${best.shipments} shipment(s) (${pct(parts.split)})`,
      zh:
        `成本 ${chosen.cost}，最优 ${best.cost}（${currency} 最小单位，${pct(parts.cost)}）；` +
        `时效 ${chosen.transitDays} 天，最优 ${best.transitDays} 天（${pct(parts.transit)}）；` +
        `包裹 ${chosen.shipments} 个，最优 ${best.shipments} 个（${pct(parts.split)}）`,
    },
  };
}
