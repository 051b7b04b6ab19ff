import type { BacktestReport } from './backtest/backtest';
import type { SeriesForecast } from './forecast-series';
import { intervalFrom, type Interval } from './intervals';

/** Rows of plain cells for a table printer (the CLI's, the bench's): no I/O here. */
export interface Rows {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export const percent = (x: number, digits = 1): string => `${(x * 100).toFixed(digits)}%`;
const signed = (x: number) => `${x >= 0 ? '+' : ''}${percent(x)}`;

/** The model and every baseline at one level: RMSSE (and against seasonal naive), WAPE, bias, coverage. */
export function backtestRows(report: BacktestReport, level: string): Rows {
  const rows = report.rows.filter((r) => r.level === level);
  const naive = rows.find((r) => r.strategy === 'seasonal-naive')?.rmsse;
  return {
    header: ['method', 'RMSSE', 'vs seasonal naive', 'WAPE', 'bias', '80% covered', '95% covered'],
    rows: rows.map((r) => [
      r.strategy === 'auto' ? 'model (per series)' : r.strategy,
      r.rmsse.toFixed(3),
      naive ? signed(r.rmsse / naive - 1) : '–',
      percent(r.wape),
      signed(r.bias),
      percent(r.coverage80),
      percent(r.coverage95),
    ]),
  };
}

/** Per demand class: what selection chose (inside each training window) and what turned out best. */
export function classRows(report: BacktestReport): Rows {
  return {
    header: [
      'class',
      'series × origins',
      'heaviest method (weighted inside the training window)',
      'lowest RMSSE afterwards',
    ],
    rows: report.classes.map((c) => [
      c.demandClass,
      String(c.count),
      Object.entries(c.chosen)
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .map(([m, n]) => `${m} ${n}`)
        .join(', '),
      `${c.winner === 'auto' ? 'model' : c.winner} (${(c.rmsse[c.winner] ?? 0).toFixed(3)})`,
    ]),
  };
}

/** The interval of the horizon's total: point total plus each inner origin's summed error, cut at 0. */
export function totalInterval(f: SeriesForecast, level: number): Interval {
  const total = f.point.reduce((a, b) => a + b, 0);
  const errors = f.errors.map((row) => row.reduce((a, b) => a + b, 0));
  if (errors.length > 0) return intervalFrom(total, errors, level);
  // New SKUs have no errors of their own: summing the daily bounds is the cautious (wide) reading.
  const [lo, hi] = level === 0.8 ? [f.lo80, f.hi80] : [f.lo95, f.hi95];
  return { lo: lo.reduce((a, b) => a + b, 0), hi: hi.reduce((a, b) => a + b, 0) };
}

/** The method of a forecast; a combination with each member's weight ("ses 36% + tsb 34% + moving-average 30%"). */
export function methodLabel(f: Pick<SeriesForecast, 'method' | 'methods' | 'weights'>): string {
  if (!f.methods || f.methods.length < 2) return f.method;
  return f.methods.map((m, j) => (f.weights ? `${m} ${percent(f.weights[j]!, 0)}` : m)).join(' + ');
}

/** One line per series: what is forecast, how and why. */
export function forecastRows(forecasts: readonly SeriesForecast[]): Rows {
  return {
    header: ['series', 'class', 'method', 'total', '80% interval', 'per day', 'why'],
    rows: forecasts.map((f) => {
      const total = f.point.reduce((a, b) => a + b, 0);
      const i80 = totalInterval(f, 0.8);
      return [
        f.key,
        f.classification?.demandClass ?? '–',
        methodLabel(f),
        total.toFixed(1),
        `${i80.lo.toFixed(1)}–${i80.hi.toFixed(1)}`,
        (total / Math.max(1, f.point.length)).toFixed(2),
        f.why,
      ];
    }),
  };
}
