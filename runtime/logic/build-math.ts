import { toFloat } from './coerce';
import { constant, dynamic, runAll, UNDEFINED_PIECE, type Builder, type Eval } from './piece';

/*
 * Arithmetic with json-logic-js semantics. `+` and `*` parse each argument with parseFloat
 * ("3" → 3, "3 apples" → 3); `-`, `/`, `%` use JavaScript's own coercion. The `as N` casts only
 * quiet TypeScript.
 */
type N = number;

/*
 * Every result is checked: NaN or ±Infinity (x/0, a text that is not a number, an overflow) is an
 * error of the rule, never a value — NaN is falsy and Infinity truthy, so either would silently pick
 * a branch. `v - v === 0` is false exactly for those three; `fail` is ctx.notFinite, which throws.
 */
const finite = (v: N, fail: (value: N) => never): N => (v - v === 0 ? v : fail(v));

/** `+`: json-logic-js folds `parseFloat(acc) + parseFloat(x)` from 0, i.e. 0 + x1 + x2 + … */
export const buildAdd: Builder = (args, { notFinite: fail }) => {
  const runs = args.map((arg) => arg.run);
  if (runs.length === 0) return constant(0);
  if (runs.length === 1) {
    const a = runs[0]!;
    return dynamic((d, g) => finite(0 + toFloat(a(d, g)), fail));
  }
  if (runs.length === 2) {
    const [a, b] = runs as [Eval, Eval];
    return dynamic((d, g) => finite(0 + toFloat(a(d, g)) + toFloat(b(d, g)), fail));
  }
  return dynamic((d, g) => {
    let sum = 0;
    for (let i = 0; i < runs.length; i++) sum += toFloat(runs[i]!(d, g));
    return finite(sum, fail);
  });
};

/**
 * `*`: json-logic-js reduces without a start value, so one argument comes back untouched
 * (`{"*": ["3"]}` is "3"), and the running product goes through parseFloat again (-0 → 0).
 * No arguments makes json-logic-js throw; the parser refuses that.
 */
export const buildMultiply: Builder = (args, { notFinite: fail }) => {
  const runs = args.map((arg) => arg.run);
  if (runs.length <= 1) return args[0] ?? UNDEFINED_PIECE;
  if (runs.length === 2) {
    const [a, b] = runs as [Eval, Eval];
    return dynamic((d, g) => finite(toFloat(a(d, g)) * toFloat(b(d, g)), fail));
  }
  return dynamic((d, g) => {
    let product = toFloat(runs[0]!(d, g)) * toFloat(runs[1]!(d, g));
    for (let i = 2; i < runs.length; i++) product = toFloat(product) * toFloat(runs[i]!(d, g));
    return finite(product, fail);
  });
};

/** `-`: negation with one argument (or when the second evaluates to undefined), else subtraction. */
export const buildSubtract: Builder = (args, { notFinite: fail }) => {
  const a = (args[0] ?? UNDEFINED_PIECE).run;
  if (args.length < 2) return dynamic((d, g) => finite(-(a(d, g) as N), fail));
  const b = args[1]!;
  if (b.constant && b.value !== undefined) {
    const r = b.value as N;
    return dynamic((d, g) => finite((a(d, g) as N) - r, fail));
  }
  return dynamic((d, g) => {
    const x = a(d, g) as N;
    const y = b.run(d, g) as N | undefined;
    return finite(y === undefined ? -x : x - y, fail);
  });
};

export const buildDivide: Builder = (args, { notFinite: fail }) => {
  const a = (args[0] ?? UNDEFINED_PIECE).run;
  const b = (args[1] ?? UNDEFINED_PIECE).run;
  return dynamic((d, g) => finite((a(d, g) as N) / (b(d, g) as N), fail));
};

export const buildModulo: Builder = (args, { notFinite: fail }) => {
  const a = (args[0] ?? UNDEFINED_PIECE).run;
  const b = (args[1] ?? UNDEFINED_PIECE).run;
  return dynamic((d, g) => finite((a(d, g) as N) % (b(d, g) as N), fail));
};

/** `min` / `max`: Math.min / Math.max over the arguments (±Infinity for none). */
export function buildExtreme(pick: typeof Math.min): Builder {
  return (args, { notFinite: fail }) => {
    if (args.length === 2) {
      const a = args[0]!.run;
      const b = args[1]!.run;
      return dynamic((d, g) => finite(pick(a(d, g) as N, b(d, g) as N), fail));
    }
    return dynamic((d, g) => finite(pick(...(runAll(args, d, g) as N[])), fail));
  };
}
