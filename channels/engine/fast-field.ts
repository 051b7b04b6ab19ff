import { isMasked } from '../masks';
import { scalarText } from '../json/values';
import type { ConversionEnv } from '../conversions';
import { toCurrency, toIntText } from '../conversions/text';
import type { CompiledPath } from '../path/path';
import type { Zone } from '../conversions/zone';
import type { CompiledField } from './compiled';
import type { EvalEnv } from './evaluate-field';
import { ownValue, type Scope } from './scope';

/** "Ask the evaluator": a problem, a mask, a default or a shape the fast reader does not take. */
export const SLOW: unique symbol = Symbol('slow field read');

/**
 * A field's happy path, compiled once per mapping field: the value itself, undefined when the payload gives
 * none and the field has no default, or SLOW. It returns no outcome object, and never a problem: whatever is
 * not plainly fine is read again by `evaluateField`, so every message and path stays the reference's.
 */
export type FastRead = (scope: Scope, env: EvalEnv) => unknown;

const alwaysSlow: FastRead = () => SLOW;
const NO_ENV: ConversionEnv = Object.freeze({});

/** Walks key by key; undefined as soon as a key is not there. */
function walk(value: unknown, keys: readonly string[]): unknown {
  for (const key of keys) {
    value = ownValue(value, key);
    if (value === undefined) return undefined;
  }
  return value;
}

/**
 * A money field's `currencyFrom` or `divideBy` path made of keys only, read in the record, the order or beside
 * the value (`~.`, in the object holding it); null when the path is of another kind.
 */
type SideRead = (scope: Scope, holder: unknown) => unknown;
function sideRead(path: CompiledPath): SideRead | null {
  if (path.segments.length === 0 || !path.segments.every((s) => s.kind === 'key')) return null;
  const keys = path.segments.map((s) => (s as { key: string }).key);
  if (path.scope === 'sibling') return (_scope, holder) => walk(holder, keys);
  if (path.scope === 'record') return (scope) => walk(scope.record.value, keys);
  if (path.scope === 'order') return (scope) => walk(scope.order.value, keys);
  return null;
}

/** The keys of a record/order path made of keys only, at least one; null for anything else. */
function keysOf(field: CompiledField): { keys: readonly string[]; order: boolean }[] | null {
  const out: { keys: readonly string[]; order: boolean }[] = [];
  for (const path of field.sources) {
    if (path.scope !== 'record' && path.scope !== 'order') return null;
    if (path.segments.length === 0 || !path.segments.every((s) => s.kind === 'key')) return null;
    out.push({ keys: path.segments.map((s) => (s as { key: string }).key), order: path.scope === 'order' });
  }
  return out;
}

/**
 * The conversion's environment, built once per (currency, per-unit divisor, zone) the field meets instead of
 * once per read; SLOW when a currency or count read from the payload is not plainly fine. Keys are written in
 * the order the evaluator writes them (conversionEnv, then the zone).
 */
type EnvFor = (env: EvalEnv, scope: Scope, holder: unknown) => ConversionEnv | typeof SLOW;
function envMaker(field: CompiledField, currencyFrom: SideRead | null, countFrom: SideRead | null): EnvFor {
  if (field.kind !== 'money') {
    const byZone = new WeakMap<Zone, ConversionEnv>();
    return (env) => {
      if (!env.zone) return NO_ENV;
      let made = byZone.get(env.zone);
      if (!made) byZone.set(env.zone, (made = Object.freeze({ zone: env.zone })));
      return made;
    };
  }
  const divisor = field.divisor && 'units' in field.divisor ? field.divisor : undefined;
  const fixedDivideBy = typeof field.divideBy === 'bigint' ? field.divideBy : undefined;
  let lastCurrency: string | undefined;
  let lastDivideBy: bigint | undefined;
  let lastZone: Zone | undefined;
  let last: ConversionEnv | undefined;
  return (env, scope, holder) => {
    let currency = env.currency;
    if (currencyFrom) {
      const raw = currencyFrom(scope, holder);
      const code = raw === null || raw === undefined ? undefined : toCurrency(raw);
      if (!code?.ok || code.value === undefined || (currency && code.value !== currency)) return SLOW;
      currency = code.value;
    }
    let divideBy = fixedDivideBy;
    if (countFrom) {
      const raw = countFrom(scope, holder);
      const count = raw === null || raw === undefined ? undefined : toIntText(raw);
      if (!count?.ok || count.value === undefined || count.value < 1) return SLOW;
      divideBy = BigInt(count.value);
    }
    if (last && currency === lastCurrency && divideBy === lastDivideBy && env.zone === lastZone) return last;
    const out: { currency?: string; rounding?: ConversionEnv['rounding']; divisor?: ConversionEnv['divisor'] } & {
      divideBy?: bigint;
      zone?: Zone;
    } = {};
    if (currency) out.currency = currency;
    if (field.rounding) out.rounding = field.rounding;
    if (divisor) out.divisor = divisor;
    if (divideBy) out.divideBy = divideBy;
    if (env.zone) out.zone = env.zone;
    lastCurrency = currency;
    lastDivideBy = divideBy;
    lastZone = env.zone;
    return (last = Object.freeze(out));
  };
}

