import { instantOf } from '../logic/instants';
import { splitVarPath } from '../logic/var-path';
import { emitAdd, emitInField, emitQuantifier, emitReduce } from './emit-work';
import { jsLiteral } from './js-literal';

/**
 * JSONLogic → one plain JavaScript expression over `d` (the facts), for the operators whose
 * compiled closures (runtime/logic) are pure: `var` with a literal path and scalar default, the
 * comparisons, `and`/`or`/`!`/`!!`, `if`, `in` against a literal list — and, through emit-work.ts,
 * those that spend work or may throw: `some`/`all`/`none`/`reduce`, `in` a field, `+`. Anything
 * else gives null and the caller keeps the compiled closure for the whole expression, so a result
 * or an error never differs from the interpreter's.
 *
 * Work and errors: an expression that spends work or may throw is wrapped in a function that
 * counts its work in the module's counter `W` (reset per evaluation, as compileLogic's budget) and,
 * on anything exceptional (over `maxWork`, a non-finite sum), evaluates the compiled closure
 * instead — which gives the interpreter's own error (its message and path), as the expression is
 * pure and runs the same again.
 *
 * Each case mirrors its builder (build-data, build-compare, build-control, build-lists,
 * build-scoped, build-math); emit-logic.property.test.ts checks them against compileLogic on random
 * expressions and data, with the default and a tiny work limit. Flow values reach the text only
 * through jsLiteral; reads, sets, helpers and closures are constants the host declares
 * (`declare`), named by index.
 */
export interface LogicDeclarations {
  /** The name of a constant holding `var`'s read of `segments` with default `notFound`. */
  readonly read: (segments: readonly string[], notFound: unknown) => string;
  /** The name of a constant holding a Set of these scalars. */
  readonly set: (items: readonly unknown[]) => string;
  /** Declares the module-level function `write(name)` gives (emitter-written text); its name. */
  readonly helper: (write: (name: string) => string) => string;
  /** The name of a constant holding `compileLogic(expression)` with the limits of `maxWork`. */
  readonly closure: (expression: unknown) => string;
  /** The work limit the closures are compiled with (compileLogic's maxWork). */
  readonly maxWork: number;
  /**
   * Optional: the name of a variable that already holds this evaluation's read of the run's facts at
   * `segments` (default `notFound`), or undefined to read it in place. The host sets such variables
   * just before the evaluation; an expression is pure, so nothing can change the facts in between.
   */
  readonly factRead?: (segments: readonly string[], notFound: unknown) => string | undefined;
}

/** What a module declares once for the emitted work counts (see the file comment). */
export const WORK_COUNTER = 'let W = 0;';

/** JS expression text whose value is `truthy(compileLogic(expression)(d))`, or null when not emitted. */
export function emitTest(expression: unknown, declare: LogicDeclarations): string | null {
  const value = topLevel(expression, declare);
  if (value === null) return null;
  return value.boolean ? value.code : `rt.truthy(${value.code})`;
}

/** JS expression text whose value is exactly `compileLogic(expression)(d)`'s, or null when not emitted. */
export function emitExpression(expression: unknown, declare: LogicDeclarations): string | null {
  return topLevel(expression, declare)?.code ?? null;
}

/**
 * The whole expression over the facts `d`. One that counts work or may bail out runs in its own
 * function: the count starts at 0, and a bail-out (or anything thrown) gives the closure's answer.
 */
function topLevel(expression: unknown, declare: LogicDeclarations): Emitted | null {
  const emit: Emit = { ...declare, scope: 'data', facts: true, risky: false };
  const value = emitValue(expression, emit);
  if (value === null || !emit.risky) return value;
  const closure = declare.closure(expression);
  const name = declare.helper(
    (n) =>
      `function ${n}(d) {\n  W = 0;\n  try {\n    return ${value.code};\n  } catch {\n    return ${closure}(d);\n  }\n}`,
  );
  return { code: `${name}(d)`, boolean: value.boolean };
}

