/**
 * Routing at scale: the route node in a world of 50 warehouses × 10 carriers (500 pairs), pruned
 * (what the node does now) beside every pair built, noted, scored and sorted (what it did before),
 * outputs checked equal first. `npm run bench:route` runs this section alone.
 */
import type { Carrier, RunContext, Warehouse, Order } from '../runtime/index';
import { compileLogic, buildFacts, emptyOutcome } from '../runtime/node/index';
import { type FulfilmentPlan, computeTotals } from '../runtime/index';
import { singlePlan } from '../nodes/route/build-plan';
import { buildPairs, checkCarrier, checkWarehouse, describeDemand } from '../nodes/route/evaluate-pairs';
import { RIVALS_LISTED } from '../nodes/route/prune-pairs';
import { routeNode } from '../nodes/route/route.node.ts';
import { rankPairs } from '../nodes/route/score-candidates';
import { ROUTE_WORDS } from '../nodes/route/words';
import { interleave } from './measure';
import { benchOrders, exampleContext } from './orders';
import { heading, int, micros, table } from './print';

const WAREHOUSES = 50;
const CARRIERS = 10;
const ORDERS = 20_000;
const PROVINCES = ['Shanghai', 'Guangdong', 'Beijing', 'Sichuan', 'Zhejiang', 'Jiangsu', 'Hubei', 'Shandong'];
const PLAN = { rounds: 3, warmupRounds: 1, warmupShare: 0.25, chunk: 200, sampleEvery: 1 } as const;

/** The example world scaled up: clones with other costs, provinces and gaps in stock (deterministic). */
export function largeWorld(base: RunContext): RunContext {
  const warehouses: Warehouse[] = [];
  for (let k = 0; k < WAREHOUSES; k++) {
    const from = base.warehouses[k % base.warehouses.length]!;
    const stock = Object.fromEntries(Object.entries(from.stock).filter((_, i) => (i + k) % 5 !== 0));
    warehouses.push({
      ...from,
      id: `${from.id}-${k}`,
      province: from.country === 'CN' ? PROVINCES[k % PROVINCES.length]! : from.province,
      handlingCost: { ...from.handlingCost, amount: from.handlingCost.amount + ((k * 53) % 400) },
      stock,
    });
  }
  const carriers: Carrier[] = [];
  for (let k = 0; k < CARRIERS; k++) {
    const from = base.carriers[k % base.carriers.length]!;
    carriers.push({
      ...from,
      id: `${from.id}-${k}`,
      baseCost: { ...from.baseCost, amount: from.baseCost.amount + ((k * 71) % 300) },
      excludedProvinces: k % 3 === 0 ? ['Xinjiang', 'Tibet'] : from.excludedProvinces,
    });
  }
  return { ...base, warehouses, carriers };
}

type Run = (order: Order) => FulfilmentPlan;

export function runners(ctx: RunContext): { pruned: Run; everyPair: Run } {
  const config = routeNode.prepare(routeNode.config.parse({}), { logic: compileLogic });
  const say = ROUTE_WORDS.en;
  const pruned: Run = (order) => {
    const outcome = emptyOutcome();
    const facts = buildFacts(order, outcome, computeTotals(order, outcome.adjustments), ctx.now);
    const result = routeNode.run({ nodeId: 'route', order, facts, outcome, config, ctx, locale: 'en' });
    return result.patch!.fulfilment!;
  };
  // The node's single-shipment path before pruning, facts included so both do the same work around it.
  const everyPair: Run = (order) => {
    const outcome = emptyOutcome();
    buildFacts(order, outcome, computeTotals(order, outcome.adjustments), ctx.now);
    const demand = describeDemand(order);
    const warehouses = ctx.warehouses.map((w) => checkWarehouse(w, demand, config.excluded, say));
    const carriers = ctx.carriers.map((c) => checkCarrier(c, demand, say));
    const ranked = buildPairs(warehouses, carriers, demand, say, false);
    const eligible = rankPairs(ranked, config.weights, config.promiseDays);
    return singlePlan('route', ranked, eligible, demand, config.promiseDays, ctx.now, say);
  };
  return { pruned, everyPair };
}

/** Same shipments, cost and explanation, and the listed candidates are the first of the full list. */
function samePlan(pruned: FulfilmentPlan, full: FulfilmentPlan): boolean {
  const key = (p: FulfilmentPlan, n: number) =>
    JSON.stringify([p.shipments, p.cost, p.explanation, p.candidates.slice(0, n)]);
  return key(pruned, RIVALS_LISTED + 1) === key(full, RIVALS_LISTED + 1);
}

export async function runRouteBench(say: (text?: string) => void): Promise<void> {
  const ctx = largeWorld(exampleContext());
  const { pruned, everyPair } = runners(ctx);
  const all = benchOrders(ORDERS).orders.filter((o) => o.currency === 'CNY' && o.shippingAddress.country === 'CN');
  // Only orders some pair can take: the before-path above is the routed one (a fallback ran the same code then and now).
  const orders = all.filter((o) => pruned(o).shipments.length > 0);
  say(heading(`Route: ${WAREHOUSES} warehouses × ${CARRIERS} carriers (${WAREHOUSES * CARRIERS} pairs)`));
  for (const order of orders)
    if (!samePlan(pruned(order), everyPair(order))) {
      say(`DISAGREE on order ${order.id}: pruned and every-pair plans differ; no figures.`);
      process.exitCode = 1;
      return;
    }
  say(`${int(orders.length)} routable CN orders (of ${int(all.length)} CNY/CN): pruned and every-pair plans agree on`);
  say(`every one (shipments, cost, explanation, the first ${RIVALS_LISTED + 1} candidates).`);
  const stats = await interleave(
    [
      { name: 'route, pruned (now)', inputs: orders, run: pruned as (o: never) => unknown },
      { name: 'route, every pair (before)', inputs: orders, run: everyPair as (o: never) => unknown },
    ],
    PLAN,
  );
  say(
    table(
      ['route', 'orders/s', 'mean µs', 'cpu µs', 'p50 µs', 'p99 µs'],
      stats.map((s) => [
        s.name,
        int(s.ordersPerSecond),
        micros(s.meanMicros),
        micros(s.cpuMicros),
        micros(s.p50Micros),
        micros(s.p99Micros),
      ]),
      [1, 2, 3, 4, 5],
    ),
  );
}
