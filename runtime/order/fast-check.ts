import type { z } from 'zod';

/**
 * A fast path for checking values against a zod 4 schema, built once from the schema itself (one source
 * of truth): at load, the schema's definition is walked into plain closures — type tests, then the
 * schema's own check objects (lengths, regexes, int, ranges, refinements, overwrites) run as zod runs
 * them. A value that passes every closure comes back in the shape zod's parse gives (defaults filled,
 * keys in schema order, new objects and arrays). Anything else — an issue, a construct this walker
 * does not know, an odd input such as an explicit `undefined` or a `__proto__` key — returns FAILED,
 * and the caller lets zod parse it, so refusals keep zod's exact messages and paths.
 * No code is generated (no `new Function`/eval): only closures over the definition.
 */
export const FAILED: unique symbol = Symbol('fast check failed');
export type Checker = (value: unknown) => unknown;

// The slice of zod 4's internal definition this walker reads.
interface Check {
  readonly _zod: { readonly check: (payload: Payload) => unknown };
}
interface CheckDef {
  readonly check: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly value?: unknown;
  readonly inclusive?: boolean;
  readonly format?: string;
  readonly pattern?: RegExp;
}
interface Payload {
  value: unknown;
  issues: unknown[];
}
interface Def {
  readonly type: string;
  readonly checks?: readonly Check[];
  readonly shape?: Readonly<Record<string, Schema>>;
  readonly catchall?: Schema;
  readonly innerType?: Schema;
  readonly element?: Schema;
  readonly options?: readonly Schema[];
  readonly keyType?: Schema;
  readonly valueType?: Schema;
  readonly entries?: Readonly<Record<string, unknown>>;
  readonly pattern?: RegExp;
  readonly format?: string;
  readonly defaultValue?: unknown;
}
interface Schema {
  readonly _zod: { readonly def: Def };
}

const fail: Checker = () => FAILED;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Builds the fast checker for `schema`; constructs it does not know always fail (zod then decides). */
export function buildFastCheck(schema: z.ZodType): Checker {
  return build(schema as unknown as Schema);
}

function build(schema: Schema): Checker {
  const def = schema._zod.def;
  const base = buildType(def);
  const checks = def.checks ?? [];
  return checks.length === 0 ? base : withChecks(base, checks);
}

/**
 * Runs the schema's checks on the parsed value; any issue fails. The common kinds (lengths, bounds,
 * integers, regexes) become plain tests read from the check's own definition; any other check object
 * (refinements, overwrites) runs as zod runs it, and an overwrite may replace the value.
 */
function withChecks(base: Checker, checks: readonly Check[]): Checker {
  const tests = checks.map(plainTest);
  if (tests.every((test) => test !== undefined)) {
    const plain = tests as ((value: unknown) => boolean)[];
    return (value) => {
      const parsed = base(value);
      if (parsed === FAILED) return FAILED;
      for (const test of plain) if (!test(parsed)) return FAILED;
      return parsed;
    };
  }
  return (value) => {
    const parsed = base(value);
    if (parsed === FAILED) return FAILED;
    const payload: Payload = { value: parsed, issues: [] };
    for (const check of checks) {
      if (check._zod.check(payload) instanceof Promise) return FAILED;
      if (payload.issues.length > 0) return FAILED;
    }
    return payload.value;
  };
}

/** A check kind with a plain equivalent, as a predicate; undefined when zod must run it. */
function plainTest(check: Check): ((value: unknown) => boolean) | undefined {
  const def = (check as unknown as { _zod: { def: CheckDef } })._zod.def;
  switch (def.check) {
    case 'min_length':
      return (v) => (v as { length: number }).length >= def.minimum!;
    case 'max_length':
      return (v) => (v as { length: number }).length <= def.maximum!;
    case 'greater_than':
      return typeof def.value === 'number'
        ? def.inclusive
          ? (v) => (v as number) >= (def.value as number)
          : (v) => (v as number) > (def.value as number)
        : undefined;
    case 'less_than':
      return typeof def.value === 'number'
        ? def.inclusive
          ? (v) => (v as number) <= (def.value as number)
          : (v) => (v as number) < (def.value as number)
        : undefined;
    case 'number_format':
      return def.format === 'safeint' ? (v) => Number.isSafeInteger(v) : undefined;
    case 'string_format':
      if (def.format !== 'regex' || !(def.pattern instanceof RegExp) || def.pattern.global || def.pattern.sticky)
        return undefined;
      return (v) => def.pattern!.test(v as string);
    default:
      return undefined;
  }
}

