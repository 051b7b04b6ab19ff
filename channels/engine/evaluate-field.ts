import { isMasked } from '../masks';
import { describeValue, numberText, scalarText } from '../json/values';
import type { ConversionEnv } from '../conversions';
import { divide, formatUnits, parseDecimal, type Decimal, type Rounding } from '../conversions/decimal';
import { LosslessNumber } from 'lossless-json';
import { toCurrency, toIntText } from '../conversions/text';
import type { Zone } from '../conversions/zone';
import type { CompiledPath } from '../path/path';
import type { CompiledField } from './compiled';
import { expectedAt, lastKeyOf, resolve, where, type Located, type Scope } from './scope';

export interface Found {
  readonly value: unknown;
  /** Where it came from; absent for constants. */
  readonly source?: Located;
  readonly defaulted: boolean;
  readonly masked: boolean;
}

export type FieldOutcome =
  | { readonly ok: true; readonly found?: Found }
  | { readonly ok: false; readonly path: string; readonly message: string };

export interface EvalEnv {
  readonly currency?: string;
  readonly zone?: Zone;
}

const NO_ENV: ConversionEnv = Object.freeze({});

/** A constant is read as the field's value without the mask check: one copy per field, made on first use. */
const constantFields = new WeakMap<CompiledField, CompiledField>();
function asConstant(field: CompiledField): CompiledField {
  let copy = constantFields.get(field);
  if (!copy) constantFields.set(field, (copy = { ...field, watchMasks: false }));
  return copy;
}

type One = { kind: 'skip' } | { kind: 'value'; value: unknown; masked: boolean } | { kind: 'problem'; message: string };

const firstOf = (path: CompiledPath, scope: Scope, beside: Located | undefined) =>
  resolve(path, scope, beside).find((hit) => hit.value !== null && hit.value !== undefined);

/** Currency, divisor and per-unit divisor for a money field, each read from the payload when it is a path. */
function conversionEnv(
  field: CompiledField,
  scope: Scope,
  env: EvalEnv,
  beside: Located | undefined,
  withDivide = true,
): ConversionEnv | string {
  if (field.kind !== 'money') return env.zone ? { zone: env.zone } : {};
  let currency = env.currency;
  if (field.currencyFrom) {
    const hit = firstOf(field.currencyFrom, scope, beside);
    const code = hit ? toCurrency(hit.value) : undefined;
    if (!code?.ok || code.value === undefined)
      return code && !code.ok ? code.problem : `no currency at ${expectedAt(field.currencyFrom, scope)}`;
    if (currency && code.value !== currency) return `the amount is in ${code.value} but the order is in ${currency}`;
    currency = code.value;
  }
  let divideBy: bigint | undefined;
  if (!withDivide) divideBy = undefined;
  else if (typeof field.divideBy === 'bigint') divideBy = field.divideBy;
  else if (field.divideBy) {
    const hit = firstOf(field.divideBy, scope, beside);
    const count = hit ? toIntText(hit.value) : undefined;
    if (!count?.ok || count.value === undefined || count.value < 1)
      return `cannot divide by ${hit ? String(scalarText(hit.value)) : 'a missing value'} at ${expectedAt(field.divideBy, scope)}`;
    divideBy = BigInt(count.value);
  }
  let divisor = field.divisor && 'units' in field.divisor ? field.divisor : undefined;
  if (field.divisor && !('units' in field.divisor)) {
    const hit = firstOf(field.divisor, scope, beside);
    const text = hit ? (numberText(hit.value) ?? (typeof hit.value === 'string' ? hit.value : undefined)) : undefined;
    divisor = text === undefined ? undefined : parseDecimal(text);
    if (!divisor || divisor.units <= 0n) return `no positive divisor at ${expectedAt(field.divisor, scope)}`;
  }
  // Written key by key, in the order the conversion's messages expect, without a spread per key.
  const out: { currency?: string; rounding?: Rounding; divisor?: Decimal; divideBy?: bigint } = {};
  if (currency) out.currency = currency;
  if (field.rounding) out.rounding = field.rounding;
  if (divisor) out.divisor = divisor;
  if (divideBy) out.divideBy = divideBy;
  return out;
}

