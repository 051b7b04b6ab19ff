/** The allow-list: json-logic-js 2.0.5's operators minus `log` and `method`. */
export const OPERATOR_NAMES = [
  'var', 'missing', 'missing_some',
  'if', '?:', 'and', 'or', '!', '!!',
  '==', '===', '!=', '!==', '>', '>=', '<', '<=',
  '+', '-', '*', '/', '%', 'min', 'max',
  'in', 'cat', 'substr', 'merge',
  'map', 'filter', 'reduce', 'all', 'some', 'none',
] as const;

export type OperatorName = (typeof OPERATOR_NAMES)[number];

const KNOWN: ReadonlySet<string> = new Set(OPERATOR_NAMES);

export function isOperatorName(name: string): name is OperatorName {
  return KNOWN.has(name);
}

/** json-logic-js operators we refuse on purpose, and why (shown to the flow author). */
export const REFUSED_OPERATORS: ReadonlyMap<string, string> = new Map([
  ['log', 'it prints whole records to the console'],
  ['method', 'it calls methods on the data'],
]);

/** Operators whose 2nd argument runs once per array item, with the item as its data. */
export const SCOPED_OPERATORS: ReadonlySet<OperatorName> = new Set(['map', 'filter', 'reduce', 'all', 'some', 'none']);

/** Operators that compare their arguments; a money object there is almost always a mistake. */
export const COMPARISON_OPERATORS: ReadonlySet<OperatorName> = new Set(['==', '===', '!=', '!==', '>', '>=', '<', '<=']);

/** Operators that do arithmetic on their arguments. */
export const ARITHMETIC_OPERATORS: ReadonlySet<OperatorName> = new Set(['+', '-', '*', '/', '%', 'min', 'max']);

/**
 * How many arguments each operator expects. json-logic-js accepts any count (extra ones are
 * ignored, missing ones are undefined), so a mismatch is a warning, except where json-logic-js
 * itself would throw at evaluation (`hard`).
 */
export interface Arity {
  readonly min: number;
  readonly max: number;
  /** What the arguments are, for the message. */
  readonly hint?: string;
  /** True when json-logic-js would throw, so compiling must refuse too. */
  readonly hard?: boolean;
}

const exactly = (n: number, hint?: string): Arity => ({ min: n, max: n, ...(hint ? { hint } : {}) });
const between = (min: number, max: number, hint?: string): Arity => ({ min, max, ...(hint ? { hint } : {}) });
const atLeast = (min: number, hard = false): Arity => ({ min, max: Infinity, ...(hard ? { hard } : {}) });

export const ARITY: Readonly<Record<OperatorName, Arity>> = {
  var: between(0, 2, 'a field path and an optional default'),
  missing: atLeast(0),
  missing_some: exactly(2, 'a minimum count and a list of field paths'),
  if: atLeast(1),
  '?:': atLeast(1),
  and: atLeast(1),
  or: atLeast(1),
  '!': exactly(1),
  '!!': exactly(1),
  '==': exactly(2),
  '===': exactly(2),
  '!=': exactly(2),
  '!==': exactly(2),
  '>': exactly(2),
  '>=': exactly(2),
  '<': between(2, 3, 'two values, or three for "between"'),
  '<=': between(2, 3, 'two values, or three for "between"'),
  '+': atLeast(0),
  '-': between(1, 2),
  '*': atLeast(1, true),
  '/': exactly(2),
  '%': exactly(2),
  min: atLeast(1),
  max: atLeast(1),
  in: exactly(2, 'a value and a list or text to look in'),
  cat: atLeast(0),
  substr: between(2, 3, 'a text, a start and an optional length'),
  merge: atLeast(0),
  map: exactly(2, 'a list and an expression per item'),
  filter: exactly(2, 'a list and a condition per item'),
  reduce: between(2, 3, 'a list, an expression per item and an optional initial value'),
  all: exactly(2, 'a list and a condition per item'),
  some: exactly(2, 'a list and a condition per item'),
  none: exactly(2, 'a list and a condition per item'),
};

/** "takes 2 arguments (a list and a condition per item)" */
export function describeArity(arity: Arity): string {
  const count =
    arity.min === arity.max
      ? `${arity.min} argument${arity.min === 1 ? '' : 's'}`
      : arity.max === Infinity
        ? `at least ${arity.min} argument${arity.min === 1 ? '' : 's'}`
        : `${arity.min} to ${arity.max} arguments`;
  return arity.hint ? `${count} (${arity.hint})` : count;
}
