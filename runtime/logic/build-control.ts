import { constant, dynamic, UNDEFINED_PIECE, type Builder, type Piece } from './piece';
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
  return dynamic((d, g) => {
    let i = 0;
    for (; i < n - 1; i += 2) if (truthy(runs[i]!(d, g))) return runs[i + 1]!(d, g);
    return n === i + 1 ? runs[i]!(d, g) : null;
  });
};

export const buildNot: Builder = (args) => {
  const a = (args[0] ?? UNDEFINED_PIECE).run;
  return dynamic((d, g) => !truthy(a(d, g)));
};

export const buildTruthy: Builder = (args) => {
  const a = (args[0] ?? UNDEFINED_PIECE).run;
  return dynamic((d, g) => truthy(a(d, g)));
};
