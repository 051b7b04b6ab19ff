import { computeKpis, kpiTrend, type Bucket } from './compute';
import type { KpiDefinition } from './definition';
import { formatValue } from './format';
import type { HealthRecords } from './records';

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A small inline SVG bar chart of a trend (no script, no external asset, prints as it shows). */
function bars(points: readonly { bucket: string; value: number | null }[]): string {
  const values = points.map((p) => p.value ?? 0);
  const max = Math.max(1, ...values);
  const width = Math.max(120, points.length * 14);
  const rects = points
    .map((p, i) => {
      const h = Math.round((40 * (p.value ?? 0)) / max);
      return `<rect x="${i * 14}" y="${44 - h}" width="10" height="${h}" fill="#3b6fb6"><title>${escape(p.bucket)}: ${p.value === null ? '–' : p.value.toFixed(2)}</title></rect>`;
    })
    .join('');
  return `<svg role="img" width="${width}" height="46" viewBox="0 0 ${width} 46">${rects}</svg>`;
}

function trendSection(kpi: KpiDefinition, records: HealthRecords, bucket: Bucket): string {
  const trend = kpiTrend(kpi, records, bucket).filter((t) => t.result.denominator > 0);
  if (trend.length === 0) return '';
  const rows = trend
    .map((t) => `<tr><td>${escape(t.bucket)}</td><td>${escape(formatValue(kpi, t.result))}</td></tr>`)
    .join('');
  const title = bucket === 'month' ? 'By month / 按月' : 'By week (from Monday) / 按周（周一起）';
  return `<h3>${title}</h3>${bars(trend.map((t) => ({ bucket: t.bucket, value: t.result.value })))}<table><tbody>${rows}</tbody></table>`;
}

export interface AuditReportOptions {
  readonly title: string;
  /** When the report was made, from the injected clock. */
  readonly generatedAt: string;
  /** Where the figures come from, e.g. "events.jsonl" or "simulation of f.json over orders.jsonl". */
  readonly source: string;
}

/** The quarterly audit report: every KPI with its figure, groups, monthly and weekly trend and definition (en/zh). */
export function auditReportHtml(
  kpis: readonly KpiDefinition[],
  records: HealthRecords,
  options: AuditReportOptions,
): string {
  const sections = computeKpis(kpis, records)
    .map((r) => {
      const groups = (r.groups ?? [])
        .map((g) => `<tr><td>${escape(g.group)}</td><td>${escape(formatValue(r.kpi, g.result))}</td></tr>`)
        .join('');
      return `<section><h2>${escape(r.kpi.name.en)} / ${escape(r.kpi.name.zh)}</h2>
<p class="figure">${escape(formatValue(r.kpi, r))}</p>
<p>${escape(r.kpi.definition.en)}</p><p lang="zh">${escape(r.kpi.definition.zh)}</p>
${groups ? `<table><tbody>${groups}</tbody></table>` : ''}
${trendSection(r.kpi, records, 'month')}${trendSection(r.kpi, records, 'week')}</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(options.title)}</title>
<style>
body{font:14px/1.5 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:2em;color:#222}
section{break-inside:avoid;border-top:1px solid #ccc;padding-top:.5em}
.figure{font-size:1.4em;font-weight:600}
table{border-collapse:collapse}td{border:1px solid #ddd;padding:2px 8px}
@media print{body{margin:1cm}}
</style></head><body>
<h1>${escape(options.title)}</h1>
<p>Source / 数据来源: ${escape(options.source)} · Generated / 生成于 ${escape(options.generatedAt)}</p>
${sections}
</body></html>
`;
}
