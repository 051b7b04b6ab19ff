/**
 * `npx tsx bench/forecast-select-dev.ts [m5|superstore] [strategy,…]`: the model (or the strategies named) on
 * the development windows of `bench/forecast-dev.ts` only — never the held-out weeks — with each window's bottom
 * RMSSE, and the mean RMSSE, bias and 80% coverage over the windows. For judging selection, combination, bias and
 * interval changes quickly. Accuracy figures, not timings.
 */
import { backtest, type BacktestRow } from '../forecast/backtest/backtest';
import type { Strategy } from '../forecast/forecast-series';
import { percent } from '../forecast/report';
import { DEVELOPMENT_WINDOWS, mean } from './forecast-windows';
import { say, table } from './print';

const args = process.argv.slice(2);
const only = args.find((a) => a === 'm5' || a === 'superstore');
const strategies = (args.find((a) => a !== only)?.split(',') ?? ['auto']) as Strategy[];

const windows = DEVELOPMENT_WINDOWS.filter((w) => !only || w.name.toLowerCase() === only);

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
