/**
 * Normalization speed per channel: each fixture payload normalized N times (JSON text in, validated
 * canonical orders out, lossless parse included). `npx tsx channels/bench.ts [N]` prints the table;
 * `npm run bench` can call benchNormalize(). Figures only; nothing here asserts a time.
 */
import { pathToFileURL } from 'node:url';
import { normalize } from './normalize';
import { FIXTURE_CASES, loadCase } from './node/fixtures';

export interface ChannelBenchFigure {
  readonly fixture: string;
  readonly channel: string;
  /** Order records per payload, and how many of them normalize (the rest are refused with problems). */
  readonly records: number;
  readonly ok: number;
  readonly repeat: number;
  readonly ordersPerSecond: number;
  readonly microsPerOrder: number;
}

/** Orders per second for every fixture, over `repeat` normalizations of its payload after a warm-up. */
export function benchNormalize(repeat = 2000): ChannelBenchFigure[] {
  return FIXTURE_CASES.map((c) => {
    const { payload, related } = loadCase(c);
    const options = related ? { related } : {};
    const sample = normalize(c.channel, payload, options);
    for (let i = 0; i < Math.min(200, repeat); i++) normalize(c.channel, payload, options);
    const started = performance.now();
    for (let i = 0; i < repeat; i++) normalize(c.channel, payload, options);
    const seconds = (performance.now() - started) / 1000;
    const orders = sample.length * repeat;
    return {
      fixture: c.name,
      channel: c.channel,
      records: sample.length,
      ok: sample.filter((r) => r.ok).length,
      repeat,
      ordersPerSecond: orders / seconds,
      microsPerOrder: (seconds * 1e6) / orders,
    };
  });
}

/** The figures as a plain-text table. */
export function formatBench(figures: readonly ChannelBenchFigure[]): string {
  const rows = figures.map((f) => [
    f.fixture,
    f.channel,
    `${f.ok}/${f.records}`,
    String(f.repeat),
    Math.round(f.ordersPerSecond).toLocaleString('en-US'),
    f.microsPerOrder.toFixed(1),
  ]);
  const head = ['fixture', 'channel', 'ok/records', 'repeat', 'orders/s', 'µs/order'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells.map((cell, i) => (i >= 2 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const repeat = Number(process.argv[2] ?? 2000);
  console.log(`channels: normalize() per fixture, ${repeat} runs each · node ${process.version}`);
  console.log(formatBench(benchNormalize(repeat)));
}
