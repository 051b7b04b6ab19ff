import { isMasked } from '../masks';
import { scalarText } from '../json/values';
import type { ConversionEnv } from '../conversions';
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
 * The conversion's environment, built once per (currency, zone) the field meets instead of once per read.
 * Keys are written in the order the evaluator writes them (conversionEnv, then the zone).
 */
function envMaker(field: CompiledField): (env: EvalEnv) => ConversionEnv {
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
  const divideBy = typeof field.divideBy === 'bigint' ? field.divideBy : undefined;
  let lastCurrency: string | undefined;
  let lastZone: Zone | undefined;
  let last: ConversionEnv | undefined;
  return (env) => {
    if (last && env.currency === lastCurrency && env.zone === lastZone) return last;
    const out: { currency?: string; rounding?: ConversionEnv['rounding']; divisor?: ConversionEnv['divisor'] } & {
      divideBy?: bigint;
      zone?: Zone;
    } = {};
    if (env.currency) out.currency = env.currency;
    if (field.rounding) out.rounding = field.rounding;
    if (divisor) out.divisor = divisor;
    if (divideBy) out.divideBy = divideBy;
    if (env.zone) out.zone = env.zone;
    lastCurrency = env.currency;
    lastZone = env.zone;
    return (last = Object.freeze(out));
  };
}

/** One raw value through absentWhen, the mask check, the table, the conversion and the prefix; SKIP when absent. */
const SKIP: unique symbol = Symbol('skip');
function converter(field: CompiledField, watchMasks: boolean) {
  const envFor = envMaker(field);
  const { absentWhen, map, conversion, prefix } = field;
  const checkAbsent = absentWhen.size > 0;
  return (raw: unknown, lastKey: string | undefined, env: EvalEnv): unknown => {
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
    const converted = conversion.convert(value, envFor(env));
    if (!converted.ok) return SLOW;
    if (converted.value === undefined) return SKIP;
    return prefix !== undefined && typeof converted.value === 'string' ? prefix + converted.value : converted.value;
  };
}

/**
 * Compiles a field's fast read. Taken: a constant, or the first value of key-only paths, with a fixed
 * conversion environment. Left to the evaluator always: `masked`, arithmetic, aggregates other than first,
 * currencyFrom and divisor/divideBy read from the payload, `*`, filters, related and `~.` paths.
 */
export function compileFastRead(field: CompiledField): FastRead {
  if (field.masked || field.arithmetic || field.aggregate !== 'first' || field.currencyFrom) return alwaysSlow;
  if (field.divisor && !('units' in field.divisor)) return alwaysSlow;
  if (field.divideBy !== undefined && typeof field.divideBy !== 'bigint') return alwaysSlow;
  if (field.constant) {
    // A constant is the mapping's own word: no mask check (as in evaluateField).
    const convert = converter(field, false);
    const raw = field.constant.value;
    return (_scope, env) => {
      const value = convert(raw, undefined, env);
      return value === SKIP ? undefined : value;
    };
  }
  const paths = keysOf(field);
  if (!paths) return alwaysSlow;
  const convert = converter(field, field.watchMasks);
  const hasFallback = field.fallback !== undefined;
  return (scope, env) => {
    for (const { keys, order } of paths) {
      let value = (order ? scope.order : scope.record).value;
      for (const key of keys) {
        value = ownValue(value, key);
        if (value === undefined) break;
      }
      const out = convert(value, keys[keys.length - 1], env);
      if (out !== SKIP) return out;
    }
    return hasFallback ? SLOW : undefined;
  };
}