/** One raw value through absentWhen, the mask check, the table, the conversion and the prefix; SKIP when absent. */
const SKIP: unique symbol = Symbol('skip');
function converter(field: CompiledField, watchMasks: boolean, envFor: EnvFor) {
  const { absentWhen, map, conversion, prefix } = field;
  const checkAbsent = absentWhen.size > 0;
  return (raw: unknown, lastKey: string | undefined, env: EvalEnv, scope: Scope, holder: unknown): unknown => {
    if (raw === null || raw === undefined) return SKIP;
    const text = checkAbsent || map ? scalarText(raw) : undefined;
    if (checkAbsent && text !== undefined && absentWhen.has(text)) return SKIP;
    if (watchMasks && isMasked(raw, lastKey)) return SLOW;
    let value = raw;
    if (map) {
      if (text === undefined || text === null) return SLOW;
      const mapped = map.has(text) ? map.get(text) : map.get('*');
      if (mapped === undefined) return SLOW;
      if (mapped === null) return SKIP;
      value = mapped;
    }
    const conversionEnv = envFor(env, scope, holder);
    if (conversionEnv === SLOW) return SLOW;
    const converted = conversion.convert(value, conversionEnv);
    if (!converted.ok) return SLOW;
    if (converted.value === undefined) return SKIP;
    return prefix !== undefined && typeof converted.value === 'string' ? prefix + converted.value : converted.value;
  };
}

/**
 * Compiles a field's fast read. Taken: a constant, or the first value of key-only paths, with `currencyFrom` and
 * `divideBy` fixed or read by key-only paths (`~.` too). Left to the evaluator always: `masked`, arithmetic,
 * aggregates other than first, a divisor read from the payload, `*`, filters and related paths.
 */
export function compileFastRead(field: CompiledField): FastRead {
  if (field.masked || field.arithmetic || field.aggregate !== 'first') return alwaysSlow;
  if (field.divisor && !('units' in field.divisor)) return alwaysSlow;
  const currencyFrom = field.currencyFrom ? sideRead(field.currencyFrom) : null;
  const countFrom =
    field.divideBy !== undefined && typeof field.divideBy !== 'bigint' ? sideRead(field.divideBy) : null;
  if (field.currencyFrom && !currencyFrom) return alwaysSlow;
  if (field.divideBy !== undefined && typeof field.divideBy !== 'bigint' && !countFrom) return alwaysSlow;
  const envFor = envMaker(field, currencyFrom, countFrom);
  if (field.constant) {
    // A constant is the mapping's own word: no mask check (as in evaluateField), and nothing beside it.
    if (currencyFrom || countFrom) return alwaysSlow;
    const convert = converter(field, false, envFor);
    const raw = field.constant.value;
    return (scope, env) => {
      const value = convert(raw, undefined, env, scope, undefined);
      return value === SKIP ? undefined : value;
    };
  }
  const paths = keysOf(field);
  if (!paths) return alwaysSlow;
  const convert = converter(field, field.watchMasks, envFor);
  const hasFallback = field.fallback !== undefined;
  return (scope, env) => {
    for (const { keys, order } of paths) {
      // The object holding the value, for `~.` reads beside it.
      let holder: unknown;
      let value = (order ? scope.order : scope.record).value;
      for (const key of keys) {
        holder = value;
        value = ownValue(value, key);
        if (value === undefined) break;
      }
      const out = convert(value, keys[keys.length - 1], env, scope, holder);
      if (out !== SKIP) return out;
    }
    return hasFallback ? SLOW : undefined;
  };
}
