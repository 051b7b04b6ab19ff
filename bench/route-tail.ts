/**
 * `npm run bench:route-tail`: where the route's p99 comes from. Each routed order of the bench world is run
 * ROUNDS times, interleaved; per order it keeps the fastest time (what the order itself costs) and every
 * time, and notes the minor GCs (perf_hooks) that fell inside a timed order. If the fastest times have a low
 * p99 and the slow samples are not the same orders round after round, the tail is the machine (GC pauses,
 * other processes taking the core), not orders of some shape; the table by line count says which shapes cost.
 */
import { PerformanceObserver } from 'node:perf_hooks';
import type { Order } from '../runtime/index';
import { collectGarbage, percentile } from './measure';
import { benchOrders, exampleContext } from './orders';
import { heading, int, micros, say, table } from './print';
import { largeWorld, runners } from './route';

const ROUNDS = 7;

const ctx = largeWorld(exampleContext());
const { pruned } = runners(ctx);
const orders: Order[] = benchOrders(20_000).orders.filter(
  (o) => o.currency === 'CNY' && o.shippingAddress.country === 'CN' && pruned(o).shipments.length > 0,
);
for (const order of orders) pruned(order); // warm-up

const gcs: { start: number; end: number }[] = [];
const observer = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcs.push({ start: e.startTime, end: e.startTime + e.duration });
});
observer.observe({ entryTypes: ['gc'] });
await new Promise((resolve) => setTimeout(resolve, 10)); // the warm-up's GCs are reported now, then dropped
gcs.length = 0;

const fastest = new Float64Array(orders.length).fill(Infinity);
const samples: { order: number; ns: number; at: number }[] = [];
collectGarbage();
for (let round = 0; round < ROUNDS; round++)
  for (let i = 0; i < orders.length; i++) {
    const at = performance.now();
    const t0 = process.hrtime.bigint();
    pruned(orders[i]!);
    const ns = Number(process.hrtime.bigint() - t0);
    samples.push({ order: i, ns, at });
    if (ns < fastest[i]!) fastest[i] = ns;
  }
await new Promise((resolve) => setTimeout(resolve, 10)); // GC entries are delivered asynchronously
observer.disconnect();

const sortedNs = (values: Iterable<number>): number[] => [...values].sort((a, b) => a - b);
const row = (name: string, values: readonly number[], extra: string) => [
  name,
  int(values.length),
  micros(percentile(values, 0.5) / 1e3),
  micros(percentile(values, 0.99) / 1e3),
  micros(values[values.length - 1]! / 1e3),
  extra,
];
const all = sortedNs(samples.map((s) => s.ns));
const p99 = percentile(all, 0.99);
const slow = samples.filter((s) => s.ns >= p99);
const duringGc = slow.filter((s) => gcs.some((g) => g.end >= s.at && g.start <= s.at + s.ns / 1e6)).length;
const slowTimes = new Map<number, number>();
for (const s of slow) slowTimes.set(s.order, (slowTimes.get(s.order) ?? 0) + 1);
const repeated = [...slowTimes.values()].filter((n) => n >= 2).length;

say(heading(`Route tail: ${int(orders.length)} orders × ${ROUNDS} rounds, 50 warehouses × 10 carriers`));
const rows = [
  row('every sample', all, `${int(slow.length)} at or over p99: ${duringGc} during a GC, ${repeated} orders twice+`),
  row("each order's fastest", sortedNs(fastest), 'what the order itself costs'),
];
for (const lines of [...new Set(orders.map((o) => o.lines.length))].sort((a, b) => a - b)) {
  const of = orders.flatMap((o, i) => (o.lines.length === lines ? [fastest[i]!] : []));
  rows.push(row(`fastest, ${lines} line${lines === 1 ? '' : 's'}`, sortedNs(of), ''));
}
const remote = orders.flatMap((o, i) => (o.shippingAddress.remote ? [fastest[i]!] : []));
rows.push(row('fastest, remote address', sortedNs(remote), ''));
say(table(['orders', 'samples', 'p50 µs', 'p99 µs', 'max µs', ''], rows, [1, 2, 3, 4]));
say(`${gcs.length} GCs during the timed rounds, ${micros(gcs.reduce((t, g) => t + g.end - g.start, 0))} ms in all.`);
