import { isoDate } from './day';

/** Daily (or weekly) units of one thing sold in one place: the unit of forecasting. */
export interface Series {
  /** `sku|region` style key, unique in a set of series. */
  readonly key: string;
  /** The labels the key is made of, e.g. { sku: 'AP-WASHER', region: 'Guangdong' }. */
  readonly labels: Readonly<Record<string, string>>;
  /** Day number of values[0] (see day.ts); for weekly series the Monday of the first week. */
  readonly start: number;
  /** Days per step: 1 daily, 7 weekly. */
  readonly step: number;
  /** Whole units per step, zeros included. */
  readonly values: readonly number[];
  /** True where a promotion ran (same length as values). */
  readonly promo: readonly boolean[];
}

/** One observed quantity: the adapters (orders, CSV files) all produce these. */
export interface Observation {
  readonly labels: Readonly<Record<string, string>>;
  /** Day number. */
  readonly day: number;
  readonly units: number;
}

export function keyOf(labels: Readonly<Record<string, string>>, by: readonly string[]): string {
  return by.map((name) => labels[name] ?? '').join('|');
}

/** Same series cut to its first `length` steps (what was known before an origin). */
export function truncate(series: Series, length: number): Series {
  return { ...series, values: series.values.slice(0, length), promo: series.promo.slice(0, length) };
}

export function dateAt(series: Series, index: number): string {
  return isoDate(series.start + index * series.step);
}
