import { isKnownCurrency, formatMoney } from '../../runtime/node/index';
import { parseMoney } from './cell';
import type { OutputColumn } from './table.schema';
import type { TableWords } from './words';

/** What one output cell sets once parsed. */
export type OutputValue =
  | { readonly kind: 'percent'; readonly percent: number }
  | { readonly kind: 'amount'; readonly amount: number; readonly currency: string }
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean };

export type ParsedOutput =
  { readonly ok: true; readonly value: OutputValue | null } | { readonly ok: false; readonly message: string };

const MARKS: Readonly<Record<string, string>> = {
  '¥': 'CNY',
  '￥': 'CNY',
  元: 'CNY',
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
};

function discountCell(cell: string, column: OutputColumn, say: TableWords): ParsedOutput {
  const percent = /^(\d{1,3}(?:\.\d{1,4})?)\s*%$/.exec(cell);
  if (percent) {
    const value = Number(percent[1]);
    return value <= 100
      ? { ok: true, value: { kind: 'percent', percent: value } }
      : { ok: false, message: say.badDiscount(cell) };
  }
  const mark = /([¥￥$€£元]|[A-Z]{3})/.exec(cell)?.[1];
  const written = mark ? (MARKS[mark] ?? mark) : column.currency;
  const currency = column.currency ?? written;
  if (!currency || !isKnownCurrency(currency)) return { ok: false, message: say.badDiscount(cell) };
  const minor = parseMoney(cell, currency);
  if (minor === null) return { ok: false, message: say.badDiscount(cell) };
  if (typeof minor === 'object') return { ok: false, message: say.currencyMismatch(cell, minor.other, currency) };
  if (minor < 0) return { ok: false, message: say.badDiscount(cell) };
  return { ok: true, value: { kind: 'amount', amount: minor, currency } };
}

/** Parses an output cell for its column; empty or "-" sets nothing. */
export function parseOutputCell(raw: string, column: OutputColumn, say: TableWords): ParsedOutput {
  const cell = raw.trim();
  if (cell === '' || cell === '-') return { ok: true, value: null };
  if (column.kind === 'discount') return discountCell(cell, column, say);
  if (column.kind === 'attribute' && column.type === 'number') {
    const value = /^-?\d+(?:\.\d+)?$/.test(cell) ? Number(cell) : NaN;
    return Number.isFinite(value)
      ? { ok: true, value: { kind: 'number', value } }
      : { ok: false, message: say.badAttribute(cell, column.type) };
  }
  if (column.kind === 'attribute' && column.type === 'boolean') {
    const lower = cell.toLowerCase();
    if (['true', 'yes', '是'].includes(lower)) return { ok: true, value: { kind: 'boolean', value: true } };
    if (['false', 'no', '否'].includes(lower)) return { ok: true, value: { kind: 'boolean', value: false } };
    return { ok: false, message: say.badAttribute(cell, column.type) };
  }
  if (column.kind === 'tag' && cell.length > 64) return { ok: false, message: say.badAttribute(cell, 'tag (≤ 64)') };
  return { ok: true, value: { kind: 'text', value: cell } };
}

/** How an output reads in notes: "5%", "¥30.00", "gold-lane". */
export function showOutput(value: OutputValue): string {
  switch (value.kind) {
    case 'percent':
      return `${value.percent}%`;
    case 'amount':
      return formatMoney(value.amount, value.currency);
    default:
      return String(value.value);
  }
}

/** The number a priority or aggregate ranks by; null for texts. */
export function numericOf(value: OutputValue): number | null {
  switch (value.kind) {
    case 'percent':
      return value.percent;
    case 'amount':
      return value.amount;
    case 'number':
      return value.value;
    default:
      return null;
  }
}
