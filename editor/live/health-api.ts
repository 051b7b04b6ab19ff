/** The server's KPI answer, checked with zod; the query string from the page's filters. */
import { z } from 'zod';

const text = z.object({ en: z.string(), zh: z.string() });
const value = z.object({
  value: z.number().nullable(),
  numerator: z.number().optional(),
  denominator: z.number(),
  quantiles: z.array(z.object({ q: z.number(), value: z.number().nullable() })).optional(),
});
export const kpiSchema = value.extend({
  id: z.string(),
  name: text,
  definition: text,
  groups: z.array(z.object({ group: z.string(), result: value })).optional(),
  trend: z.array(z.object({ bucket: z.string(), value: z.number().nullable() })),
});
export type Kpi = z.infer<typeof kpiSchema>;
export const kpisSchema = z.object({ runs: z.number().int(), asOf: z.string(), kpis: z.array(kpiSchema) });

export interface HealthFilter {
  readonly flowId: string;
  readonly version: string;
  readonly channel: string;
  readonly province: string;
  readonly from: string;
  readonly to: string;
}
export const NO_HEALTH_FILTER: HealthFilter = { flowId: '', version: '', channel: '', province: '', from: '', to: '' };

export function healthQuery(filter: HealthFilter): string {
  const query = new URLSearchParams();
  for (const [key, raw] of Object.entries(filter) as [keyof HealthFilter, string][]) {
    const v = raw.trim();
    if (v && (key !== 'version' || /^\d+$/.test(v))) query.set(key, v);
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** The headline in the page's words: a rate in %, a score, or the first quantile in hours. */
export function headline(kpi: Kpi): string | null {
  if (kpi.quantiles)
    return kpi.quantiles.map((q) => (q.value === null ? '–' : `P${Math.round(q.q * 100)} ${q.value} h`)).join(' · ');
  if (kpi.value === null) return null;
  return kpi.numerator === undefined
    ? kpi.value.toFixed(1)
    : `${kpi.value.toFixed(2)}% (${kpi.numerator}/${kpi.denominator})`;
}
