import { isKnownCurrency, formatMoney, parseMajorUnits } from '../../runtime/node/index';
import { ANY, closeInteger, isEmpty, type CellTest, type Interval } from './tests';
import type { ResolvedInput } from './columns';
import type { TableWords } from './words';

/*
 * Input cells as analysts write them: `-` (or empty) for any; `vip`; `gold, silver`; `not(gold)`;
 * `>= 500`, `≥ ¥500`, `!= 3`; ranges `[300..800)`, `(0..1]`; money `¥500`, `500 CNY`; percents `8%`
 * (0.08, for rates); dates `2026-11-11` (the whole day), `>= 2026-11-11 20:00`; `true`/`是`.
 * Parsed at validation and compile time into a CellTest; nothing is evaluated as code.
 */

export type ParsedCell =
  { readonly ok: true; readonly test: CellTest } | { readonly ok: false; readonly message: string };

const DAY = 86_400_000;
const SYMBOL_CURRENCY: Readonly<Record<string, string>> = {
  '¥': 'CNY',
  '￥': 'CNY',
  元: 'CNY',
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
};

/** Splits on commas (, or ，) outside brackets, parentheses and quotes. */
export function splitList(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let current = '';
  for (const ch of text) {
    if (quote) {
      if (ch === quote || (quote === '“' && ch === '”')) quote = '';
    } else if (ch === '"' || ch === "'" || ch === '“') quote = ch;
    else if (ch === '[' || ch === '(') depth++;
    else if (ch === ']' || ch === ')') depth = Math.max(0, depth - 1);
    else if ((ch === ',' || ch === '，') && depth === 0) {
      parts.push(current.trim());
      current = '';
      continue;
    }
    current += ch;
  }
  parts.push(current.trim());
  return parts;
}

function unquote(text: string): string {
  const m = /^(?:"(.*)"|'(.*)'|“(.*)”)$/s.exec(text);
  return m ? (m[1] ?? m[2] ?? m[3])! : text;
}

/** A money amount in minor units of `currency`; null when unreadable, a string when in another currency. */
export function parseMoney(text: string, currency: string): number | null | { other: string } {
  const m = /^([¥￥$€£]|[A-Z]{3})?\s*(-?\d+(?:\.\d+)?)\s*([A-Z]{3}|元)?$/.exec(text.trim());
  if (!m) return null;
  const [, before, digits, after] = m;
  if (before && after) return null;
  const mark = before ?? after;
  let written = currency;
  if (mark) {
    written = SYMBOL_CURRENCY[mark] ?? mark;
    // ¥ is also the yen's sign: a JPY column reads it as yen.
    if ((mark === '¥' || mark === '￥') && currency === 'JPY') written = 'JPY';
    if (!isKnownCurrency(written)) return null;
  }
  if (written !== currency) return { other: written };
  const minor = parseMajorUnits(digits!, currency);
  return minor === undefined ? null : minor;
}

function parseNumber(text: string): number | null {
  const m = /^(-?\d+(?:\.\d+)?)(%)?$/.exec(text.trim());
  if (!m) return null;
  const value = Number(m[1]);
  return m[2] ? value / 100 : value;
}

/** A date (whole day) or a time, as [start, end) in epoch ms. */
function parseDate(text: string, timeZone: string): { start: number; end: number } | null {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?))?\s*(Z|[+-]\d{2}:\d{2})?$/.exec(text.trim());
  if (!m) return null;
  const [, date, time, offset] = m;
  const ms = Date.parse(
    `${date}T${time ? (time.length === 5 ? `${time}:00` : time) : '00:00:00'}${offset ?? timeZone}`,
  );
  if (Number.isNaN(ms)) return null;
  // A date alone means the whole day; a time, that instant.
  return time ? { start: ms, end: ms + 1 } : { start: ms, end: ms + DAY };
}

type Bound = { readonly start: number; readonly end: number } | { readonly error: string };

/** One value of a numeric column, as [start, end): a point for numbers and money, a day for a date. */
function bound(text: string, column: ResolvedInput, say: TableWords, cell: string, expected: string): Bound {
  if (column.type === 'money') {
    const currency = column.column.currency!;
    const minor = parseMoney(text, currency);
    if (minor === null) return { error: say.badCell(text, cell, expected) };
    if (typeof minor === 'object') return { error: say.currencyMismatch(text, minor.other, currency) };
    return { start: minor, end: minor + 1 };
  }
  if (column.type === 'datetime') {
    const day = parseDate(text, column.column.timeZone);
    return day ?? { error: say.badCell(text, cell, expected) };
  }
  const value = parseNumber(text);
  return value === null ? { error: say.badCell(text, cell, expected) } : { start: value, end: value };
}

const COMPARISON = /^(>=|<=|!=|≥|≤|≠|>|<|=)\s*(.+)$/s;
const RANGE = /^([[(\]])\s*(.+?)\s*\.\.\s*(.+?)\s*([\])[])$/s;