/**
 * What the emitters share: the declarations, the data in scope (`d`, or `c` and `a` — the item and
 * the accumulator — in a `reduce` body), and whether anything emitted counts work or may bail out.
 */
export interface Emit extends LogicDeclarations {
  readonly scope: 'data' | 'reduce';
  /** `d` is the run's facts (not a quantifier's item or a reduce body's data). */
  readonly facts: boolean;
  risky: boolean;
}

export interface Emitted {
  readonly code: string;
  /** The expression always gives a boolean (so truthiness is the value itself). */
  readonly boolean: boolean;
  /** The expression is a literal scalar (compileLogic treats it as a constant). */
  readonly literal?: { readonly value: unknown };
}

type Scalar = string | number | boolean | null;

export function isScalar(value: unknown): value is Scalar {
  return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** The parameters of the scope's data, as a helper declares them and its caller passes them. */
export function scopeParameters(scope: Emit['scope']): string {
  return scope === 'data' ? 'd' : 'c, a';
}

/** Truthiness of an emitted sub-expression. */
export function testOf(expression: unknown, declare: Emit): string | null {
  const value = emitValue(expression, declare);
  if (value === null) return null;
  return value.boolean ? value.code : `rt.truthy(${value.code})`;
}

export function emitValue(expression: unknown, declare: Emit): Emitted | null {
  if (isScalar(expression))
    return {
      code: `(${jsLiteral(expression)})`,
      boolean: typeof expression === 'boolean',
      literal: { value: expression },
    };
  if (typeof expression !== 'object' || Array.isArray(expression)) return null;
  const keys = Object.keys(expression);
  if (keys.length !== 1) return null;
  const op = keys[0]!;
  const raw = (expression as Record<string, unknown>)[op];
  const args: readonly unknown[] = Array.isArray(raw) ? raw : [raw];
  switch (op) {
    case 'var':
      return emitVar(args, declare);
    case '==':
    case '===':
    case '!=':
    case '!==':
      return emitEquality(op, args, declare);
    case '<':
    case '<=':
    case '>':
    case '>=':
      return emitOrdering(op, args, declare);
    case 'and':
    case 'or':
      return emitAndOr(op, args, declare);
    case '!':
    case '!!': {
      if (args.length === 0) return null;
      // Further arguments are never evaluated, by json-logic-js or by the compiled closure.
      const test = testOf(args[0], declare);
      if (test === null) return null;
      return { code: op === '!' ? `(!${test})` : test, boolean: true };
    }
    case 'if':
    case '?:':
      return emitIf(args, declare);
    case 'in':
      return emitIn(args, declare) ?? emitInField(args, declare, emitValue);
    case 'some':
    case 'all':
    case 'none':
      return emitQuantifier(op, args, declare, emitValue);
    case 'reduce':
      return emitReduce(args, declare, emitValue);
    case '+':
      return emitAdd(args, declare, emitValue);
    default:
      return null;
  }
}

/** `{"var": "a.b"}` / `{"var": ["a.b", default]}` with a literal path and a scalar default. */
function emitVar(args: readonly unknown[], declare: Emit): Emitted | null {
  if (args.length === 0 || args.length > 2) return null;
  const path = args[0];
  if (typeof path !== 'string' && typeof path !== 'number') return null;
  const segments = splitVarPath(path);
  if (segments === null) return null; // the whole data: kept by the closure
  const notFound = args.length === 2 ? args[1] : null;
  if (!isScalar(notFound)) return null;
  if (declare.scope === 'data') {
    const made = declare.facts ? declare.factRead?.(segments, notFound) : undefined;
    return { code: made ?? `${declare.read(segments, notFound)}(d)`, boolean: false };
  }
  // A reduce body's data is `{current: c, accumulator: a}`, read without building it: its own keys
  // are those two, so any other first segment finds nothing.
  const base = segments[0] === 'current' ? 'c' : segments[0] === 'accumulator' ? 'a' : null;
  const fallback = jsLiteral(notFound);
  if (base === null) return { code: `(${fallback})`, boolean: false };
  if (segments.length === 1) return { code: `(${base} === undefined ? ${fallback} : ${base})`, boolean: false };
  return { code: `${declare.read(segments.slice(1), notFound)}(${base})`, boolean: false };
}

function emitEquality(op: string, args: readonly unknown[], declare: Emit): Emitted | null {
  if (args.length !== 2) return null;
  const a = emitValue(args[0], declare);
  const b = emitValue(args[1], declare);
  if (a === null || b === null) return null;
  return { code: `(${a.code} ${op} ${b.code})`, boolean: true };
}

/**
 * `<`, `<=`, `>`, `>=` with two arguments. As build-compare: a literal side that is not a timestamp
 * means JavaScript's comparison; otherwise two timestamps are ordered by instant (rt.less …).
 */
function emitOrdering(op: '<' | '<=' | '>' | '>=', args: readonly unknown[], declare: Emit) {
  if (args.length !== 2) return null;
  const a = emitValue(args[0], declare);
  const b = emitValue(args[1], declare);
  if (a === null || b === null) return null;
  const constant = b.literal ?? a.literal;
  if (constant !== undefined && instantOf(constant.value) === undefined)
    return { code: `(${a.code} ${op} ${b.code})`, boolean: true };
  const helper = { '<': 'rt.less', '<=': 'rt.lessOrEqual', '>': 'rt.greater', '>=': 'rt.greaterOrEqual' }[op];
  return { code: `${helper}(${a.code}, ${b.code})`, boolean: true };
}

/**
 * `and` / `or`: over booleans, `&&` / `||` give the same value; otherwise only the truthiness is the
 * same, which is all a test reads — so a non-boolean operand is emitted only as a test (the value
 * `and` would give is then not known here, and the closure is kept).
 */
function emitAndOr(op: 'and' | 'or', args: readonly unknown[], declare: Emit): Emitted | null {
  if (args.length === 0) return null;
  if (args.length === 1) return emitValue(args[0], declare);
  const values = args.map((arg) => emitValue(arg, declare));
  if (values.some((v) => v === null)) return null;
  if (!values.every((v) => v!.boolean)) return null;
  return { code: `(${values.map((v) => v!.code).join(op === 'and' ? ' && ' : ' || ')})`, boolean: true };
}

/** `if`: condition/value pairs, then an optional else; null when nothing matches. */
function emitIf(args: readonly unknown[], declare: Emit): Emitted | null {
  if (args.length === 0) return { code: '(null)', boolean: false };
  if (args.length === 1) return emitValue(args[0], declare);
  const parts: { test: string; then: Emitted }[] = [];
  let i = 0;
  for (; i < args.length - 1; i += 2) {
    const test = testOf(args[i], declare);
    const then = emitValue(args[i + 1], declare);
    if (test === null || then === null) return null;
    parts.push({ test, then });
  }
  const otherwise = i < args.length ? emitValue(args[i], declare) : { code: '(null)', boolean: false };
  if (otherwise === null) return null;
  let code = otherwise.code;
  for (let k = parts.length - 1; k >= 0; k--) code = `(${parts[k]!.test} ? ${parts[k]!.then.code} : ${code})`;
  return { code, boolean: otherwise.boolean && parts.every((p) => p.then.boolean) };
}

/** `in` against a literal list of scalars: a Set built once, as build-lists does. */
function emitIn(args: readonly unknown[], declare: Emit): Emitted | null {
  if (args.length !== 2) return null;
  const list = args[1];
  if (!Array.isArray(list) || !list.every(isScalar)) return null;
  const needle = emitValue(args[0], declare);
  if (needle === null) return null;
  return { code: `${declare.set(list)}.has(${needle.code})`, boolean: true };
}
