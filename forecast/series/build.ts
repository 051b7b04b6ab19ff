import { weekday } from './day';
import { keyOf, type Observation, type Series } from './series';

export interface BuildOptions {
  /** Label names that make one series, e.g. ['sku', 'region']. */
  readonly by: readonly string[];
  /** 1 = daily, 7 = weekly (weeks start on Monday). */
  readonly step?: 1 | 7;
  /** Last day of the data (day number); default: the last observed day. Steps after the last sale are zeros. */
  readonly until?: number;
  /** Days a promotion ran, per series key or for all ('*'). */
  readonly isPromo?: (labels: Readonly<Record<string, string>>, day: number) => boolean;
}

/**
 * Sums observations into one series per key, refilling the steps with no sale as zeros (sources such as
 * M5 omit them). A series starts at its own first sale: before it the product was not on sale, which is
 * not the same as no demand.
 */
export function buildSeries(observations: readonly Observation[], options: BuildOptions): Series[] {
  const step = options.step ?? 1;
  const align = (day: number) => (step === 7 ? day - weekday(day) : day);
  const groups = new Map<string, { labels: Record<string, string>; units: Map<number, number> }>();
  let last = -Infinity;
  for (const o of observations) {
    if (!Number.isInteger(o.units) || o.units < 0)
      throw new Error(
        `observation of ${JSON.stringify(o.labels)} on day ${o.day}: units must be a whole number ≥ 0, got ${o.units}`,
      );
    const key = keyOf(o.labels, options.by);
    let group = groups.get(key);
    if (!group) {
      group = { labels: labelsOf(o.labels, options.by), units: new Map() };
      groups.set(key, group);
    }
    const at = align(o.day);
    group.units.set(at, (group.units.get(at) ?? 0) + o.units);
    if (o.day > last) last = o.day;
  }
  const end = align(options.until ?? last);
  const out: Series[] = [];
  for (const [key, group] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const sold = [...group.units].filter(([, units]) => units > 0).map(([day]) => day);
    if (sold.length === 0) continue;
    const start = Math.min(...sold);
    if (start > end) continue;
    const length = (end - start) / step + 1;
    const values = Array.from({ length }, (_, i) => group.units.get(start + i * step) ?? 0);
    const promo = Array.from({ length }, (_, i) => isPromoStep(options.isPromo, group.labels, start + i * step, step));
    out.push({ key, labels: group.labels, start, step, values, promo });
  }
  return out;
}

function isPromoStep(
  isPromo: BuildOptions['isPromo'],
  labels: Record<string, string>,
  first: number,
  step: number,
): boolean {
  if (!isPromo) return false;
  for (let d = 0; d < step; d++) if (isPromo(labels, first + d)) return true;
  return false;
}

/** The key labels, plus the category when the data has one (new SKUs borrow their category's profile). */
function labelsOf(labels: Readonly<Record<string, string>>, by: readonly string[]): Record<string, string> {
  const out: Record<string, string> = Object.fromEntries(by.map((name) => [name, labels[name] ?? '']));
  if (!by.includes('category') && labels.category !== undefined) out.category = labels.category;
  return out;
}
