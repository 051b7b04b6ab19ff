import type { z } from 'zod';

/**
 * Writes the fast order check (runtime/order/order-check.generated.ts) from the zod schema itself, so
 * the schema stays the one source of truth: `npm run generate:order-check` writes the file, a test
 * checks it is up to date. The emitted code accepts exactly what the schema accepts on the valid path
 * and returns the value zod's parse returns (defaults filled, keys in schema order); anything else
 * returns FAILED and the caller lets zod decide, so refusals keep zod's messages and paths.
 *
 * Where zod makes a new object, the fast check returns the input's own object when it already is that
 * value (every field parses to itself, keys in schema order): a valid order then costs no garbage but
 * the copies defaults force. So a valid order shares objects with its input; nothing in the runtime
 * mutates either. What JSON cannot carry is not looked at again: a getter or Proxy answering differently
 * on a second read, or a symbol-keyed property (which zod's copy would not have), stays as it came.
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
      case 'array':
        return this.array(def, where, body);
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

  /**
   * An array: a copy, as zod makes (one allocation of the final length), except an empty plain array
   * without enumerable named properties, which is returned as it is (an order's tags and coupons are
   * often empty, and a copy there also forced a copy of the object holding it). A non-empty array cannot
   * cheaply be shown to hold nothing but its elements (named properties, which zod drops, are invisible to
   * its length, and for-in over elements is slow); its elements — the objects — are what costs anyway.
   */
  private array(def: Def, where: string, body: string[]): string {
    const element = this.node(def.element!, `${where}[]`);
    body.push(
      `if (!Array.isArray(v)) return FAILED;`,
      // Not a return: the array's own checks (a minimum length) still run on it.
      `let out: unknown[] = v;`,
      `if (v.length !== 0 || Object.getPrototypeOf(v) !== Array.prototype || hasEnumerableKey(v)) {`,
      `out = new Array<unknown>(v.length);`,
      `for (let i = 0; i < v.length; i++) if ((out[i] = ${element}(v[i])) === FAILED) return FAILED;`,
      `}`,
    );
    return 'out';
  }

  /**
   * A string-keyed record; keys as zod reads them (Reflect.ownKeys), anything unusual left to zod. Like
   * an array, it is returned as it is when every value parses to itself (zod's copy has the same keys in
   * the same order: both follow the object's own key order).
   */
  private record(def: Def, where: string, body: string[]): string {
    if (def.keyType?._zod.def.type !== 'string') throw new Error(`${where}: only string-keyed records`);
    const key = this.node(def.keyType, `${where} (key)`);
    const value = this.node(def.valueType!, `${where}{}`);
    body.push(
      `if (!isPlainObject(v)) return FAILED;`,
      `let out: Record<string, unknown> | undefined;`,
      // zod reads Reflect.ownKeys: a symbol key is its to refuse; for-in gives the enumerable string keys.
      `if (Object.getOwnPropertySymbols(v).length !== 0) return FAILED;`,
      `for (const k in v) {`,
      `if (k === '__proto__' || !Object.hasOwn(v, k) || ${key}(k) === FAILED) return FAILED;`,
      `const e = v[k];`,
      `const parsed = ${value}(e);`,
      `if (parsed === FAILED) return FAILED;`,
      `if (out !== undefined) out[k] = parsed;`,
      `else if (parsed !== e) { out = {}; for (const j in v) { if (j === k) break; out[j] = v[j]; } out[k] = parsed; }`,
      `}`,
      `if (out === undefined) out = v;`,
    );
    return 'out';
  }

  /**
   * A strict object: named reads in schema order; every key found is counted and any other enumerable
   * key makes the count differ. zod returns a new object with the keys in schema order (absent optional
   * keys left out); when every field parses to itself (no default filled, nothing replaced) and the
   * input's keys already come in schema order, the input itself is that value and is returned — no
   * garbage per order. Otherwise one copy is made, in one allocation when the shape is known.
   */
  private object(def: Def, where: string, body: string[]): string {
    if (def.catchall?._zod.def.type !== 'never') throw new Error(`${where}: only strict objects`);
    const shape = def.shape ?? {};
    const keys = Object.keys(shape);
    const schemaOrder = this.constant(`${lit(keys)} as readonly string[]`);
    body.push(`if (!isPlainObject(v)) return FAILED;`, `let seen = 0;`, `let same = true;`, `let x: unknown;`);
    const fields: Field[] = [];
    keys.forEach((key, i) => {
      // A key Object.prototype also has (toString…) would be read through the prototype.
      if (key in Object.prototype) throw new Error(`${where}.${key}: a key Object.prototype also has`);
      const field = shape[key]!;
      const check = this.node(field, `${where}.${key}`);
      const optional = field._zod.def.type === 'optional';
      const local = `f${i}`;
      fields.push({ key, local, optional });
      body.push(
        `x = v${prop(key)};`,
        optional
          ? // FAILED marks an absent optional key (left out of a copy).
            `let ${local}: unknown = FAILED;\nif (x === undefined) { if (${lit(key)} in v) return FAILED; } else { seen++; if ((${local} = ${check}(x)) === FAILED) return FAILED; if (${local} !== x) same = false; }`
          : `if (x === undefined) { if (${lit(key)} in v) return FAILED; } else seen++;\nconst ${local} = ${check}(x);\nif (${local} === FAILED) return FAILED;\nif (${local} !== x) same = false;`,
      );
    });
    body.push(
      `let count = 0;`,
      `let at = 0;`,
      `for (const k in v) {`,
      `count++;`,
      // Are the input's keys the schema's keys in schema order? (A subsequence of it, counted below.)
      `if (same) { while (at < ${keys.length} && ${schemaOrder}[at] !== k) at++; if (at++ === ${keys.length}) same = false; }`,
      `}`,
      `if (count !== seen) return FAILED;`,
      ...copyObject(fields),
    );
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

interface Field {
  readonly key: string;
  /** The local holding the field's parsed value (FAILED when an optional key is absent). */
  readonly local: string;
  readonly optional: boolean;
}

/**
 * `out`: the input itself when `same`, else its copy in schema order. With a few optional keys the copy
 * is one object literal per combination of present keys, so it is allocated once with its final shape
 * (adding keys one by one grows its property store several times).
 */
function copyObject(fields: readonly Field[]): string[] {
  const literal = (present: readonly Field[]) =>
    `{ ${present.map((f) => `${IDENTIFIER.test(f.key) ? f.key : lit(f.key)}: ${f.local}`).join(', ')} }`;
  const optional = fields.filter((f) => f.optional);
  const lines = ['let out: Record<string, unknown> = v;', 'if (!same) {'];
  if (optional.length <= MAX_OPTIONAL_LITERALS) {
    const masks = 1 << optional.length;
    if (masks === 1) lines.push(`out = ${literal(fields)};`);
    else {
      lines.push(`switch (${optional.map((f, i) => `(${f.local} === FAILED ? 0 : ${1 << i})`).join(' | ')}) {`);
      for (let mask = 0; mask < masks; mask++) {
        const present = fields.filter((f) => !f.optional || (mask & (1 << optional.indexOf(f))) !== 0);
        lines.push(`${mask === masks - 1 ? 'default' : `case ${mask}`}: out = ${literal(present)}; break;`);
      }
      lines.push('}');
    }
  } else {
    lines.push('out = {};');
    for (const f of fields)
      lines.push(
        f.optional ? `if (${f.local} !== FAILED) out${prop(f.key)} = ${f.local};` : `out${prop(f.key)} = ${f.local};`,
      );
  }
  lines.push('}');
  return lines;
}

/** Up to this many optional keys, a copy is written as one literal per combination (2^n of them). */
const MAX_OPTIONAL_LITERALS = 3;

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
    "import { FAILED, hasEnumerableKey, isPlainObject, runCheck } from './check-support';",
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
