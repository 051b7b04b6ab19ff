import type { Condition, KpiDefinition } from './definition';
import type { HealthRecord } from './records';

type Value = string | number | boolean | null | undefined;

const ISO = /^\d{4}-\d{2}-\d{2}T/;
/** Instants compare as instants (offsets differ), everything else as itself. */
const comparable = (v: string | number | boolean) => (typeof v === 'string' && ISO.test(v) ? Date.parse(v) : v);
const calendarDay = (v: Value) => (typeof v === 'string' ? v.slice(0, 10) : null);

export function holds(condition: Condition, record: HealthRecord): boolean {
  const left: Value = record[condition.field];
  if ('is' in condition) {
    if (condition.is === 'present') return left !== null && left !== undefined;
    if (condition.is === 'absent') return left === null || left === undefined;
    return left === (condition.is === 'true');
  }
  const right: Value = condition.than !== undefined ? record[condition.than] : condition.value;
  if (left === null || left === undefined || right === null || right === undefined) return false;
  if (condition.op === 'day<=' || condition.op === 'day>') {
    const [a, b] = [calendarDay(left), calendarDay(right)];
    if (a === null || b === null) return false;
    return condition.op === 'day<=' ? a <= b : a > b;
  }
  const [a, b] = [comparable(left), comparable(right)];
  switch (condition.op) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    case '=':
      return a === b;
    case '!=':
      return a !== b;
  }
}

const all = (conditions: readonly Condition[], record: HealthRecord) => conditions.every((c) => holds(c, record));

/** Quantile by the nearest-rank method: the smallest value with at least q of the values at or below it. */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1]!;
}

export interface KpiValue {
  /** The headline figure: a percentage for rates, the first quantile, or the mean; null when nothing to measure. */
  readonly value: number | null;
  readonly numerator?: number;
  readonly denominator: number;
  readonly quantiles?: readonly { readonly q: number; readonly value: number | null }[];
}

/** One KPI over records already limited to its grain and period. */
export function measure(kpi: KpiDefinition, records: readonly HealthRecord[]): KpiValue {
  const m = kpi.measure;
  if (m.kind === 'rate') {
    const denominator = records.filter((r) => all(m.denominator, r));
    const numerator = denominator.filter((r) => all(m.numerator, r)).length;
    const value = denominator.length === 0 ? null : (100 * numerator) / denominator.length;
    return { value, numerator, denominator: denominator.length };
  }
  const values = records
    .filter((r) => all(m.filter, r))
    .map((r) => r[m.field])
    .filter((v): v is number => typeof v === 'number');
  if (m.kind === 'mean') {
    const value = values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
    return { value, denominator: values.length };
  }
  const sorted = [...values].sort((a, b) => a - b);
  const quantiles = m.quantiles.map((q) => ({ q, value: quantile(sorted, q) }));
  return { value: quantiles[0]!.value, denominator: sorted.length, quantiles };
}
