import type { KpiResult } from './compute';
import type { KpiDefinition } from './definition';
import type { KpiValue } from './evaluate';

/** The headline of a KPI value in words: "78.00% (39/50)", "median 4 h, p90 32 h (n=6)", "90.0 (n=48)". */
export function formatValue(kpi: KpiDefinition, value: KpiValue): string {
  if (value.value === null && kpi.measure.kind !== 'quantiles') return `– (n=${value.denominator})`;
  const m = kpi.measure;
  if (m.kind === 'rate') return `${value.value!.toFixed(2)}% (${value.numerator}/${value.denominator})`;
  if (m.kind === 'mean') return `${value.value!.toFixed(1)} (n=${value.denominator})`;
  const parts = (value.quantiles ?? []).map(({ q, value: v }) => {
    const label = q === 0.5 ? 'median' : `p${Math.round(q * 100)}`;
    return `${label} ${v === null ? '–' : `${Number(v.toFixed(2))} ${m.unit}`}`;
  });
  return `${parts.join(', ')} (n=${value.denominator})`;
}

/** Plain text for the terminal: each KPI, its figure, groups, and its definition in both languages. */
export function formatText(results: readonly KpiResult[]): string {
  return results
    .map((r) => {
      const lines = [`${r.kpi.name.en} / ${r.kpi.name.zh}: ${formatValue(r.kpi, r)}`];
      for (const g of r.groups ?? []) lines.push(`  ${g.group}: ${formatValue(r.kpi, g.result)}`);
      lines.push(`  ${r.kpi.definition.en}`, `  ${r.kpi.definition.zh}`);
      return lines.join('\n');
    })
    .join('\n\n')
    .concat('\n');
}

/** JSON without repeating each definition's internals: id, names, definitions, figures. */
export function toJson(results: readonly KpiResult[]) {
  return results.map(({ kpi, ...value }) => ({
    id: kpi.id,
    name: kpi.name,
    definition: kpi.definition,
    grain: kpi.grain,
    ...value,
  }));
}
