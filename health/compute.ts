import builtin from './builtin-kpis.json';
import { kpiDefinitionsSchema, type KpiDefinition } from './definition';
import { measure, type KpiValue } from './evaluate';
import type { HealthRecord, HealthRecords } from './records';

/** The built-in KPIs, checked by the same schema a channel's own definitions go through. */
export const BUILTIN_KPIS: readonly KpiDefinition[] = kpiDefinitionsSchema.parse(builtin);

/** A period [from, to) of ISO dates (YYYY-MM-DD), compared with the calendar day of the KPI's window field. */
export interface Period {
  readonly from?: string;
  readonly to?: string;
}

export interface KpiResult extends KpiValue {
  readonly kpi: KpiDefinition;
  /** Present when the KPI has `groupBy`: one value per group with a non-empty denominator, by group name. */
  readonly groups?: readonly { readonly group: string; readonly result: KpiValue }[];
}

const dayOf = (record: HealthRecord, field: string) => {
  const value = record[field];
  return typeof value === 'string' ? value.slice(0, 10) : null;
};

function inPeriod(record: HealthRecord, field: string, period: Period): boolean {
  if (period.from === undefined && period.to === undefined) return true;
  const day = dayOf(record, field);
  if (day === null) return false;
  return (period.from === undefined || day >= period.from) && (period.to === undefined || day < period.to);
}

export function computeKpi(kpi: KpiDefinition, records: HealthRecords, period: Period = {}): KpiResult {
  const rows = records[kpi.grain].filter((r) => inPeriod(r, kpi.window.field, period));
  const overall = measure(kpi, rows);
  if (kpi.groupBy === undefined) return { kpi, ...overall };
  const byGroup = new Map<string, HealthRecord[]>();
  for (const row of rows) {
    const group = String(row[kpi.groupBy] ?? '(unknown)');
    const list = byGroup.get(group);
    if (list) list.push(row);
    else byGroup.set(group, [row]);
  }
  const groups = [...byGroup.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([group, groupRows]) => ({ group, result: measure(kpi, groupRows) }))
    // A group none of whose records is in the denominator (a non-remote province) has nothing to say.
    .filter(({ result }) => result.denominator > 0);
  return { kpi, ...overall, groups };
}

export function computeKpis(kpis: readonly KpiDefinition[], records: HealthRecords, period: Period = {}): KpiResult[] {
  return kpis.map((kpi) => computeKpi(kpi, records, period));
}

export type Bucket = 'day' | 'week' | 'month';

/** The bucket a calendar day falls in: the day, the Monday starting its ISO week, or the month. */
export function bucketOf(day: string, bucket: Bucket): string {
  if (bucket === 'day') return day;
  if (bucket === 'month') return day.slice(0, 7);
  const date = new Date(`${day}T00:00:00Z`);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - sinceMonday * 86_400_000).toISOString().slice(0, 10);
}

/** A KPI per bucket of its window field, oldest first; records without that field are left out. */
export function kpiTrend(
  kpi: KpiDefinition,
  records: HealthRecords,
  bucket: Bucket,
): { readonly bucket: string; readonly result: KpiValue }[] {
  const byBucket = new Map<string, HealthRecord[]>();
  for (const row of records[kpi.grain]) {
    const day = dayOf(row, kpi.window.field);
    if (day === null) continue;
    const key = bucketOf(day, bucket);
    const list = byBucket.get(key);
    if (list) list.push(row);
    else byBucket.set(key, [row]);
  }
  return [...byBucket.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, rows]) => ({ bucket: key, result: measure(kpi, rows) }));
}
