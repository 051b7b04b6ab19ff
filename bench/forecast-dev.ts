/**
 * `npx tsx bench/forecast-dev.ts`: the development windows the forecast design is tuned on. Their
 * origins and scored days all lie before the first reported origin of `npm run bench:forecast`, so a
 * change judged here never sees the reported (held-out) weeks.
 */
import { readFileSync } from 'node:fs';
import { m5Observations } from '../forecast/adapters/m5';
import { superstoreLines, superstoreObservations } from '../forecast/adapters/superstore';
import { backtest } from '../forecast/backtest/backtest';
import { METHOD_NAMES } from '../forecast/methods/index';
import { backtestRows } from '../forecast/report';
import { buildSeries } from '../forecast/series/build';
import { say, table } from './print';

const data = (name: string) => readFileSync(new URL(`../forecast/data/${name}`, import.meta.url), 'utf8');
const strategies = ['auto', ...METHOD_NAMES] as const;

const m5 = buildSeries(m5Observations(data('m5_subset.csv')), { by: ['sku'] });
const weekly = buildSeries(superstoreObservations(superstoreLines(data('superstore.csv'))), {
  by: ['region', 'category'],
  step: 7,
});
// Reported: 8 origins whose oldest is (horizon + 7 spacings) before the end. Development windows end before it.
const windows = [
  { name: 'M5', series: m5, by: ['sku'], horizon: 14, holdBacks: [63, 119] },
  { name: 'Superstore', series: weekly, by: ['region', 'category'], horizon: 2, holdBacks: [9, 17] },
];
for (const w of windows) {
  for (const holdBack of w.holdBacks) {
    const report = backtest(w.series, {
      by: w.by,
      horizon: w.horizon,
      origins: 8,
      holdBack,
      strategies: [...strategies],
    });
    say(`\n${w.name} development window, origins ${report.origins[0]} … ${report.origins.at(-1)}:`);
    const rows = backtestRows(report, 'bottom');
    say(table(rows.header, rows.rows, [1, 2, 3, 4, 5, 6]));
  }
}
