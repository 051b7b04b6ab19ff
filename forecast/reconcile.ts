import { withIntervals, type SeriesForecast } from './forecast-series';

/**
 * Bottom-up reconciliation: an upper level (per SKU, per region, the total) is the sum of the
 * bottom forecasts, so every level adds up and a region's figure equals its SKUs'. Its interval
 * comes from the summed inner-validation errors, which keeps the correlation between series that
 * summing the bottom intervals would lose.
 */
export function aggregate(bottom: readonly SeriesForecast[], keep: readonly string[]): SeriesForecast[] {
  const groups = new Map<string, SeriesForecast[]>();
  for (const f of bottom) {
    const key = keep.length === 0 ? 'total' : keep.map((name) => f.labels[name] ?? '').join('|');
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  return [...groups]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, members]) => sumOf(key, keep, members));
}

function sumOf(key: string, keep: readonly string[], members: readonly SeriesForecast[]): SeriesForecast {
  const first = members[0]!;
  const horizon = first.point.length;
  const point = Array.from({ length: horizon }, (_, i) => members.reduce((a, f) => a + f.point[i]!, 0));
  const rows = Math.max(0, ...members.map((f) => f.errors.length));
  const errors = Array.from({ length: rows }, (_, k) =>
    Array.from({ length: horizon }, (_, i) => members.reduce((a, f) => a + (f.errors[k]?.[i] ?? 0), 0)),
  );
  const historyStart = Math.min(...members.map((f) => f.historyStart));
  const length = (first.firstDay - historyStart) / first.step;
  const history = Array.from({ length }, () => 0);
  const promo = Array.from({ length }, () => false);
  for (const f of members) {
    const offset = (f.historyStart - historyStart) / f.step;
    f.history.forEach((v, t) => (history[offset + t]! += v));
    f.promo.forEach((p, t) => (promo[offset + t] ||= p));
  }
  return {
    key,
    labels: Object.fromEntries(keep.map((name) => [name, first.labels[name] ?? ''])),
    level: keep.length === 0 ? 'total' : keep.join(' × '),
    firstDay: first.firstDay,
    step: first.step,
    method: 'bottom-up',
    params: { series: members.length },
    why: `sum of ${members.length} bottom-level forecast(s)`,
    point,
    ...(members.every((f) => f.errors.length > 0) ? withIntervals(point, errors) : summedBounds(members, point)),
    errors,
    history,
    historyStart,
    promo,
    promoAhead: point.map((_, i) => members.some((f) => f.promoAhead[i] === true)),
  };
}

/**
 * When some member has no validation errors (a new SKU), summing the members' bounds is the cautious
 * interval: it assumes they all run high (or low) together.
 */
function summedBounds(members: readonly SeriesForecast[], point: readonly number[]) {
  const sum = (pick: (f: SeriesForecast) => readonly number[]) =>
    point.map((_, i) => members.reduce((a, f) => a + pick(f)[i]!, 0));
  return { lo80: sum((f) => f.lo80), hi80: sum((f) => f.hi80), lo95: sum((f) => f.lo95), hi95: sum((f) => f.hi95) };
}
