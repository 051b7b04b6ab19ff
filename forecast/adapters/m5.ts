import { z } from 'zod';
import { dayNumber } from '../series/day';
import type { Observation } from '../series/series';
import { parseCsvRows, wholeNumber } from './csv';

const m5Row = z.object({
  item_id: z.string().min(1),
  cat_id: z.string().min(1),
  store_id: z.string().min(1),
  state_id: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD'),
  sales: wholeNumber,
});

/**
 * The M5 long format (one row per item, store and day with sales ≥ 1; zero days are omitted and
 * buildSeries refills them). Labels: sku = item, region = store, category.
 */
export function m5Observations(csvText: string, source = 'm5 csv'): Observation[] {
  return parseCsvRows(csvText, m5Row, source).map((r) => ({
    day: dayNumber(r.date),
    units: r.sales,
    labels: { sku: r.item_id, region: r.store_id, category: r.cat_id, state: r.state_id },
  }));
}
