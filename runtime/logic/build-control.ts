import { constant, dynamic, UNDEFINED_PIECE, type Builder, type Eval, type PathRead, type Piece } from './piece';
import { truthy } from './truthy';

/** `and`: the first falsy value, or the last value (undefined for no arguments). */
export const buildAnd: Builder = (args) => {
  if (args.length === 0) return UNDEFINED_PIECE;
  if (args.length === 1) return args[0]!;
  const runs = args.map((arg) => arg.run);
  if (runs.length === 2) {
    const [a, b] = runs as [Piece['run'], Piece['run']];
    return dynamic((d, g) => {
      const x = a(d, g);
      return truthy(x) ? b(d, g) : x;
    });
  }
  return dynamic((d, g) => {
    let current: unknown;
    for (let i = 0; i < runs.length; i++) {
      current = runs[i]!(d, g);
      if (!truthy(current)) return current;
    }
    return current;
  });
};

/** `or`: the first truthy value, or the last value (undefined for no arguments). */
export const buildOr: Builder = (args) => {
  if (args.length === 0) return UNDEFINED_PIECE;
  if (args.length === 1) return args[0]!;
  const runs = args.map((arg) => arg.run);
  if (runs.length === 2) {
    const [a, b] = runs as [Piece['run'], Piece['run']];
    return dynamic((d, g) => {
      const x = a(d, g);
      return truthy(x) ? x : b(d, g);
    });
  }
  return dynamic((d, g) => {
    let current: unknown;
    for (let i = 0; i < runs.length; i++) {
      current = runs[i]!(d, g);
      if (truthy(current)) return current;
    }
    return current;
  });
};

/**
 * `if` / `?:`: condition/value pairs, then an optional else; null when nothing matches.
 * Pairs with a constant condition are settled here, once.
 */
export const buildIf: Builder = (all) => {
  let args = all;
  while (args.length >= 2 && args[0]!.constant) {
    if (truthy(args[0]!.value)) return args[1]!;
    args = args.slice(2);
  }
  if (args.length === 0) return constant(null);
  if (args.length === 1) return args[0]!;
  const runs = args.map((arg) => arg.run);
  if (runs.length <= 3) {
    const [c, t, e] = runs as [Piece['run'], Piece['run'], Piece['run'] | undefined];
    if (e === undefined) return dynamic((d, g) => (truthy(c(d, g)) ? t(d, g) : null));
    return dynamic((d, g) => (truthy(c(d, g)) ? t(d, g) : e(d, g)));
  }
  const n = runs.length;
  const dispatched = dispatchIf(args);
  if (dispatched !== undefined) return dynamic(dispatched);
  return dynamic((d, g) => {
    let i = 0;
    for (; i < n - 1; i += 2) if (truthy(runs[i]!(d, g))) return runs[i + 1]!(d, g);
    return n === i + 1 ? runs[i]!(d, g) : null;
  });
};

/**
 * One step of an `if`: a condition and its value, or a run of tests of one field against texts
 * (`{"==": [{"var": "shippingAddress.province"}, "Guangdong"]}`, …) settled by one lookup.
 */
interface IfStep {
  readonly test: Eval | undefined;
  readonly then: Eval | undefined;
  readonly read: PathRead | undefined;
  /** Text → value of its first test; a text not here fails every test of the run. */
  readonly table: Map<string, Eval> | undefined;
  readonly tests: readonly Eval[];
  readonly thens: readonly Eval[];
}

function sameRead(a: PathRead, b: PathRead): boolean {
  return a.path === b.path && Object.is(a.notFound, b.notFound);
}

/** Runs of at least this many tests of one field become a lookup. */
const MIN_RUN = 3;

/**
 * `if` with runs of text equality tests on one field: the field is read once and a Map gives the
 * branch of the first test that holds. A field that is not text (where `==` coerces) is tested as
 * written. Undefined when there is no such run.
 */
function dispatchIf(args: readonly Piece[]): Eval | undefined {
  const steps: IfStep[] = [];
  let longest = 0;
  let i = 0;
  for (; i < args.length - 1; i += 2) {
    const test = args[i]!;
    const then = args[i + 1]!;
    const last = steps[steps.length - 1];
    const equals = test.equals;
    if (equals !== undefined && last?.read !== undefined && sameRead(last.read, equals.read)) {
      if (!last.table!.has(equals.value)) last.table!.set(equals.value, then.run);
      (last.tests as Eval[]).push(test.run);
      (last.thens as Eval[]).push(then.run);
      longest = Math.max(longest, last.tests.length);
    } else if (equals !== undefined) {
      steps.push({
        test: undefined,
        then: undefined,
        read: equals.read,
        table: new Map([[equals.value, then.run]]),
        tests: [test.run],
        thens: [then.run],
      });
    } else {
      steps.push({ test: test.run, then: then.run, read: undefined, table: undefined, tests: [], thens: [] });
    }
  }
  if (longest < MIN_RUN) return undefined;
  const otherwise = i < args.length ? args[i]!.run : undefined;
  return (d, g) => {
    for (let s = 0; s < steps.length; s++) {
      const step = steps[s]!;
      if (step.table === undefined) {
        if (truthy(step.test!(d, g))) return step.then!(d, g);
        continue;
      }
      const value = step.read!.get(d, g);
      if (typeof value === 'string') {
        const then = step.table.get(value);
        if (then !== undefined) return then(d, g);
        continue;
      }
      for (let k = 0; k < step.tests.length; k++) if (truthy(step.tests[k]!(d, g))) return step.thens[k]!(d, g);
    }
    return otherwise === undefined ? null : otherwise(d, g);
  };
}

export const buildNot: Builder = (args) => {
  const a = (args[0] ?? UNDEFINED_PIECE).run;
  return dynamic((d, g) => !truthy(a(d, g)));
};

export const buildTruthy: Builder = (args) => {
  const a = (args[0] ?? UNDEFINED_PIECE).run;
  return dynamic((d, g) => truthy(a(d, g)));
};