function buildType(def: Def): Checker {
  switch (def.type) {
    case 'string': {
      // A string format (e.g. z.iso.datetime) is a string whose own test is its pattern.
      const pattern = def.format !== undefined ? def.pattern : undefined;
      if (def.format !== undefined && pattern === undefined) return fail;
      return (v) => (typeof v === 'string' && (pattern === undefined || pattern.test(v)) ? v : FAILED);
    }
    case 'number':
      return (v) => (typeof v === 'number' && Number.isFinite(v) ? v : FAILED);
    case 'boolean':
      return (v) => (typeof v === 'boolean' ? v : FAILED);
    case 'null':
      return (v) => (v === null ? v : FAILED);
    case 'enum': {
      const values = new Set(Object.values(def.entries ?? {}));
      return (v) => (values.has(v) ? v : FAILED);
    }
    case 'default': {
      const inner = build(def.innerType!);
      // def.defaultValue is a getter that gives a fresh copy each time, as zod's own parse uses it.
      return (v) => (v === undefined ? def.defaultValue : inner(v));
    }
    case 'optional': {
      const inner = build(def.innerType!);
      return (v) => (v === undefined ? FAILED : inner(v)); // an absent key is handled by the object
    }
    case 'array': {
      const element = build(def.element!);
      return (v) => {
        if (!Array.isArray(v)) return FAILED;
        const out = new Array<unknown>(v.length);
        for (let i = 0; i < v.length; i++) if ((out[i] = element(v[i])) === FAILED) return FAILED;
        return out;
      };
    }
    case 'union': {
      const options = (def.options ?? []).map(build);
      return (v) => {
        for (const option of options) {
          const out = option(v);
          if (out !== FAILED) return out;
        }
        return FAILED;
      };
    }
    case 'record':
      return buildRecord(def);
    case 'object':
      return buildObject(def);
    default:
      return fail;
  }
}

function buildRecord(def: Def): Checker {
  if (def.keyType?._zod.def.type !== 'string') return fail;
  const key = build(def.keyType);
  const value = build(def.valueType!);
  return (v) => {
    if (!isObject(v)) return FAILED;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) {
      if (k === '__proto__' || key(k) === FAILED) return FAILED;
      const parsed = value(v[k]);
      if (parsed === FAILED) return FAILED;
      out[k] = parsed;
    }
    return out;
  };
}

/** A strict object (unknown keys refused); keys come out in schema order, absent optional keys left out. */
function buildObject(def: Def): Checker {
  if (def.catchall?._zod.def.type !== 'never') return fail;
  const keys = Object.keys(def.shape ?? {});
  const known = new Set(keys);
  const fields = keys.map((k) => build(def.shape![k]!));
  const optional = keys.map((k) => def.shape![k]!._zod.def.type === 'optional');
  return (v) => {
    if (!isObject(v)) return FAILED;
    let present = 0;
    for (const k in v) {
      if (!Object.hasOwn(v, k)) continue;
      if (!known.has(k) || v[k] === undefined) return FAILED;
      present++;
    }
    if (Object.getOwnPropertySymbols(v).length > 0) return FAILED;
    const out: Record<string, unknown> = {};
    let seen = 0;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      const has = Object.hasOwn(v, k);
      if (has) seen++;
      else if (optional[i]) continue;
      const parsed = fields[i]!(has ? v[k] : undefined);
      if (parsed === FAILED) return FAILED;
      out[k] = parsed;
    }
    return seen === present ? out : FAILED;
  };
}
