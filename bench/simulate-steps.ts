/**
 * `npm run bench:simulate`: where `orderflow simulate`'s time goes, per order, step by step, on the example
 * data (examples/data/orders.jsonl and context.json) and the benchmark flow: reading a JSON line, checking the
 * order, deciding it (interpreter and built flow module), folding it into the summary. Steps are timed in
 * interleaved rounds in one process; medians are printed. Figures only; nothing is asserted.
 */
import { readFileSync } from 'node:fs';
import { coreRegistry } from '../nodes/index';
import {
  addResult,
  compileFlow,
  createSummary,
  flowInfo,
  parseOrder,
  runContextSchema,
  runOrder,
  serviceKeysOf,
  type Order,
} from '../runtime/index';
import { importBuiltPlan } from './engines/orderflow-built';
import { PROMO_FLOW_PATH } from './decision/promo-flow';

const DATA = new URL('../examples/data/', import.meta.url);
const ROUNDS = Number(process.env.SIM_ROUNDS ?? 15);

const compiled = compileFlow(readFileSync(PROMO_FLOW_PATH, 'utf8'), coreRegistry);
if (!compiled.ok) throw new Error('the benchmark flow does not compile');
const plan = compiled.plan;
const built = await importBuiltPlan(plan);
const lines = readFileSync(new URL('orders.jsonl', DATA), 'utf8').split('\n').filter(Boolean);
const ctx = runContextSchema.parse(JSON.parse(readFileSync(new URL('context.json', DATA), 'utf8')));
const values = lines.map((line) => JSON.parse(line) as unknown);
const orders: Order[] = [];
for (const value of values) {
  const parsed = parseOrder(value);
  if (parsed.success) orders.push(parsed.data);
}
const results = orders.map((order) => runOrder(plan, order, ctx));

const steps: { name: string; count: number; run: () => void }[] = [
  { name: 'JSON.parse of the line', count: lines.length, run: () => lines.forEach((line) => JSON.parse(line)) },
  { name: 'order check (parseOrder)', count: values.length, run: () => values.forEach((value) => parseOrder(value)) },
  { name: 'decision, interpreter', count: orders.length, run: () => orders.forEach((o) => runOrder(plan, o, ctx)) },
  { name: 'decision, built module', count: orders.length, run: () => orders.forEach((o) => built.runOrder(o, ctx)) },
  {
    name: 'summary (addResult)',
    count: orders.length,
    run: () => {
      const summary = createSummary(flowInfo(plan));
      results.forEach((result, i) => addResult(summary, result, i, serviceKeysOf(orders[i])));
    },
  },
];

const samples = steps.map(() => [] as number[]);
for (let round = 0; round < ROUNDS; round++) {
  // Alternate the order of the steps so none always runs first.
  const order = steps.map((_, i) => (round % 2 === 0 ? i : steps.length - 1 - i));
  for (const i of order) {
    const started = process.hrtime.bigint();
    steps[i]!.run();
    samples[i]!.push(Number(process.hrtime.bigint() - started) / 1000 / steps[i]!.count);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
console.log(`orderflow simulate, per order (${lines.length} example orders, ${ROUNDS} interleaved rounds, medians):`);
for (const [i, step] of steps.entries()) {
  const micros = median(samples[i]!);
  console.log(
    `  ${step.name.padEnd(28)} ${micros.toFixed(2).padStart(8)} µs  ${Math.round(1e6 / micros)
      .toLocaleString('en-US')
      .padStart(10)}/s`,
  );
}