function convertOne(
  field: CompiledField,
  raw: unknown,
  hit: Located | undefined,
  scope: Scope,
  env: EvalEnv,
  withDivide = true,
): One {
  if (raw === null || raw === undefined) return { kind: 'skip' };
  const text = scalarText(raw);
  if (text !== undefined && field.absentWhen.has(text)) return { kind: 'skip' };
  if (field.masked || (field.watchMasks && isMasked(raw, hit && lastKeyOf(hit)))) {
    // Masked text is kept exactly as sent; it can never become money, a time or a count.
    if (field.kind === 'text' || field.kind === 'scalar') return { kind: 'value', value: text ?? raw, masked: true };
    return { kind: 'problem', message: `the value is masked or encrypted and cannot be read as ${field.kind}` };
  }
  let value: unknown = raw;
  if (field.map) {
    if (text === undefined || text === null)
      return {
        kind: 'problem',
        message: `expected a value to look up in the field's table, got ${Array.isArray(raw) ? 'a list' : 'an object'}`,
      };
    const mapped = field.map.has(text) ? field.map.get(text) : field.map.get('*');
    if (mapped === undefined)
      return {
        kind: 'problem',
        message: `"${text}" is not in the field's table (${[...field.map.keys()].slice(0, 12).join(', ')})`,
      };
    if (mapped === null) return { kind: 'skip' };
    value = mapped;
  }
  if (field.arithmetic) {
    const computed = calculate(value, field.arithmetic);
    if (computed.problem !== undefined) return { kind: 'problem', message: computed.problem };
    value = computed.value;
  }
  // Most fields are not money: their environment is the zone or nothing, with no object built per value.
  const conversionEnvOrProblem =
    field.kind !== 'money'
      ? env.zone
        ? { zone: env.zone }
        : NO_ENV
      : conversionEnv(field, scope, env, hit, withDivide);
  if (typeof conversionEnvOrProblem === 'string') return { kind: 'problem', message: conversionEnvOrProblem };
  const converted = field.conversion.convert(
    value,
    env.zone && conversionEnvOrProblem.zone !== env.zone
      ? { ...conversionEnvOrProblem, zone: env.zone }
      : conversionEnvOrProblem,
  );
  if (!converted.ok) return { kind: 'problem', message: converted.problem };
  if (converted.value === undefined) return { kind: 'skip' };
  const out =
    field.prefix !== undefined && typeof converted.value === 'string'
      ? field.prefix + converted.value
      : converted.value;
  return { kind: 'value', value: out, masked: false };
}

const DECIMAL_TEXT = /^-?\d+(?:\.\d+)?$/;

/**
 * value × multiply ÷ divide, exactly (BigInt decimals), before the conversion reads it: the result keeps the
 * value's type (text stays text, a number becomes a LosslessNumber), so the conversion judges it as it
 * would the original; a non-number or a division that does not end is a problem.
 */
function calculate(
  value: unknown,
  arithmetic: NonNullable<CompiledField['arithmetic']>,
): { readonly value?: unknown; readonly problem?: string } {
  const text = numberText(value) ?? (typeof value === 'string' ? value.trim() : undefined);
  const decimal = text !== undefined && DECIMAL_TEXT.test(text) ? parseDecimal(text) : undefined;
  if (!decimal) return { problem: `expected a number to calculate with, got ${describeValue(value)}` };
  let units = decimal.units * arithmetic.multiply.units;
  let scale = decimal.scale + arithmetic.multiply.scale;
  const by = arithmetic.divide;
  if (by) {
    // The fewest extra decimals that make the division exact (a divisor such as 3 never does).
    let exact: bigint | undefined;
    let extra = 0;
    while (extra <= 24 && (exact = divide(units * 10n ** BigInt(extra + by.scale), by.units)) === undefined) extra++;
    if (exact === undefined) return { problem: `${text} ÷ ${formatUnits(by.units, by.scale)} is not an exact decimal` };
    units = exact;
    scale += extra;
  }
  // 1250.00 is written 1250, so a whole result reads as a whole number (int, money.minor).
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale--;
  }
  const result = formatUnits(units, scale);
  return { value: typeof value === 'string' ? result : new LosslessNumber(result) };
}

