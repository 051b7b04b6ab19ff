import Papa from 'papaparse';
import type { RunsComparison, CompactResult } from '../../runtime/index';
import { toMajorUnitsString } from '../../runtime/index';
export { fileBaseFor } from '../app/file-io';

/** A leading =+-@ (but not a number such as -12.50) is defused with a quote, so spreadsheets do not run it as a formula. */
const FORMULA = /^(?:[=+@]|-(?!\d+(?:\.\d+)?$))/;

/** Rows as CSV (Papa Parse): a cell is quoted when it holds a comma, quote or line break; CRLF line ends. */
const csv = (rows: readonly (readonly unknown[])[]) =>
  `${Papa.unparse(
    rows.map((row) => [...row]),
    { newline: '\r\n', escapeFormulae: FORMULA },
  )}\r\n`;

/** A stored result; runs saved since gifts were exported also list them (`2× Tote bag`). */
export type ExportedResult = CompactResult & { readonly gifts?: readonly string[] };

/** Step names by node id; a step without a name (or an old id) is written as its id. */
export type StepNames = Readonly<Record<string, string>>;

/** One row per order: what happened, money in major units, gifts, the path as step names joined by " > ". */
export function resultsToCsv(results: readonly ExportedResult[], names: StepNames = {}): string {
  const named = (id: string) => (Object.hasOwn(names, id) ? names[id] : id);
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
      'gifts',
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
      (r.gifts ?? []).join(' | '),
      r.waitingAt ? named(r.waitingAt) : '',
      r.path.map(named).join(' > '),
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

/** CSV text as a spreadsheet opens it: Excel reads UTF-8 (names in 中文) only after a byte-order mark. */
export function withBom(text: string): string {
  return text.startsWith('\uFEFF') ? text : `\uFEFF${text}`;
}

/** Saves text as a file through a temporary link (no-op where the browser cannot, e.g. tests). */
export function download(fileName: string, text: string, type: string): void {
  if (typeof URL.createObjectURL !== 'function') return;
  const body = type === 'text/csv' ? withBom(text) : text;
  const url = URL.createObjectURL(new Blob([body], { type: type === 'text/csv' ? 'text/csv;charset=utf-8' : type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
