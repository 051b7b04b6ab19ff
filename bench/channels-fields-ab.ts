/**
 * Issue 19: do the compiled field reads (channels/engine/fast-field.ts) pay? `npx tsx bench/channels-fields-ab.ts
 * [rounds] [channel…]` normalizes each fixture with them and without them (`fastReads: false`, every field
 * through evaluateField), interleaved in one process, in blocks that alternate which goes first, and prints
 * CPU µs per payload for both and the change. Both outputs are checked equal before anything is timed.
 * CPU time, not wall time: the machine is shared, and another process's work does not count against us.
 */
import { stringify } from 'lossless-json';
import { cpuUsage } from 'node:process';
import { parseOrder } from '../runtime/index';
import { parsePayload } from '../channels/json/parse-payload';
import { normalize, type NormalizeResult, type NormalizeSteps } from '../channels/normalize';
import { FIXTURE_CASES, loadCase } from '../channels/node/fixtures';

const steps = (fastReads: boolean): NormalizeSteps => ({
  parse: parsePayload,
  checkOrder: (input) => parseOrder(input),
  fastReads,
});
const COMPILED = steps(true);
const REFERENCE = steps(false);

const seen = (results: readonly NormalizeResult[]) =>
  stringify(results.map(({ raw, ...rest }) => ({ ...rest, raw: stringify(raw) })));

function cpuMicrosOf(run: () => void, times: number): number {
  const start = cpuUsage();
  for (let i = 0; i < times; i++) run();
  const used = cpuUsage(start);
  return (used.user + used.system) / times;
}

const rounds = Number(process.argv[2] ?? 20);
const only = process.argv.slice(3);
console.log(`rounds ${rounds}; CPU µs per payload (median of rounds), compiled vs reference field reads`);
for (const c of FIXTURE_CASES) {
  if (only.length > 0 && !only.includes(c.name) && !only.includes(c.channel)) continue;
  const { payload, related } = loadCase(c);
  const options = related ? { related } : {};
  const compiled = () => void normalize(c.channel, payload, options, COMPILED);
  const reference = () => void normalize(c.channel, payload, options, REFERENCE);
  if (
    seen(normalize(c.channel, payload, options, COMPILED)) !== seen(normalize(c.channel, payload, options, REFERENCE))
  )
    throw new Error(`${c.name}: the two versions give different results`);
  // A block lasts ~50 ms whichever is measured; warm both first.
  const times = Math.max(20, Math.round(50_000 / cpuMicrosOf(reference, 200)));
  cpuMicrosOf(compiled, times);
  const a: number[] = [];
  const b: number[] = [];
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      a.push(cpuMicrosOf(compiled, times));
      b.push(cpuMicrosOf(reference, times));
    } else {
      b.push(cpuMicrosOf(reference, times));
      a.push(cpuMicrosOf(compiled, times));
    }
  }
  const median = (xs: number[]) => xs.sort((x, y) => x - y)[xs.length >> 1]!;
  const [ma, mb] = [median(a), median(b)];
  console.log(
    `${c.name.padEnd(14)} compiled ${ma.toFixed(1).padStart(7)} µs  reference ${mb.toFixed(1).padStart(7)} µs  ` +
      `change ${(((ma - mb) / mb) * 100).toFixed(1)}%`,
  );
}
