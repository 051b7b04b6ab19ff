import { withIntervals, type SeriesForecast } from './forecast-series';
import type { Series } from './series/series';

/**
 * A SKU too new to have its own pattern borrows the profile of the established SKUs of its category
 * in its region: the mean of their forecasts, step by step, and their errors for the interval. With
 * no such peer it falls back to the category everywhere, then to every established SKU.
 */
export function forecastNewSku(
  series: Series,
  established: readonly SeriesForecast[],
  horizon: number,
  firstDay: number,
): SeriesForecast {
  const category = series.labels.category;
  const region = series.labels.region;
  const sameCategory = established.filter((f) => category !== undefined && f.labels.category === category);
  const sameBoth = sameCategory.filter((f) => f.labels.region === region);
  if (sameCategory.length === 0 && established.length === 0) return ownRate(series, horizon, firstDay);
  const [peers, scope] =
    sameBoth.length > 0
      ? [sameBoth, `category ${category} in ${region}`]
      : sameCategory.length > 0
        ? [sameCategory, `category ${category} in every region`]
        : [established, 'every established series'];
  const point = Array.from({ length: horizon }, (_, i) =>
    peers.length === 0 ? 0 : peers.reduce((a, f) => a + f.point[i]!, 0) / peers.length,
  );
  const errors = peers.flatMap((f) => f.errors);
  return {
    key: series.key,
    labels: series.labels,
    level: 'bottom',
    firstDay,
    step: series.step,
    method: 'new-sku-profile',
    params: { peers: peers.length },
    why: `new: ${series.values.length} step(s) of history, too short to fit; the mean of ${peers.length} established series (${scope})`,
    point,
    ...withIntervals(point, errors),
    errors: [],
    history: series.values,
    historyStart: series.start,
    promo: series.promo,
    promoAhead: point.map(() => false),
  };
}

/** With no established series at all (a young shop), a short series' own mean rate, its days' deviations as errors. */
function ownRate(series: Series, horizon: number, firstDay: number): SeriesForecast {
  const values = series.values;
  const rate = values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  const point = Array.from({ length: horizon }, () => rate);
  const deviations = values.map((v) => v - rate);
  return {
    key: series.key,
    labels: series.labels,
    level: 'bottom',
    firstDay,
    step: series.step,
    method: 'own-rate',
    params: { days: values.length },
    why: `short history: ${values.length} step(s) and no established series to borrow from; its own mean rate`,
    point,
    ...withIntervals(point, [deviations]),
    errors: [],
    history: values,
    historyStart: series.start,
    promo: series.promo,
    promoAhead: point.map(() => false),
  };
}
