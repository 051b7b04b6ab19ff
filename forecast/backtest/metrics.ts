/** Running sums for one (strategy, level) over every series, origin and step of a backtest. */
export interface Tally {
  rmsse: number[];
  absError: number;
  signedError: number;
  actual: number;
  in80: number;
  in95: number;
  points: number;
}

export function emptyTally(): Tally {
  return { rmsse: [], absError: 0, signedError: 0, actual: 0, in80: 0, in95: 0, points: 0 };
}

/**
 * Mean squared error of the in-sample seasonal naive forecast (y[t] − y[t − m]): the scale of RMSSE
 * (Hyndman & Koehler; M5). Undefined when the history is too short or never changes.
 */
export function seasonalNaiveScale(history: readonly number[], period: number): number | undefined {
  if (history.length <= period) return undefined;
  let sum = 0;
  for (let t = period; t < history.length; t++) sum += (history[t]! - history[t - period]!) ** 2;
  const scale = sum / (history.length - period);
  return scale > 0 ? scale : undefined;
}

export interface Scored {
  readonly point: readonly number[];
  readonly lo80: readonly number[];
  readonly hi80: readonly number[];
  readonly lo95: readonly number[];
  readonly hi95: readonly number[];
  readonly history: readonly number[];
}

/** Adds one forecast against what then happened. Returns its RMSSE (undefined without a scale). */
export function addForecast(tally: Tally, f: Scored, actual: readonly number[], period: number): number | undefined {
  let sq = 0;
  for (let i = 0; i < actual.length; i++) {
    const y = actual[i]!;
    const e = f.point[i]! - y;
    sq += e * e;
    tally.absError += Math.abs(e);
    tally.signedError += e;
    tally.actual += y;
    if (y >= f.lo80[i]! - 1e-9 && y <= f.hi80[i]! + 1e-9) tally.in80++;
    if (y >= f.lo95[i]! - 1e-9 && y <= f.hi95[i]! + 1e-9) tally.in95++;
    tally.points++;
  }
  const scale = seasonalNaiveScale(f.history, period);
  if (scale === undefined || actual.length === 0) return undefined;
  const rmsse = Math.sqrt(sq / actual.length / scale);
  tally.rmsse.push(rmsse);
  return rmsse;
}

export interface Metrics {
  /** Mean RMSSE over series and origins. */
  readonly rmsse: number;
  /** Σ|error| / Σ actual. */
  readonly wape: number;
  /** Σ(forecast − actual) / Σ actual: positive means over-forecast. */
  readonly bias: number;
  readonly coverage80: number;
  readonly coverage95: number;
  /** Forecast points scored. */
  readonly points: number;
}

export function metricsOf(t: Tally): Metrics {
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  return {
    rmsse: ratio(
      t.rmsse.reduce((a, b) => a + b, 0),
      t.rmsse.length,
    ),
    wape: ratio(t.absError, t.actual),
    bias: ratio(t.signedError, t.actual),
    coverage80: ratio(t.in80, t.points),
    coverage95: ratio(t.in95, t.points),
    points: t.points,
  };
}
