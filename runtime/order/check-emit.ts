import type { z } from 'zod';

/**
 * Writes the fast order check (runtime/order/order-check.generated.ts) from the zod schema itself, so
 * the schema stays the one source of truth: `npm run generate:order-check` writes the file, a test
 * checks it is up to date. The emitted code accepts exactly what the schema accepts on the valid path
 * and returns what zod's parse returns (defaults filled, keys in schema order, new objects); anything
 * else returns FAILED and the caller lets zod decide, so refusals keep zod's messages and paths.
 *
 * Every value taken from the schema (keys, bounds, patterns, enum members) is written as a JSON
 * literal — never spliced source text. What cannot be written as data (refinements, overwrites,
 * default getters) is a *handle*: the same walk collects it into an array in the same order, and the
 * generated module reads `handles[i]`, so `orderCheckHandles(schema)` at load hands it the schema's own
 * functions. A construct this emitter does not know is an error at generation, not a silent gap.
 */

// The slice of zod 4's internal definition this emitter reads.
interface CheckDef {
  readonly check: string;
  readonly type?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly value?: unknown;
  readonly inclusive?: boolean;
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly fn?: unknown;
  readonly tx?: unknown;
  readonly when?: unknown;
}
interface Check {
  readonly _zod: { readonly def: CheckDef; readonly check?: unknown };
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
}
interface Schema {
  readonly _zod: { readonly def: Def };
}

/** What a handle is: how the generated code uses it. */
export type HandleKind = 'default' | 'refine' | 'overwrite' | 'check';

export interface Emitted {
  /** The generated functions, one per schema node; `c0` checks the whole schema. */
  readonly code: string;
  /** The schema's own objects the code reads, in the order `handles[i]` names them. */
  readonly handles: readonly unknown[];
  readonly kinds: readonly HandleKind[];
}

/** Walks `schema` once: the code and the handles it needs (the same walk gives both, so they line up). */
export function emitOrderCheck(schema: z.ZodType): Emitted {
  const state = new EmitState();
  state.node(schema as unknown as Schema, 'the schema');
  return { code: [...state.constants, ...state.functions].join('\n'), handles: state.handles, kinds: state.kinds };
}

/** The handles and their kinds (joined), for the generated module at load. */
export function orderCheckHandles(schema: z.ZodType): { readonly handles: readonly unknown[]; readonly kinds: string } {
  const { handles, kinds } = emitOrderCheck(schema);
  return { handles, kinds: kinds.join(',') };
}

const lit = (value: unknown): string => {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`cannot write ${value} as data`);
  const text = JSON.stringify(value);
  if (text === undefined) throw new Error(`cannot write ${String(value)} as data`);
  return text;
};
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const prop = (key: string) => (IDENTIFIER.test(key) ? `.${key}` : `[${lit(key)}]`);
const LENGTH_CHECKS = new Set(['min_length', 'max_length', 'length_equals']);

class EmitState {
  readonly constants: string[] = [];
  readonly functions: string[] = [];
  readonly handles: unknown[] = [];
  readonly kinds: HandleKind[] = [];
  private next = 0;

  private handle(value: unknown, kind: HandleKind): string {
    this.handles.push(value);
    this.kinds.push(kind);
    return `h${this.handles.length - 1}`;
  }

  private readonly named = new Map<string, string>();

  /** A module-level constant (the same expression twice is one constant). */
  private constant(expression: string): string {
    const known = this.named.get(expression);
    if (known !== undefined) return known;
    const name = `k${this.constants.length}`;
    this.constants.push(`const ${name} = ${expression};`);
    this.named.set(expression, name);
    return name;
  }

  private regex(pattern: RegExp, where: string): string {
    if (pattern.global || pattern.sticky)
      throw new Error(`${where}: a global or sticky pattern keeps state between tests`);
    return this.constant(`new RegExp(${lit(pattern.source)}, ${lit(pattern.flags)})`);
  }

  /** Emits the function for `schema`; returns its name. The function returns the parsed value or FAILED. */
  node(schema: Schema, where: string): string {
    const name = `c${this.next++}`;
    const def = schema._zod.def;
    const body: string[] = [];
    const result = this.type(def, where, body);
    const checks = def.checks ?? [];
    if (checks.length === 0) body.push(`return ${result};`);
    else {
      // The checks run on the parsed value, in zod's order; an overwrite replaces it.
      body.push(`let p: unknown = ${result};`);
      if (result !== 'v') body.push(`if (p === FAILED) return FAILED;`);
      for (const check of checks) body.push(this.check(check, where));
      body.push(`return p;`);
    }
    this.functions.push(`function ${name}(v: unknown): unknown {\n${body.join('\n')}\n}`);
    return name;
  }

