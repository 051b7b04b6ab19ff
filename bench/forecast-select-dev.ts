/**
 * `npx tsx bench/forecast-select-dev.ts [m5|superstore] [strategy,…]`: the model (or the strategies named) on
 * the development windows of `bench/forecast-dev.ts` only — never the held-out weeks — with each window's bottom
 * RMSSE, and the mean RMSSE, bias and 80% coverage over the windows. For judging selection, combination, bias and
 * interval changes quickly. Accuracy figures, not timings.
 */
import { readFileSync } from 'node:fs';
import { m5Observations } from '../forecast/adapters/m5';
import { superstoreLines, superstoreObservations } from '../forecast/adapters/superstore';
import { backtest, type BacktestRow } from '../forecast/backtest/backtest';
import type { Strategy } from '../forecast/forecast-series';
import { percent } from '../forecast/report';
import { buildSeries } from '../forecast/series/build';
import { say, table } from './print';

const data = (name: string) => readFileSync(new URL(`../forecast/data/${name}`, import.meta.url), 'utf8');
const args = process.argv.slice(2);
const only = args.find((a) => a === 'm5' || a === 'superstore');
const strategies = (args.find((a) => a !== only)?.split(',') ?? ['auto']) as Strategy[];

const windows = [
  {
    name: 'm5',
    series: () => buildSeries(m5Observations(data('m5_subset.csv')), { by: ['sku'] }),
    by: ['sku'],
    horizon: 14,
    holdBacks: [63, 119, 175, 231, 287, 343],
  },
  {
    name: 'superstore',
    series: () =>
      buildSeries(superstoreObservations(superstoreLines(data('superstore.csv'))), {
        by: ['region', 'category'],
        step: 7,
      }),
    by: ['region', 'category'],
    horizon: 2,
    holdBacks: [9, 17, 25, 33, 41],
  },
].filter((w) => !only || w.name === only);

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
for (const w of windows) {
  const series = w.series();
  const rows = new Map<string, BacktestRow[]>();
  for (const holdBack of w.holdBacks) {
    const report = backtest(series, { by: w.by, horizon: w.horizon, origins: 8, holdBack, strategies });
    for (const r of report.rows.filter((x) => x.level === 'bottom'))
      rows.set(r.strategy, [...(rows.get(r.strategy) ?? []), r]);
  }
  const header = ['strategy', ...w.holdBacks.map((h) => `hold ${h}`), 'mean RMSSE', 'bias', '80% covered', '95%'];
  say(`\n${w.name}, development windows, bottom level:`);
  say(
    table(
      header,
      [...rows].map(([name, rs]) => [
        name === 'auto' ? 'model' : name,
        ...rs.map((r) => r.rmsse.toFixed(3)),
        mean(rs.map((r) => r.rmsse)).toFixed(4),
        percent(mean(rs.map((r) => r.bias))),
        percent(mean(rs.map((r) => r.coverage80))),
        percent(mean(rs.map((r) => r.coverage95))),
      ]),
      header.map((_, i) => i).slice(1),
    ),
  );
}
