import type { Emit, Emitted } from './emit-logic';
import { scopeParameters } from './emit-logic';

/*
 * The operators that spend work or may throw, as plain code (emit-logic.ts says how the count and
 * the bail-out work): `some`/`all`/`none` and `reduce` as loops (build-scoped.ts), `in` a field
 * (build-lists.ts), `+` (build-math.ts). Each loop is a module-level helper whose parameters are
 * the data in scope, so a body sees its item as `d` (or `c`, `a` in a reduce) without building a
 * scope object. Nothing from the flow becomes code here: the helpers' text is fixed, with the
 * names the host declares and the sub-expressions emit-logic wrote.
 */

type EmitValue = (expression: unknown, declare: Emit) => Emitted | null;

/** One unit of work per item visited, as build-scoped's `++g.work > g.max`. */
const countItem = (max: string) => `if (++W > ${max}) throw rt.BAIL;`;

/** `some` / `all` / `none` over a list, the body tested with each item as its data. */
export function emitQuantifier(
  op: 'some' | 'all' | 'none',
  args: readonly unknown[],
  declare: Emit,
  emitValue: EmitValue,
): Emitted | null {
  if (args.length !== 2) return null;
  const list = emitValue(args[0], declare);
  // The item is the body's data, not the run's facts: no read of the facts made beforehand applies.
  const item = emitValue(args[1], { ...declare, scope: 'data', facts: false });
  if (list === null || item === null) return null;
  const test = item.boolean ? item.code : `rt.truthy(${item.code})`;
  declare.risky = true;
  const body = declare.helper((name) => `function ${name}(d) {\n  return ${test};\n}`);
  const max = String(declare.maxWork);
  const params = scopeParameters(declare.scope);
  // As build-scoped: what a non-list (and, for `all`, an empty list) gives, and what one item decides.
  const [notList, hit, found, end] =
    op === 'some'
      ? ['!Array.isArray(items)', `${body}(items[i])`, 'true', 'false']
      : op === 'all'
        ? ['!Array.isArray(items) || items.length === 0', `!${body}(items[i])`, 'false', 'true']
        : ['!Array.isArray(items)', `${body}(items[i])`, 'false', 'true'];
  const notListGives = op === 'none' ? 'true' : 'false';
  const name = declare.helper(
    (n) =>
      `function ${n}(${params}) {\n  const items = ${list.code};\n  if (${notList}) return ${notListGives};\n` +
      `  for (let i = 0; i < items.length; i++) {\n    ${countItem(max)}\n    if (${hit}) return ${found};\n  }\n  return ${end};\n}`,
  );
  return { code: `${name}(${params})`, boolean: true };
}

/** `reduce`: the start (null without one) and the list in the caller's scope, the body over (item, accumulator). */
export function emitReduce(args: readonly unknown[], declare: Emit, emitValue: EmitValue): Emitted | null {
  if (args.length !== 2 && args.length !== 3) return null;
  const start = args.length === 3 ? emitValue(args[2], declare) : { code: '(null)', boolean: false };
  const list = emitValue(args[0], declare);
  const body = emitValue(args[1], { ...declare, scope: 'reduce', facts: false });
  if (start === null || list === null || body === null) return null;
  declare.risky = true;
  const step = declare.helper((name) => `function ${name}(c, a) {\n  return ${body.code};\n}`);
  const params = scopeParameters(declare.scope);
  const name = declare.helper(
    (n) =>
      `function ${n}(${params}) {\n  let acc = ${start.code};\n  const items = ${list.code};\n  if (!Array.isArray(items)) return acc;\n` +
      `  for (let i = 0; i < items.length; i++) {\n    ${countItem(String(declare.maxWork))}\n    acc = ${step}(items[i], acc);\n  }\n  return acc;\n}`,
  );
  return { code: `${name}(${params})`, boolean: false };
}

/**
 * `in` a field's value: a list is searched (===), a non-empty text searched as a substring, each
 * spending its length first; anything else is false without evaluating the needle (build-lists).
 * Only for a `var` haystack: compileLogic folds a constant one, which takes another path there.
 */
export function emitInField(args: readonly unknown[], declare: Emit, emitValue: EmitValue): Emitted | null {
  if (args.length !== 2 || !isVar(args[1])) return null;
  const haystack = emitValue(args[1], declare);
  const needle = emitValue(args[0], declare);
  if (haystack === null || needle === null) return null;
  declare.risky = true;
  const max = String(declare.maxWork);
  const params = scopeParameters(declare.scope);
  const search = `if ((W += b.length) > ${max}) throw rt.BAIL;\n    return b.indexOf(${needle.code}) !== -1;`;
  const name = declare.helper(
    (n) =>
      `function ${n}(${params}) {\n  const b = ${haystack.code};\n  if (Array.isArray(b)) {\n    ${search}\n  }\n` +
      `  if (typeof b === "string" && b !== "") {\n    ${search}\n  }\n  return false;\n}`,
  );
  return { code: `${name}(${params})`, boolean: true };
}

/** `+`: `0 + parseFloat(x1) + …` as json-logic-js folds it; a non-finite sum bails out (the closure's error). */
export function emitAdd(args: readonly unknown[], declare: Emit, emitValue: EmitValue): Emitted | null {
  if (args.length === 0) return null;
  const terms = args.map((arg) => emitValue(arg, declare));
  if (terms.some((term) => term === null)) return null;
  declare.risky = true;
  return { code: `rt.finite(0 + ${terms.map((t) => `rt.toFloat(${t!.code})`).join(' + ')})`, boolean: false };
}

function isVar(expression: unknown): boolean {
  return (
    typeof expression === 'object' &&
    expression !== null &&
    !Array.isArray(expression) &&
    Object.keys(expression).length === 1 &&
    Object.hasOwn(expression, 'var')
  );
}