  /** The type test (and parse) for `def`; pushes statements, returns the expression of the parsed value. */
  private type(def: Def, where: string, body: string[]): string {
    switch (def.type) {
      case 'string': {
        body.push(`if (typeof v !== 'string') return FAILED;`);
        if (def.format !== undefined) {
          if (!(def.pattern instanceof RegExp)) throw new Error(`${where}: string format ${def.format} has no pattern`);
          body.push(`if (!${this.regex(def.pattern, where)}.test(v)) return FAILED;`);
        }
        return 'v';
      }
      case 'number':
        body.push(`if (typeof v !== 'number' || !Number.isFinite(v)) return FAILED;`);
        return 'v';
      case 'boolean':
        body.push(`if (typeof v !== 'boolean') return FAILED;`);
        return 'v';
      case 'null':
        body.push(`if (v !== null) return FAILED;`);
        return 'v';
      case 'enum': {
        const values = this.constant(`new Set<unknown>(${lit(Object.values(def.entries ?? {}))})`);
        body.push(`if (!${values}.has(v)) return FAILED;`);
        return 'v';
      }
      case 'default': {
        // zod gives the default without checking it; the getter gives a fresh copy each time.
        const holder = this.handle(def, 'default');
        const inner = this.node(def.innerType!, where);
        body.push(`if (v === undefined) return ${holder}.defaultValue;`);
        return `${inner}(v)`;
      }
      case 'optional': {
        // An absent key never reaches here (the object leaves it out); an explicit undefined is zod's to judge.
        const inner = this.node(def.innerType!, where);
        body.push(`if (v === undefined) return FAILED;`);
        return `${inner}(v)`;
      }
      case 'array': {
        const element = this.node(def.element!, `${where}[]`);
        body.push(
          `if (!Array.isArray(v)) return FAILED;`,
          `const out = new Array<unknown>(v.length);`,
          `for (let i = 0; i < v.length; i++) if ((out[i] = ${element}(v[i])) === FAILED) return FAILED;`,
        );
        return 'out';
      }
      case 'union': {
        const options = (def.options ?? []).map((option, i) => this.node(option, `${where} (option ${i})`));
        // zod takes the first option that passes.
        body.push(`let out: unknown = ${options[0] === undefined ? 'FAILED' : `${options[0]}(v)`};`);
        for (const option of options.slice(1)) body.push(`if (out === FAILED) out = ${option}(v);`);
        return 'out';
      }
      case 'record':
        return this.record(def, where, body);
      case 'object':
        return this.object(def, where, body);
      default:
        throw new Error(`${where}: the fast order check does not know zod type "${def.type}"`);
    }
  }

  /** A string-keyed record; keys as zod reads them (Reflect.ownKeys), anything unusual left to zod. */
  private record(def: Def, where: string, body: string[]): string {
    if (def.keyType?._zod.def.type !== 'string') throw new Error(`${where}: only string-keyed records`);
    const key = this.node(def.keyType, `${where} (key)`);
    const value = this.node(def.valueType!, `${where}{}`);
    body.push(
      `if (!isPlainObject(v)) return FAILED;`,
      `const out: Record<string, unknown> = {};`,
      // zod reads Reflect.ownKeys: a symbol key is its to refuse; for-in gives the enumerable string keys.
      `if (Object.getOwnPropertySymbols(v).length !== 0) return FAILED;`,
      `for (const k in v) {`,
      `if (k === '__proto__' || !Object.hasOwn(v, k) || ${key}(k) === FAILED) return FAILED;`,
      `const parsed = ${value}(v[k]);`,
      `if (parsed === FAILED) return FAILED;`,
      `out[k] = parsed;`,
      `}`,
    );
    return 'out';
  }

