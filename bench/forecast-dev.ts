/**
 * `npx tsx bench/forecast-dev.ts`: the development windows the forecast design is tuned on. Their
 * origins and scored days all lie before the first reported origin of `npm run bench:forecast`, so a
 * change judged here never sees the reported (held-out) weeks. Each window is 8 weekly origins; the
 * windows follow one another backwards from the held-out ones, so together they cover most of a year.
 */
import { backtest, type BacktestRow } from '../forecast/backtest/backtest';
import { METHOD_NAMES } from '../forecast/methods/index';
import { classRows, percent } from '../forecast/report';
import { DEVELOPMENT_WINDOWS as windows, mean } from './forecast-windows';
import { say, table } from './print';

const strategies = ['auto', ...METHOD_NAMES] as const;

for (const w of windows) {
  const series = w.series();
  const rows = new Map<string, BacktestRow[]>();
  for (const holdBack of w.holdBacks) {
    const report = backtest(series, {
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
