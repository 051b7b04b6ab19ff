import { defineNode, type PortSpec, takePort, type NodeResult } from '../../runtime/node/index';
import type { FulfilmentPlan } from '../../runtime/node/index';
import { fallbackPlan, singlePlan, splitPlan } from './build-plan';
import {
  buildPairs,
  checkCarrier,
  checkWarehouses,
  describeDemand,
  type CarrierCheck,
  type RouteDemand,
  type WarehouseCheck,
} from './evaluate-pairs';
import { fallbackExplanation } from './explain';
import { planSplit } from './plan-split';
import { FULL_LISTING_LIMIT, RIVALS_LISTED, topPairs } from './prune-pairs';
import { reviewTrigger } from './review';
import { prepareRoute, routeConfigSchema, routeLogic, summarizeRoute, type PreparedRoute } from './route-config';
import { rankPairs } from './score-candidates';
import { ROUTE_WORDS, type RouteWords } from './words';

export { routeConfigSchema, type RouteConfig, type PreparedRoute } from './route-config';

const ROUTE_PORTS: readonly PortSpec[] = Object.freeze([
  { id: 'routed', label: { en: 'Routed', zh: '已分配' }, required: true },
  { id: 'review', label: { en: 'Review', zh: '人工复核' }, required: false },
  { id: 'fallback', label: { en: 'No route', zh: '无可用路线' }, required: true },
]);

/** True when some usable warehouse holds every line and some carrier can take the order. */
function wholeOrderPossible(warehouses: readonly WarehouseCheck[], carriers: readonly CarrierCheck[]): boolean {
  return warehouses.some((w) => !w.blocked && !w.short) && carriers.some((c) => !c.blocked);
}

export const routeNode = defineNode({
  type: 'route',
  category: 'fulfilment',
  title: { en: 'Route to warehouse', zh: '仓配路由' },
  description: {
    en: 'Chooses the warehouse and carrier by cost, delivery promise and customer tier; can split the order and explains every option it weighed.',
    zh: '按成本、时效承诺和会员等级选择发货仓与承运商；可拆单，并说明每个候选方案的取舍。',
  },
  config: routeConfigSchema,
  outputs: ROUTE_PORTS,
  logic: routeLogic,
  prepare: prepareRoute,
  run: ({ nodeId, order, facts, ctx, config, locale }): NodeResult => {
    const say = ROUTE_WORDS[locale];
    const demand = describeDemand(order);
    const warehouses = checkWarehouses(ctx.warehouses, demand, config.excluded, say);
    const carriers = ctx.carriers.map((c) => checkCarrier(c, demand, say));
    const splitMode = config.allowSplit && !wholeOrderPossible(warehouses, carriers);
    // Whole lines first; only when they cannot be routed may lines be divided (splitLines), weighing
    // the warehouses that hold part of a line too. So splitLines changes nothing where it is not needed.
    const whole = route(nodeId, demand, warehouses, carriers, splitMode, false, config, ctx.now, say);
    const { plan, routed } =
      splitMode && config.splitLines && !whole.routed
        ? route(nodeId, demand, warehouses, carriers, true, true, config, ctx.now, say)
        : whole;
    if (!routed) return takePort('fallback', { fulfilment: plan }, plan.explanation);
    return withReview(nodeId, plan, config, reviewTrigger(config, facts, demand.remote, say), say);
  },
  summary: summarizeRoute,
});

/** Ranks every warehouse × carrier pair and plans one shipment, a split, or (not routed) the fallback. */
function route(
  nodeId: string,
  demand: RouteDemand,
  warehouses: readonly WarehouseCheck[],
  carriers: readonly CarrierCheck[],
  splitMode: boolean,
  divideLines: boolean,
  config: PreparedRoute,
  now: string,
  say: RouteWords,
): { readonly plan: FulfilmentPlan; readonly routed: boolean } {
  // Large worlds: weigh only what can win and list the winner with its best rivals (same choice).
  if (!splitMode && warehouses.length * carriers.length > FULL_LISTING_LIMIT) {
    const top = topPairs(warehouses, carriers, demand, config.weights, config.promiseDays, say, RIVALS_LISTED + 1);
    if (top.eligible > 0) {
      const plan = singlePlan(nodeId, top.kept, top.eligible, demand, config.promiseDays, now, say);
      return { plan: { ...plan, omitted: { ...top.omitted, note: say.omitted(top.omitted) } }, routed: true };
    }
  }
  const ranked = buildPairs(warehouses, carriers, demand, say, splitMode, divideLines);
  const eligible = rankPairs(ranked, config.weights, config.promiseDays);
  const fallback = (splitFailure: string) => ({
    plan: fallbackPlan(
      nodeId,
      ranked,
      demand,
      fallbackExplanation(ranked, warehouses.length, carriers.length, splitMode, splitFailure, say, divideLines),
    ),
    routed: false,
  });
  if (eligible === 0) return fallback('');
  if (!splitMode)
    return { plan: singlePlan(nodeId, ranked, eligible, demand, config.promiseDays, now, say), routed: true };
  const split = planSplit(ranked, demand, config.weights, config.promiseDays, config.maxShipments, say, divideLines);
  if ('failure' in split) return fallback(split.failure);
  return { plan: splitPlan(nodeId, ranked, split.shipments, demand, config.promiseDays, now, say), routed: true };
}

function withReview(
  nodeId: string,
  plan: FulfilmentPlan,
  config: PreparedRoute,
  trigger: string,
  say: RouteWords,
): NodeResult {
  if (trigger === '') return takePort('routed', { fulfilment: plan }, plan.explanation);
  return takePort(
    'review',
    {
      fulfilment: plan,
      holds: [
        {
          nodeId,
          kind: 'approval',
          status: 'review',
          reason: say.holdReason(config.reviewReason, trigger),
          role: config.reviewRole,
        },
      ],
    },
    say.reviewNote(trigger, plan.explanation),
  );
}
