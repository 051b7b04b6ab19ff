import type { RunsComparison } from '../../runtime/simulation/compare-runs';
import type { CompactResult } from '../../runtime/simulation/compact';
import { toMajorUnitsString } from '../../runtime/money/money';

/** A CSV cell: quoted when it holds a comma, quote or line break; a leading =+-@ (not a number) is defused so spreadsheets do not run it as a formula. */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csv = (rows: readonly (readonly unknown[])[]) => `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;

/** One row per order: what happened, money in major units, the path as node ids joined by ">". */
export function resultsToCsv(results: readonly CompactResult[]): string {
  const rows: unknown[][] = [
    [
      'index',
      'line',
      'order_id',
      'status',
      'decision',
      'currency',
      'total',
      'discount',
      'waiting_at',
      'path',
      'reasons',
    ],
  ];
  for (const r of results) {
    const currency = r.total?.currency ?? '';
    rows.push([
      r.index + 1,
      r.line ?? '',
      r.orderId ?? '',
      r.status,
      r.decision ?? '',
      currency,
      r.total ? toMajorUnitsString(r.total.amount, currency) : '',
      r.discount ? toMajorUnitsString(r.discount.amount, currency) : '',
      r.waitingAt ?? '',
      r.path.join('>'),
      (r.reasons ?? []).join(' | '),
    ]);
  }
  return csv(rows);
}

/** One row per differing field of each differing order. */
export function differencesToCsv(comparison: RunsComparison): string {
  const rows: unknown[][] = [['order_id', 'field', 'before', 'after']];
  for (const d of comparison.differences)
    for (const f of d.diffs) rows.push([d.orderId ?? '', f.field, f.before, f.after]);
  return csv(rows);
}

/** Saves text as a file through a temporary link (no-op where the browser cannot, e.g. tests). */
export function download(fileName: string, text: string, type: string): void {
  if (typeof URL.createObjectURL !== 'function') return;
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
