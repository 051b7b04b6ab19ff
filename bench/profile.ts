/**
 * Runs one engine alone in a loop, for a CPU profile of the hot path:
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/profile.ts [runOrder|trace|runFlow|built] [seconds] [node,node,…]
 * then open the .cpuprofile in Chrome DevTools (Performance) or summarise it by function.
 *
 * With a list of node ids from the decision flow (e.g. `start,tier,done`), runOrder runs only those
 * nodes, chained in that order (each port leads to the next one): what a node adds to a run's cost is
 * the difference between two such chains. Prints orders/s and CPU µs per order (process CPU time, so
 * GC helper threads count, as in `npm run bench`).
 *
 * PROFILE_ORDERS=500 (default 20,000) keeps the orders in the CPU's caches: the difference to a large
 * set is what memory costs, the rest is compute.
 */
import { readFileSync } from 'node:fs';
import { coreRegistry } from '../nodes/index';
import { compileFlow, emptyContext, runOrder, type Plan } from '../runtime/index';
import { PROMO_FLOW_PATH } from './decision/promo-flow';
import { orderflowEngines } from './engines/orderflow';
import { builtEngine } from './engines/orderflow-built';
import { benchOrders, NOW } from './orders';

const which = process.argv[2] ?? 'runOrder';
const seconds = Number(process.argv[3] ?? 10);
const chain = process.argv[4]?.split(',');

/** The decision flow cut down to `ids`, each node's every port leading to the next id. */
function chainOf(ids: readonly string[]): Plan {
  const flow = JSON.parse(readFileSync(PROMO_FLOW_PATH, 'utf8')) as {
    nodes: { id: string; type: string; config: unknown }[];
    edges: unknown[];
  };
  const nodes = ids.map((id) => flow.nodes.find((n) => n.id === id) ?? assertNever(id));
  const portsOf = (node: (typeof nodes)[number]) => {
    const definition = coreRegistry.get(node.type)!;
    return definition.outputs(definition.config.parse(node.config)).map((port) => port.id);
  };
  const edges = nodes.slice(0, -1).flatMap((node, i) =>
    portsOf(node).map((port) => ({
      id: `e${i}-${port}`,
      source: node.id,
      sourcePort: port,
      target: nodes[i + 1]!.id,
    })),
  );
  const compiled = compileFlow({ ...flow, nodes, edges }, coreRegistry);
  if (!compiled.ok) throw new Error(compiled.problems.map((p) => p.message).join('\n'));
  return compiled.plan;
}

function assertNever(id: string): never {
  throw new Error(`no node ${id} in ${PROMO_FLOW_PATH}`);
}

const engine =
  which === 'built'
    ? await builtEngine(NOW)
    : orderflowEngines(NOW).find((e) =>
        e.name.endsWith(which === 'trace' ? 'runOrder trace' : which === 'runFlow' ? 'runFlow (zod)' : 'runOrder'),
      )!;
const set = benchOrders(Number(process.env.PROFILE_ORDERS ?? 20_000));
const inputs = (engine.input === 'raw' ? set.raw : set.orders) as never[];
const run: (input: never) => unknown = chain
  ? (
      (plan: Plan, ctx = emptyContext(NOW)) =>
      (order: never) =>
        runOrder(plan, order, ctx, { trace: which === 'trace' })
    )(chainOf(chain))
  : engine.run!;
const until = Date.now() + seconds * 1000;
let orders = 0;
const started = process.hrtime.bigint();
const cpu = process.cpuUsage();
while (Date.now() < until) {
  for (const input of inputs) run(input);
  orders += inputs.length;
}
const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
const used = process.cpuUsage(cpu);
const name = chain ? `${engine.name} on ${chain.join(',')}` : engine.name;
process.stdout.write(
  `${name}: ${orders.toLocaleString('en-US')} orders in ${elapsed.toFixed(1)} s = ${Math.round(orders / elapsed).toLocaleString('en-US')} orders/s, ` +
    `${((used.user + used.system) / orders).toFixed(3)} cpu µs/order\n`,
);