/** Reads a field: the first present value (or the aggregate), else its declared default, else nothing. */
export function evaluateField(field: CompiledField, scope: Scope, env: EvalEnv, label = field.label): FieldOutcome {
  if (field.constant) {
    const one = convertOne(asConstant(field), field.constant.value, undefined, scope, env);
    if (one.kind === 'problem')
      return { ok: false, path: where(scope.record), message: `${label}: the mapping's value: ${one.message}` };
    return {
      ok: true,
      ...(one.kind === 'value' ? { found: { value: one.value, defaulted: false, masked: false } } : {}),
    };
  }
  if (field.aggregate === 'first') {
    // The usual field: the first value found is the answer, with no list of values built.
    for (const path of field.sources) {
      for (const hit of resolve(path, scope)) {
        const one = convertOne(field, hit.value, hit, scope, env);
        if (one.kind === 'problem') return { ok: false, path: where(hit), message: `${label}: ${one.message}` };
        if (one.kind === 'value')
          return { ok: true, found: { value: one.value, source: hit, defaulted: false, masked: one.masked } };
      }
    }
    return fallbackOf(field, scope, env, label);
  }
  const values: { value: unknown; masked: boolean; source: Located }[] = [];
  for (const path of field.sources) {
    for (const hit of resolve(path, scope)) {
      // A sum is divided once, after adding (XHS: paid + discounts, ÷ quantity).
      const one = convertOne(field, hit.value, hit, scope, env, field.aggregate !== 'sum');
      if (one.kind === 'problem') return { ok: false, path: where(hit), message: `${label}: ${one.message}` };
      if (one.kind === 'value') values.push({ value: one.value, masked: one.masked, source: hit });
    }
  }
  const first = values[0];
  if (first) {
    const masked = values.some((v) => v.masked);
    if (field.aggregate === 'sum') return sumOf(field, values, scope, env, label);
    if (field.aggregate === 'concat')
      return {
        ok: true,
        found: {
          value: values.map((v) => String(v.value)).join(field.separator),
          source: first.source,
          defaulted: false,
          masked,
        },
      };
    const distinct = [...new Set(values.map((v) => String(v.value)))];
    return {
      ok: true,
      found: {
        value: field.aggregate === 'join' ? distinct.join(',') : distinct,
        source: first.source,
        defaulted: false,
        masked,
      },
    };
  }
  return fallbackOf(field, scope, env, label);
}

/** The field's declared default when the payload gives no value; nothing without one. */
function fallbackOf(field: CompiledField, scope: Scope, env: EvalEnv, label: string): FieldOutcome {
  if (!field.fallback) return { ok: true };
  // A literal default is the final value: no table lookup, no prefix.
  const fallback =
    'sources' in field.fallback
      ? field.fallback
      : { ...field, sources: [], constant: field.fallback, fallback: undefined, map: undefined, prefix: undefined };
  const outcome = evaluateField(fallback as CompiledField, scope, env, label);
  if (!outcome.ok || !outcome.found) return outcome;
  return { ok: true, found: { ...outcome.found, defaulted: true } };
}

function sumOf(
  field: CompiledField,
  values: readonly { value: unknown; source: Located }[],
  scope: Scope,
  env: EvalEnv,
  label: string,
): FieldOutcome {
  const first = values[0]!;
  const total = values.reduce((sum, v) => sum + (v.value as number), 0);
  if (field.divideBy === undefined)
    return { ok: true, found: { value: total, source: first.source, defaulted: false, masked: false } };
  const withDivisor = conversionEnv(field, scope, env, first.source);
  if (typeof withDivisor === 'string')
    return { ok: false, path: where(first.source), message: `${label}: ${withDivisor}` };
  const divided = divide(BigInt(total), withDivisor.divideBy!, field.rounding);
  if (divided === undefined)
    return {
      ok: false,
      path: where(first.source),
      message: `${label}: the sum ${total} does not divide evenly by ${withDivisor.divideBy}; name a rounding rule to accept it`,
    };
  return { ok: true, found: { value: Number(divided), source: first.source, defaulted: false, masked: false } };
}

/** "lines.unitPrice is missing at $.order.line_items[0].price" */
export function missingMessage(
  field: CompiledField,
  scope: Scope,
  label = field.label,
): { path: string; message: string } {
  const path = expectedAt(field.sources[0], scope);
  return {
    path,
    message: `${label} is required but the payload has no value there${
      field.sources.length > 1
        ? ` (nor at ${field.sources
            .slice(1)
            .map((s) => s.text)
            .join(', ')})`
        : ''
    }`,
  };
}
