/**
 * Runs one engine alone in a loop, for a CPU profile of the hot path:
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/profile.ts [runOrder|trace|runFlow] [seconds]
 * then open the .cpuprofile in Chrome DevTools (Performance) or summarise it by function.
 */
import { orderflowEngines } from './engines/orderflow';
import { benchOrders, NOW } from './orders';

const which = process.argv[2] ?? 'runOrder';
const seconds = Number(process.argv[3] ?? 10);
const engine = orderflowEngines(NOW).find((e) => e.name.endsWith(which === 'trace' ? 'runOrder trace' : which === 'runFlow' ? 'runFlow (zod)' : 'runOrder'))!;
const set = benchOrders(20_000);
const inputs = (engine.input === 'raw' ? set.raw : set.orders) as never[];
const run = engine.run!;
const until = Date.now() + seconds * 1000;
let orders = 0;
const started = process.hrtime.bigint();
while (Date.now() < until) {
  for (const input of inputs) run(input);
  orders += inputs.length;
}
const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
process.stdout.write(`${engine.name}: ${orders.toLocaleString('en-US')} orders in ${elapsed.toFixed(1)} s = ${Math.round(orders / elapsed).toLocaleString('en-US')} orders/s\n`);
