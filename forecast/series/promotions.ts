import { z } from 'zod';
import { dayNumber } from './day';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');

/** A promotion calendar file: `{ "promotions": [{ "name": "Double 11", "from": "2026-11-01", "to": "2026-11-11" }] }`. */
export const promotionCalendarSchema = z.strictObject({
  promotions: z.array(
    z.strictObject({
      name: z.string().min(1).max(128),
      from: isoDay,
      to: isoDay,
      /** Where it runs (the series' region label); empty = everywhere. */
      regions: z.array(z.string()).default([]),
      /** Which SKUs; empty = all. */
      skus: z.array(z.string()).default([]),
    }),
  ),
});

export type PromotionCalendar = z.output<typeof promotionCalendarSchema>;

/** A predicate for buildSeries: is this (series, day) in a promotion? */
export function promotionDays(
  calendar: PromotionCalendar,
): (labels: Readonly<Record<string, string>>, day: number) => boolean {
  const windows = calendar.promotions.map((p, i) => {
    const from = dayNumber(p.from);
    const to = dayNumber(p.to);
    if (to < from) throw new Error(`promotions[${i}] "${p.name}": "to" ${p.to} is before "from" ${p.from}`);
    return { from, to, regions: new Set(p.regions), skus: new Set(p.skus) };
  });
  return (labels, day) =>
    windows.some(
      (w) =>
        day >= w.from &&
        day <= w.to &&
        (w.regions.size === 0 || w.regions.has(labels.region ?? '')) &&
        (w.skus.size === 0 || w.skus.has(labels.sku ?? '')),
    );
}