  /**
   * A strict object: named reads and writes in schema order (absent optional keys left out, as zod
   * does); every key found is counted and any other enumerable key makes the count differ.
   */
  private object(def: Def, where: string, body: string[]): string {
    if (def.catchall?._zod.def.type !== 'never') throw new Error(`${where}: only strict objects`);
    const shape = def.shape ?? {};
    body.push(
      `if (!isPlainObject(v)) return FAILED;`,
      `let seen = 0;`,
      `let x: unknown;`,
      `const out: Record<string, unknown> = {};`,
    );
    for (const key of Object.keys(shape)) {
      // A key Object.prototype also has (toString…) would be read through the prototype.
      if (key in Object.prototype) throw new Error(`${where}.${key}: a key Object.prototype also has`);
      const field = shape[key]!;
      const check = this.node(field, `${where}.${key}`);
      const optional = field._zod.def.type === 'optional';
      body.push(
        `x = v${prop(key)};`,
        optional
          ? `if (x === undefined) { if (${lit(key)} in v) return FAILED; } else { seen++; if ((x = ${check}(x)) === FAILED) return FAILED; out${prop(key)} = x; }`
          : `if (x === undefined) { if (${lit(key)} in v) return FAILED; } else seen++;\nif ((x = ${check}(x)) === FAILED) return FAILED;\nout${prop(key)} = x;`,
      );
    }
    body.push(`let count = 0;`, `for (const _ in v) count++;`, `if (count !== seen) return FAILED;`);
    return 'out';
  }

  private check(check: Check, where: string): string {
    const def = check._zod.def;
    if (def.when !== undefined && !LENGTH_CHECKS.has(def.check))
      throw new Error(`${where}: a ${def.check} check with its own "when"`);
    switch (def.check) {
      case 'min_length':
        return `if ((p as { length: number }).length < ${lit(def.minimum)}) return FAILED;`;
      case 'max_length':
        return `if ((p as { length: number }).length > ${lit(def.maximum)}) return FAILED;`;
      case 'greater_than':
      case 'less_than': {
        if (typeof def.value !== 'number') throw new Error(`${where}: a bound that is not a number`);
        const op = def.check === 'greater_than' ? (def.inclusive ? '<' : '<=') : def.inclusive ? '>' : '>=';
        return `if ((p as number) ${op} ${lit(def.value)}) return FAILED;`;
      }
      case 'number_format':
        if (def.format !== 'safeint') throw new Error(`${where}: number format ${def.format}`);
        return `if (!Number.isSafeInteger(p)) return FAILED;`;
      case 'string_format':
        if (def.format !== 'regex' || !(def.pattern instanceof RegExp))
          throw new Error(`${where}: string format ${def.format}`);
        return `if (!${this.regex(def.pattern, where)}.test(p as string)) return FAILED;`;
      case 'overwrite':
        return `p = ${this.handle(def.tx, 'overwrite')}(p);`;
      case 'custom':
        // .refine: a predicate (zod refuses a falsy answer); anything else (.superRefine) runs as zod runs it.
        if (def.type === 'custom' && typeof def.fn === 'function')
          return `{ const ok = ${this.handle(def.fn, 'refine')}(p); if (!ok || ok instanceof Promise) return FAILED; }`;
        return `if ((p = runCheck(${this.handle(check, 'check')}, p)) === FAILED) return FAILED;`;
      default:
        throw new Error(`${where}: the fast order check does not know the check "${def.check}"`);
    }
  }
}

const HANDLE_TYPES: Readonly<Record<HandleKind, string>> = {
  default: '{ readonly defaultValue: unknown }',
  refine: '(value: unknown) => unknown',
  overwrite: '(value: unknown) => unknown',
  check: 'unknown',
};

/** The whole generated module's text (unformatted; the generator and its test format it with Prettier). */
export function orderCheckModule(schema: z.ZodType): string {
  const { code, kinds } = emitOrderCheck(schema);
  return [
    '// Generated by `npm run generate:order-check` (scripts/generate-order-check.ts) from orderSchema',
    '// (runtime/order/order.schema.ts) through runtime/order/check-emit.ts. Do not edit: change the schema and',
    '// regenerate; runtime/order/order-check.generated.test.ts fails while this file is out of date.',
    '/* eslint-disable */',
    "import { FAILED, isPlainObject, runCheck } from './check-support';",
    '',
    "/** The fast order check over the schema's own handles (`orderCheckHandles(orderSchema)`). */",
    'export function makeOrderCheck(given: {',
    'readonly handles: readonly unknown[];',
    'readonly kinds: string;',
    '}): (value: unknown) => unknown {',
    '// A schema changed without regenerating: every order goes to zod (right, only slower) until',
    '// `npm run generate:order-check` is run; the up-to-date test fails meanwhile.',
    `if (given.kinds !== ${lit(kinds.join(','))}) return () => FAILED;`,
    'const { handles } = given;',
    ...kinds.map((kind, i) => `const h${i} = handles[${i}] as ${HANDLE_TYPES[kind]};`),
    code,
    'return c0;',
    '}',
    '',
  ].join('\n');
}
