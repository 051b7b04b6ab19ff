/**
 * Checking a canonical order: `orderSchema.safeParse` (zod) beside `parseOrder` (the fast path built
 * from the same schema, zod for refusals), on the raw JSON of the bench orders, outputs checked equal
 * first. `npm run bench:check` runs this section alone.
 */
import { parseOrder, orderSchema } from '../runtime/index';
import { interleave } from './measure';
import { benchOrders } from './orders';
import { heading, int, micros, table } from './print';

const ORDERS = 50_000;
const PLAN = { rounds: 3, warmupRounds: 1, warmupShare: 0.25, chunk: 500, sampleEvery: 10 } as const;

export async function runOrderCheckBench(say: (text?: string) => void): Promise<void> {
  const raw = benchOrders(ORDERS).raw;
  say(heading('Checking a canonical order (raw JSON → validated order)'));
  for (const input of raw) {
    const fast = parseOrder(input);
    const zod = orderSchema.safeParse(input);
    if (JSON.stringify(fast) !== JSON.stringify(zod)) {
      say(`DISAGREE on ${JSON.stringify(input).slice(0, 200)}…; no figures.`);
      process.exitCode = 1;
      return;
    }
  }
  say(`${int(raw.length)} valid orders: parseOrder and orderSchema.safeParse give the same value on every one.`);
  const stats = await interleave(
    [
      {
        name: 'zod orderSchema.safeParse',
        inputs: raw,
        run: ((o: unknown) => orderSchema.safeParse(o)) as (o: never) => unknown,
      },
      { name: 'parseOrder (fast path)', inputs: raw, run: ((o: unknown) => parseOrder(o)) as (o: never) => unknown },
    ],
    PLAN,
  );
  say(
    table(
      ['check', 'orders/s', 'mean µs', 'cpu µs', 'p50 µs', 'p99 µs'],
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
