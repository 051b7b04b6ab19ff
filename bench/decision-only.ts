/**
 * `npm run bench:decision`: only the decision, on the engines the built module is measured against —
 * the hand-written reference, runOrder (the interpreter), the built module, json-logic-engine compiled
 * and interpreted — with outputs checked equal first, as bench/index.ts does. Figures only.
 */
import { loadavg } from 'node:os';
import { branchMix, describeDisagreement, firstDisagreement } from './agree';
import type { Decision } from './decision/decision';
import type { Engine } from './engines/engine';
import { handWritten } from './engines/hand-written';
import { jsonLogicEngine, jsonLogicEngineInterpreted } from './engines/json-logic-engine';
import { orderflowEngines } from './engines/orderflow';
import { BUILT_ENGINE, builtEngine } from './engines/orderflow-built';
import { interleave } from './measure';
import { benchOrders, NOW } from './orders';
import { heading, int, micros, ratio, say, table } from './print';

const ORDERS = 100_000;
const AGREE_ORDERS = 20_000;
const INTERPRETED = 'json-logic-engine (interpreted)';
const PLAN = { rounds: 4, warmupRounds: 1, warmupShare: 0.25, chunk: 500, sampleEvery: 10 } as const;
const load = () => loadavg()[0]!.toFixed(2);

say(`decision bench · node ${process.version} · load average ${load()} at start`);
const set = benchOrders(ORDERS, AGREE_ORDERS);
const runOrderEngine = orderflowEngines(NOW).find((e) => e.name === 'orderflow runOrder')!;
const engines: Engine[] = [runOrderEngine, await builtEngine(NOW), jsonLogicEngine, jsonLogicEngineInterpreted];

const checked = set.orders.slice(0, AGREE_ORDERS);
const disagreement = await firstDisagreement(handWritten, engines, checked, set.raw);
if (disagreement) {
  say(describeDisagreement(disagreement));
  process.exit(1);
}
say(
  `all ${engines.length + 1} engines agree on ${int(checked.length)} orders; ${branchMix(checked.map((o) => handWritten.decision(o) as Decision))}`,
);

say(heading(`The decision, interleaved: ${PLAN.rounds} rounds after a warm-up`));
const stats = await interleave(
  [handWritten, ...engines].map((engine) => ({
    name: engine.name,
    // The interpreted peer is slow: a prefix of the orders each round (per-order figures compare directly).
    inputs: engine.name === INTERPRETED ? set.orders.slice(0, 50_000) : set.orders,
    run: engine.run,
  })),
  PLAN,
  (round) => say(`  round ${round + 1}/${PLAN.warmupRounds + PLAN.rounds} done, load ${load()}`),
);
say(
  table(
    ['engine', 'orders/s', 'mean µs', 'cpu µs', 'p50 µs', 'p99 µs'],
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
const find = (name: string) => stats.find((s) => s.name === name)!;
const built = find(BUILT_ENGINE);
const jle = find(jsonLogicEngine.name);
say(
  `\nbuilt module / json-logic-engine (compiled): ${ratio(built.ordersPerSecond / jle.ordersPerSecond)} by orders/s, ` +
    `${ratio(jle.cpuMicros / built.cpuMicros)} by CPU time; built / runOrder: ${ratio(built.ordersPerSecond / find(runOrderEngine.name).ordersPerSecond)}`,
);
say(`load average ${load()} at the end`);
