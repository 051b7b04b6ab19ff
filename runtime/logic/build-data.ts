import { spend } from './budget';
import { constant, dynamic, runAll, UNDEFINED_PIECE, type Builder, type Eval, type Piece } from './piece';
import { readerFor } from './readers';
import { lookupKey, ownValue, resolveDynamicPath, resolveSegments, splitVarPath } from './var-path';

/*
 * `var`, `missing`, `missing_some`: reading the data. Literal paths are split once here; lookups
 * only follow own properties (see var-path.ts).
 */

/** What `var` gives when the path is missing: its default, or null. */
function notFoundOf(fallback: Piece | undefined): Piece {
  if (fallback === undefined) return constant(null);
  if (fallback.constant) return constant(fallback.value === undefined ? null : fallback.value);
  const run = fallback.run;
  return dynamic((d, g) => {
    const value = run(d, g);
    return value === undefined ? null : value;
  });
}

/** `{"var": path}` or `{"var": [path, default]}`. */
export const buildVar: Builder = (args) => {
  const path = args[0] ?? UNDEFINED_PIECE;
  const notFound = notFoundOf(args[1]);
  if (!path.constant) return dynamic(dynamicVar(path.run, notFound.run));
  const segments = splitVarPath(path.value);
  // The whole data: as json-logic-js, returned as is (no default, even when undefined).
  if (segments === null) return dynamic((d) => d);
  if (!notFound.constant) {
    const fallback = notFound.run;
    return dynamic((d, g) => {
      const value = resolveSegments(d, segments);
      return value === undefined ? fallback(d, g) : value;
    });
  }
  // Marked as a plain field read, so comparisons can read it directly and `if` can recognise several
  // tests of one field.
  const nf = notFound.value;
  const at = rawPathRead(segments);
  const run = literalPathVar(segments, nf);
  return { ...dynamic(run), read: { path: segments.join('.'), notFound: nf, get: run, at } };
};

function withDefault(at: (data: unknown) => unknown, nf: unknown): Eval {
  return (d) => {
    const value = at(d);
    return value === undefined ? nf : value;
  };
}

/** `var` of a literal path with a constant default, one to three segments without a loop. */
export function literalPathVar(segments: readonly string[], nf: unknown): Eval {
  if (segments.length === 1) {
    const r0 = readerFor(segments[0]!);
    return (d) => {
      const value = r0(d);
      return value === undefined ? nf : value;
    };
  }
  if (segments.length === 2) {
    const r0 = readerFor(segments[0]!);
    const r1 = readerFor(segments[1]!);
    return (d) => {
      const parent = r0(d);
      if (parent === undefined) return nf;
      const value = r1(parent);
      return value === undefined ? nf : value;
    };
  }
  if (segments.length === 3) {
    const r0 = readerFor(segments[0]!);
    const r1 = readerFor(segments[1]!);
    const r2 = readerFor(segments[2]!);
    return (d) => {
      const a = r0(d);
      if (a === undefined) return nf;
      const b = r1(a);
      if (b === undefined) return nf;
      const value = r2(b);
      return value === undefined ? nf : value;
    };
  }
  return withDefault(rawPathRead(segments), nf);
}

/** The value at a literal path, or undefined when any step is missing (the `var` then gives its default). */
function rawPathRead(segments: readonly string[]): (data: unknown) => unknown {
  // Each segment is read by its key's reader (readers.ts); one to three segments without a loop.
  if (segments.length === 1) return readerFor(segments[0]!);
  if (segments.length === 2) {
    const r0 = readerFor(segments[0]!);
    const r1 = readerFor(segments[1]!);
    return (d) => {
      const parent = r0(d);
      return parent === undefined ? undefined : r1(parent);
    };
  }
  if (segments.length === 3) {
    const r0 = readerFor(segments[0]!);
    const r1 = readerFor(segments[1]!);
    const r2 = readerFor(segments[2]!);
    return (d) => {
      const a = r0(d);
      if (a === undefined) return undefined;
      const b = r1(a);
      return b === undefined ? undefined : r2(b);
    };
  }
  return (d) => resolveSegments(d, segments);
}

/** A path computed at evaluation time (`{"var": {"cat": ["a.", {"var": "k"}]}}`). */
function dynamicVar(path: Eval, fallback: Eval): Eval {
  return (d, g) => {
    const p = path(d, g);
    if (p === undefined || p === '' || p === null) return d;
    const value = resolveDynamicPath(d, p);
    return value === undefined ? fallback(d, g) : value;
  };
}

/** A key is missing when `{"var": key}` gives null or "". */
function missingFrom(data: unknown, keys: ArrayLike<unknown>): unknown[] {
  const missing: unknown[] = [];
  for (let i = 0; i < keys.length; i++) {
    const value = lookupKey(data, keys[i]);
    if (value === null || value === '') missing.push(keys[i]);
  }
  return missing;
}

/** Keys known at compile time, with their paths split once. */
function staticMissing(keys: readonly unknown[]): Eval {
  const entries = keys.map((key) => ({ key, segments: splitVarPath(key) }));
  return (d) => {
    const missing: unknown[] = [];
    for (const { key, segments } of entries) {
      // As `var`: the whole data as is; a path that is not there reads as null.
      const value = segments === null ? d : (resolveSegments(d, segments) ?? null);
      if (value === null || value === '') missing.push(key);
    }
    return missing;
  };
}

/** The keys `missing` checks: the first argument if it is a list, else all the arguments. */
function literalKeys(args: readonly Piece[]): readonly unknown[] | undefined {
  const first = args[0];
  if (first?.items) return first.items;
  if (args.every((arg) => arg.constant)) return args.map((arg) => arg.value);
  return undefined;
}

/** `missing`: the keys whose value is null, "" or not there. */
export const buildMissing: Builder = (args, ctx) => {
  const keys = literalKeys(args);
  if (keys !== undefined) return dynamic(staticMissing(keys));
  const path = ctx.spendsWork();
  return dynamic((d, g) => {
    const values = runAll(args, d, g);
    const list = Array.isArray(values[0]) ? (values[0] as unknown[]) : values;
    spend(g, list.length, path);
    return missingFrom(d, list);
  });
};

/**
 * `missing_some`: [] when at least `need` of the keys are present, else the missing ones.
 * json-logic-js runs `{"missing": options}`, so a non-list option is one key and a list as first
 * option is the key list.
 */
export const buildMissingSome: Builder = (args, ctx) => {
  const need = (args[0] ?? UNDEFINED_PIECE).run;
  const options = (args[1] ?? UNDEFINED_PIECE).run;
  const path = ctx.spendsWork();
  return dynamic((d, g) => {
    const wanted = need(d, g) as number;
    const given = options(d, g);
    const list = Array.isArray(given) ? (given as unknown[]) : [given];
    const keys = Array.isArray(list[0]) ? (list[0] as unknown[]) : list;
    spend(g, keys.length, path);
    const missing = missingFrom(d, keys);
    // `options.length` in json-logic-js: a list's or text's length, else undefined (never ≥ need).
    const count = ownValue(given, 'length') as number;
    return count - missing.length >= wanted ? [] : missing;
  });
};
