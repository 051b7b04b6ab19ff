/**
 * `npx tsx bench/forecast-global-dev.ts [m5|superstore]`: the global (pooled) model on the development
 * windows of `bench/forecast-dev.ts` (never the held-out weeks): the model with per-series candidates only
 * (as before the global model), the model with the global model as one more candidate (now the default),
 * the global model alone and the baselines, per window and on average. `--held-out` runs the reported weeks.
 * Accuracy figures, not timings.
 */
import { backtest, type BacktestRow } from '../forecast/backtest/backtest';
import type { Strategy } from '../forecast/forecast-series';
import { BASELINES } from '../forecast/methods/index';
import { percent } from '../forecast/report';
import { DEVELOPMENT_WINDOWS, mean } from './forecast-windows';
import { say, table } from './print';

const args = process.argv.slice(2).map((a) => a.toLowerCase());
/** `--held-out`: the reported weeks of `npm run bench:forecast` instead (looked at once, after the design was fixed). */
const heldOut = args.includes('--held-out');
const only = args.find((a) => !a.startsWith('--'));

const windows = DEVELOPMENT_WINDOWS.filter((w) => !only || w.name.toLowerCase() === only).map((w) =>
  heldOut ? { ...w, holdBacks: [0] } : w,
);

for (const w of windows) {
  const series = w.series();
  const rows = new Map<string, BacktestRow[]>();
  const add = (name: string, r: BacktestRow) => rows.set(name, [...(rows.get(name) ?? []), r]);
  for (const holdBack of w.holdBacks) {
    const common = { by: w.by, horizon: w.horizon, origins: 8, holdBack };
    const strategies = ['auto', 'global', ...BASELINES] as Strategy[];
    const local = backtest(series, { ...common, strategies, pooled: false });
    const pooled = backtest(series, { ...common, strategies: ['auto'], pooled: true });
    for (const r of local.rows.filter((x) => x.level === 'bottom'))
      add(r.strategy === 'auto' ? 'model, per-series only' : r.strategy === 'global' ? 'global alone' : r.strategy, r);
    add(
      'model + global (default)',
      pooled.rows.find((x) => x.level === 'bottom' && x.strategy === 'auto')!,
    );
  }
  const best = Math.min(
    ...BASELINES.map((b) => mean((rows.get(b) ?? []).map((r) => r.rmsse))).filter((x) => Number.isFinite(x)),
  );
  say(`\n${w.name}, ${heldOut ? 'HELD-OUT weeks' : 'development windows'}, bottom level (oldest window last):`);
  const header = [
    'strategy',
    ...w.holdBacks.map((h) => `hold ${h}`),
    'mean RMSSE',
    'vs best baseline',
    'WAPE',
    'bias',
    '80% covered',
  ];
  say(
    table(
      header,
      [...rows].map(([name, rs]) => [
        name,
        ...rs.map((r) => r.rmsse.toFixed(3)),
        mean(rs.map((r) => r.rmsse)).toFixed(4),
        percent(mean(rs.map((r) => r.rmsse)) / best - 1),
        percent(mean(rs.map((r) => r.wape))),
        percent(mean(rs.map((r) => r.bias))),
        percent(mean(rs.map((r) => r.coverage80))),
      ]),
      header.map((_, i) => i).slice(1),
    ),
  );
}