function numericPart(
  part: string,
  column: ResolvedInput,
  say: TableWords,
  cell: string,
  expected: string,
): Interval[] | string {
  // Numbers are points (end = start); money and dates end one unit after their start ([start, end)).
  const pointLike = column.type === 'number';
  const range = RANGE.exec(part);
  if (range) {
    const [, open, loText, hiText, close] = range;
    const lo = bound(loText!, column, say, cell, expected);
    const hi = bound(hiText!, column, say, cell, expected);
    if ('error' in lo) return lo.error;
    if ('error' in hi) return hi.error;
    const loIn = open === '[';
    const hiIn = close === ']';
    const interval: Interval = pointLike
      ? { lo: lo.start, loIn, hi: hi.start, hiIn }
      : { lo: loIn ? lo.start : lo.end, loIn: true, hi: hiIn ? hi.end : hi.start, hiIn: false };
    return isEmpty(column.integer ? closeInteger(interval) : interval) ? say.emptyRange(part) : [interval];
  }
  const comparison = COMPARISON.exec(part);
  const op = comparison ? comparison[1]! : '=';
  const value = bound(comparison ? comparison[2]!.trim() : part, column, say, cell, expected);
  if ('error' in value) return value.error;
  const { start, end } = value;
  const endIn = pointLike; // numbers: [v, v]; money/dates: [start, end)
  switch (op) {
    case '>=':
    case '≥':
      return [{ lo: start, loIn: true, hi: Infinity, hiIn: false }];
    case '>':
      return [{ lo: pointLike ? start : end, loIn: !pointLike, hi: Infinity, hiIn: false }];
    case '<=':
    case '≤':
      return [{ lo: -Infinity, loIn: false, hi: pointLike ? start : end, hiIn: pointLike }];
    case '<':
      return [{ lo: -Infinity, loIn: false, hi: start, hiIn: false }];
    case '!=':
    case '≠':
      return [
        { lo: -Infinity, loIn: false, hi: start, hiIn: false },
        { lo: pointLike ? start : end, loIn: !pointLike, hi: Infinity, hiIn: false },
      ];
    default:
      return [{ lo: start, loIn: true, hi: end, hiIn: endIn }];
  }
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', '是']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '否']);

/** Parses one input cell for its column; the message names the part that could not be read. */
export function parseInputCell(raw: string, column: ResolvedInput, say: TableWords): ParsedCell {
  const cell = raw.trim();
  if (cell === '' || cell === '-') return { ok: true, test: ANY };
  const expected =
    column.type === 'money' ? say.expectedFor.money(column.column.currency!) : say.expectedFor[column.type];
  const fail = (message: string): ParsedCell => ({ ok: false, message });

  if (column.type === 'string' || column.type === 'boolean') {
    const not = /^not\s*\((.*)\)$/is.exec(cell);
    const parts = splitList(not ? not[1]! : cell);
    const values: string[] = [];
    for (const part of parts) {
      if (part === '' || part === '-') return fail(say.badCell(part, cell, expected));
      if (column.type === 'string') values.push(unquote(part));
      else if (TRUE_WORDS.has(part.toLowerCase())) values.push('true');
      else if (FALSE_WORDS.has(part.toLowerCase())) values.push('false');
      else return fail(say.badCell(part, cell, expected));
    }
    const unique = [...new Set(values)];
    if (column.type === 'boolean') {
      // Booleans have two values: "not" and lists normalise to the plain set they accept.
      const accepted = ['true', 'false'].filter((v) => unique.includes(v) !== Boolean(not));
      if (accepted.length === 2) return { ok: true, test: ANY };
      if (accepted.length === 0) return fail(say.badCell(cell, cell, expected));
      return { ok: true, test: { kind: 'set', values: accepted, negated: false } };
    }
    return { ok: true, test: { kind: 'set', values: unique, negated: Boolean(not) } };
  }

  const ranges: Interval[] = [];
  for (const part of splitList(cell)) {
    if (part === '') return fail(say.badCell(part, cell, expected));
    const parsed = numericPart(part, column, say, cell, expected);
    if (typeof parsed === 'string') return fail(parsed);
    ranges.push(...(column.integer ? parsed.map(closeInteger) : parsed));
  }
  return { ok: true, test: { kind: 'ranges', ranges } };
}

/** A value for people: money formatted, dates as ISO text in the column's offset. */
export function showValue(value: unknown, column: ResolvedInput): string {
  if (value === null || value === undefined) return '∅';
  if (column.type === 'money' && typeof value === 'number' && Number.isInteger(value))
    return formatMoney(value, column.column.currency!);
  if (column.type === 'datetime' && typeof value === 'number') return isoAt(value, column.column.timeZone);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Epoch ms as an ISO 8601 timestamp in the given offset (+08:00). */
export function isoAt(ms: number, offset: string): string {
  const sign = offset.startsWith('-') ? -1 : 1;
  const minutes = sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  const local = new Date(ms + minutes * 60_000)
    .toISOString()
    .replace(/\.000Z$/, '')
    .replace(/Z$/, '');
  return `${local}${offset}`;
}
