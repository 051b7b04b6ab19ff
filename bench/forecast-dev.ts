/**
 * `npx tsx bench/forecast-dev.ts`: the development windows the forecast design is tuned on. Their
 * origins and scored days all lie before the first reported origin of `npm run bench:forecast`, so a
 * change judged here never sees the reported (held-out) weeks. Each window is 8 weekly origins; the
 * windows follow one another backwards from the held-out ones, so together they cover most of a year.
 */
import { readFileSync } from 'node:fs';
import { m5Observations } from '../forecast/adapters/m5';
import { superstoreLines, superstoreObservations } from '../forecast/adapters/superstore';
import { backtest, type BacktestRow } from '../forecast/backtest/backtest';
import { METHOD_NAMES } from '../forecast/methods/index';
import { classRows, percent } from '../forecast/report';
import { buildSeries } from '../forecast/series/build';
import { say, table } from './print';

const data = (name: string) => readFileSync(new URL(`../forecast/data/${name}`, import.meta.url), 'utf8');
const strategies = ['auto', ...METHOD_NAMES] as const;

const m5 = buildSeries(m5Observations(data('m5_subset.csv')), { by: ['sku'] });
const weekly = buildSeries(superstoreObservations(superstoreLines(data('superstore.csv'))), {
  by: ['region', 'category'],
  step: 7,
});
// Reported: 8 origins whose oldest is (horizon + 7 spacings) before the end. Development windows end before it:
// the newest scores the steps up to the oldest reported origin, each older one the 8 weeks before.
const windows = [
  { name: 'M5', series: m5, by: ['sku'], horizon: 14, holdBacks: [63, 119, 175, 231, 287, 343] },
  { name: 'Superstore', series: weekly, by: ['region', 'category'], horizon: 2, holdBacks: [9, 17, 25, 33, 41] },
];
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
for (const w of windows) {
  const rows = new Map<string, BacktestRow[]>();
  for (const holdBack of w.holdBacks) {
    const report = backtest(w.series, {
      by: w.by,
      horizon: w.horizon,
      origins: 8,
      holdBack,
      strategies: [...strategies],
    });
    say(`\n${w.name} development window, origins ${report.origins[0]} … ${report.origins.at(-1)}:`);
    const classes = classRows(report);
    say(table(classes.header, classes.rows));
    for (const r of report.rows.filter((x) => x.level === 'bottom'))
      rows.set(r.strategy, [...(rows.get(r.strategy) ?? []), r]);
  }
  say(`\n${w.name}, bottom level, each window's figure (oldest window last) and their mean:`);
  const header = [
    'method',
    ...w.holdBacks.map((h) => `hold ${h}`),
    'mean RMSSE',
    'vs best baseline',
    'bias',
    '80% covered',
  ];
  const best = Math.min(...[...rows].filter(([s]) => s !== 'auto').map(([, rs]) => mean(rs.map((r) => r.rmsse))));
  say(
    table(
      header,
      [...rows].map(([strategy, rs]) => [
        strategy === 'auto' ? 'model' : strategy,
        ...rs.map((r) => r.rmsse.toFixed(3)),
        mean(rs.map((r) => r.rmsse)).toFixed(4),
        percent(mean(rs.map((r) => r.rmsse)) / best - 1),
        percent(mean(rs.map((r) => r.bias))),
        percent(mean(rs.map((r) => r.coverage80))),
      ]),
      header.map((_, i) => i).slice(1),
    ),
  );
}
