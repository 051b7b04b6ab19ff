/** The allow-list: json-logic-js 2.0.5's operators minus `log` and `method`. */
export const OPERATOR_NAMES = [
  'var',
  'missing',
  'missing_some',
  'if',
  '?:',
  'and',
  'or',
  '!',
  '!!',
  '==',
  '===',
  '!=',
  '!==',
  '>',
  '>=',
  '<',
  '<=',
  '+',
  '-',
  '*',
  '/',
  '%',
  'min',
  'max',
  'in',
  'cat',
  'substr',
  'merge',
  'map',
  'filter',
  'reduce',
  'all',
  'some',
  'none',
] as const;

export type OperatorName = (typeof OPERATOR_NAMES)[number];

const KNOWN: ReadonlySet<string> = new Set(OPERATOR_NAMES);

export function isOperatorName(name: string): name is OperatorName {
  return KNOWN.has(name);
}

/** json-logic-js operators we refuse on purpose; why is told to the flow author (problem-words.ts). */
export const REFUSED_OPERATORS = ['log', 'method'] as const;
export type RefusedOperator = (typeof REFUSED_OPERATORS)[number];

const REFUSED: ReadonlySet<string> = new Set(REFUSED_OPERATORS);

export function isRefusedOperator(name: string): name is RefusedOperator {
  return REFUSED.has(name);
}

/** Operators whose 2nd argument runs once per array item, with the item as its data. */
export const SCOPED_OPERATORS: ReadonlySet<OperatorName> = new Set(['map', 'filter', 'reduce', 'all', 'some', 'none']);

/** Operators that compare their arguments; a money object there is almost always a mistake. */
export const COMPARISON_OPERATORS: ReadonlySet<OperatorName> = new Set([
  '==',
  '===',
  '!=',
  '!==',
  '>',
  '>=',
  '<',
  '<=',
]);

/** Operators that do arithmetic on their arguments. */
export const ARITHMETIC_OPERATORS: ReadonlySet<OperatorName> = new Set(['+', '-', '*', '/', '%', 'min', 'max']);

/** What an operator's arguments are, for the message (worded in problem-words.ts). */
export type ArityHint =
  | 'path-default'
  | 'count-paths'
  | 'between'
  | 'value-list'
  | 'text-start-length'
  | 'list-expression'
  | 'list-condition'
  | 'list-expression-initial';

/**
 * How many arguments each operator expects. json-logic-js accepts any count (extra ones are
 * ignored, missing ones are undefined), so a mismatch is a warning, except where json-logic-js
 * itself would throw at evaluation (`hard`).
 */
export interface Arity {
  readonly min: number;
  readonly max: number;
  /** What the arguments are, for the message. */
  readonly hint?: ArityHint;
  /** True when json-logic-js would throw, so compiling must refuse too. */
  readonly hard?: boolean;
}

const exactly = (n: number, hint?: ArityHint): Arity => ({ min: n, max: n, ...(hint ? { hint } : {}) });
const between = (min: number, max: number, hint?: ArityHint): Arity => ({ min, max, ...(hint ? { hint } : {}) });
const atLeast = (min: number, hard = false): Arity => ({ min, max: Infinity, ...(hard ? { hard } : {}) });

export const ARITY: Readonly<Record<OperatorName, Arity>> = {
  var: between(0, 2, 'path-default'),
  missing: atLeast(0),
  missing_some: exactly(2, 'count-paths'),
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
  '<': between(2, 3, 'between'),
  '<=': between(2, 3, 'between'),
  '+': atLeast(0),
  '-': between(1, 2),
  '*': atLeast(1, true),
  '/': exactly(2),
  '%': exactly(2),
  min: atLeast(1),
  max: atLeast(1),
  in: exactly(2, 'value-list'),
  cat: atLeast(0),
  substr: between(2, 3, 'text-start-length'),
  merge: atLeast(0),
  map: exactly(2, 'list-expression'),
  filter: exactly(2, 'list-condition'),
  reduce: between(2, 3, 'list-expression-initial'),
  all: exactly(2, 'list-condition'),
  some: exactly(2, 'list-condition'),
  none: exactly(2, 'list-condition'),
};
