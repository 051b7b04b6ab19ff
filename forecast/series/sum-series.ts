import type { Series } from './series';

/** Series summed by the labels kept (none = the total), aligned by calendar day. */
export function sumSeries(series: readonly Series[], keep: readonly string[]): Map<string, Series> {
  const groups = new Map<string, Series[]>();
  for (const s of series) {
    const key = keep.length === 0 ? 'total' : keep.map((name) => s.labels[name] ?? '').join('|');
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const out = new Map<string, Series>();
  for (const [key, members] of groups) {
    const step = members[0]!.step;
    const start = Math.min(...members.map((s) => s.start));
    const end = Math.max(...members.map((s) => s.start + s.values.length * step));
    const values = Array.from({ length: (end - start) / step }, () => 0);
    const promo = values.map(() => false);
    for (const s of members) {
      const offset = (s.start - start) / step;
      s.values.forEach((v, t) => (values[offset + t]! += v));
      s.promo.forEach((p, t) => (promo[offset + t] ||= p));
    }
    out.set(key, {
      key,
      labels: Object.fromEntries(keep.map((n) => [n, members[0]!.labels[n] ?? ''])),
      start,
      step,
      values,
      promo,
    });
  }
  return out;
}
