import type { Budget } from './budget';
import type { Scalar } from './parse';
import type { LogicPath } from './types';

/** A compiled node: evaluates against the current data (the facts, or an array item in a scope). */
export type Eval = (data: unknown, budget: Budget) => unknown;

/**
 * A compiled node plus what is known about it at compile time, so operators can specialise:
 * compare against a constant without calling it, look up in a Set built once, and so on.
 */
export interface Piece {
  readonly run: Eval;
  /** True when `run` always returns `value` (a scalar: arrays are fresh on every evaluation). */
  readonly constant: boolean;
  readonly value: unknown;
  /** For a literal array whose items are all constants: those items. Never handed out. */
  readonly items?: readonly Scalar[];
  /** True when written as a literal in the expression (not computed, not folded). */
  readonly literal?: boolean;
  /** For a `var` with a literal path and constant default: the read itself, so operators can fuse it. */
  readonly read?: PathRead;
  /** For `==` / `===` of such a `var` against a text: true exactly when the read gives `value`. */
  readonly equals?: { readonly read: PathRead; readonly value: string };
}

export function constant(value: unknown): Piece {
  return { run: () => value, constant: true, value };
}

export function dynamic(run: Eval): Piece {
  return { run, constant: false, value: undefined };
}

/** A missing argument, as json-logic-js sees it. */
export const UNDEFINED_PIECE: Piece = constant(undefined);

/** A `var` with a literal path and a constant default, as operators that look into it see it. */
export interface PathRead {
  /** The segments joined by ".", to recognise two reads of the same field. */
  readonly path: string;
  /** What the `var` gives when the path is missing. */
  readonly notFound: unknown;
  /** The `var` itself. */
  readonly get: Eval;
  /** The value at the path, undefined when missing (before the default). */
  readonly at: (data: unknown) => unknown;
}

/** What an operator builder may ask of the compiler. */
export interface BuildContext {
  /**
   * Declares that the operation spends work (so evaluations get a budget) and returns its path,
   * to name in the limit error.
   */
  readonly spendsWork: () => LogicPath;
  /** Throws the error for arithmetic that gave NaN or ±Infinity, naming the operation (see build-math.ts). */
  readonly notFinite: (value: number) => never;
}

/** Builds one operator from its compiled arguments. */
export type Builder = (args: readonly Piece[], ctx: BuildContext) => Piece;

/** Evaluates all arguments, in order, as json-logic-js does before calling an operator. */
export function runAll(args: readonly Piece[], data: unknown, budget: Budget): unknown[] {
  const values: unknown[] = [];
  for (let i = 0; i < args.length; i++) values.push(args[i]!.run(data, budget));
  return values;
}
