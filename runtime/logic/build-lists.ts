import { spend } from './budget';
import { catPart } from './coerce';
import { constant, dynamic, runAll, UNDEFINED_PIECE, type Builder } from './piece';

/*
 * `in`, `cat`, `substr`, `merge`: text and list operators. Whatever scans or builds a list or
 * text in proportion to its size spends that size from the evaluation's work budget, so a loop
 * around them (or a `reduce` that doubles its accumulator) stops at maxWork.
 */
type N = number;

/**
 * `in`: substring test on a text, membership test (===) on an array, false for anything else.
 * A literal array of scalars becomes a Set built once: Set.has agrees with indexOf here, as
 * NaN (the one value where they differ) cannot be in the list.
 */
export const buildIn: Builder = (args, ctx) => {
  const needle = (args[0] ?? UNDEFINED_PIECE).run;
  const haystack = args[1] ?? UNDEFINED_PIECE;
  if (haystack.items && !haystack.items.some((item) => Number.isNaN(item))) {
    const set = new Set<unknown>(haystack.items);
    return dynamic((d, g) => set.has(needle(d, g)));
  }
  if (haystack.constant) {
    const text = haystack.value;
    // json-logic-js: `if (!b || typeof b.indexOf === "undefined") return false`.
    if (typeof text !== 'string' || text === '') return constant(false);
    const path = ctx.spendsWork();
    return dynamic((d, g) => {
      spend(g, text.length, path);
      return text.indexOf(needle(d, g) as string) !== -1;
    });
  }
  const path = ctx.spendsWork();
  const list = haystack.run;
  return dynamic((d, g) => {
    const b = list(d, g);
    if (Array.isArray(b)) {
      spend(g, b.length, path);
      return b.indexOf(needle(d, g)) !== -1;
    }
    if (typeof b === 'string' && b !== '') {
      spend(g, b.length, path);
      return b.indexOf(needle(d, g) as string) !== -1;
    }
    return false;
  });
};

/** `cat`: joins the arguments as text (null and undefined as ""); spends the result's length. */
export const buildCat: Builder = (args, ctx) => {
  const path = ctx.spendsWork();
  const runs = args.map((arg) => arg.run);
  return dynamic((d, g) => {
    let text = '';
    for (let i = 0; i < runs.length; i++) text += catPart(runs[i]!(d, g));
    spend(g, text.length, path);
    return text;
  });
};

/**
 * `substr`: String.prototype.substr (negative start counts from the end); a negative length
 * drops that many characters from the end, as PHP does. The same expressions as json-logic-js,
 * coercions included (`String(source)`, a string "-1" as length).
 */
export const buildSubstr: Builder = (args) => {
  const source = (args[0] ?? UNDEFINED_PIECE).run;
  const start = (args[1] ?? UNDEFINED_PIECE).run;
  const length = (args[2] ?? UNDEFINED_PIECE).run;
  return dynamic((d, g) => {
    const text = String(source(d, g));
    const from = start(d, g) as N;
    const end = length(d, g) as N;
    if (end < 0) {
      const tail = text.substr(from);
      return tail.substr(0, tail.length + end);
    }
    return text.substr(from, end);
  });
};

/** `merge`: one flat list from the arguments (arrays are spread one level); spends its length. */
export const buildMerge: Builder = (args, ctx) => {
  const path = ctx.spendsWork();
  return dynamic((d, g) => {
    const values = runAll(args, d, g);
    let size = 0;
    for (const value of values) size += Array.isArray(value) ? value.length : 1;
    spend(g, size, path);
    return ([] as unknown[]).concat(...values);
  });
};
