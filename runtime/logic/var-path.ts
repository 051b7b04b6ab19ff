/**
 * `var` paths: split once, resolved through own properties only.
 *
 * json-logic-js reads `data[segment]`, which walks the prototype chain (`"constructor.prototype"`
 * answers, `"x.toString"` returns a function). Here a segment only ever matches an own property;
 * that still covers everything JSON data has: object keys, array indexes, and `length` of arrays
 * and strings (own properties in JavaScript, and commonly used: `{"var": "lines.length"}`).
 */

/** Segments that name prototype machinery; refused in var paths and as operator names. */
export const FORBIDDEN_SEGMENTS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The segments of a var path, split the way json-logic-js does on every evaluation;
 * `null` means the whole data (`undefined`, `""` or `null` as the path).
 */
export function splitVarPath(path: unknown): string[] | null {
  if (path === undefined || path === '' || path === null) return null;
  return String(path).split('.');
}

/** The first forbidden segment of a path, if any. */
export function forbiddenSegment(segments: readonly string[]): string | undefined {
  return segments.find((segment) => FORBIDDEN_SEGMENTS.has(segment));
}

/** `target[key]` if `key` is an own property of `target`; otherwise undefined. */
export function ownValue(target: unknown, key: string): unknown {
  // Kept tiny so V8 inlines it into every lookup: texts go to a separate function.
  if (typeof target === 'object') {
    return target !== null && Object.hasOwn(target, key) ? (target as Record<string, unknown>)[key] : undefined;
  }
  return typeof target === 'string' ? ownOfText(target, key) : undefined;
}

const INDEX = /^(?:0|[1-9][0-9]*)$/;

/** A string's own properties are `length` and its indexes; numbers and booleans have none. */
function ownOfText(text: string, key: string): unknown {
  if (key === 'length') return text.length;
  return INDEX.test(key) && Number(key) < text.length ? text[Number(key)] : undefined;
}

/** Follows `segments` from `data`; undefined when any step is missing (the caller picks the default). */
export function resolveSegments(data: unknown, segments: readonly string[]): unknown {
  let current = data;
  for (let i = 0; i < segments.length; i++) {
    current = ownValue(current, segments[i]!);
    if (current === undefined) return undefined;
  }
  return current;
}

/**
 * Resolves a path computed at evaluation time. Forbidden segments resolve to nothing (compile
 * time refuses them in literal paths; a computed one cannot be refused earlier).
 */
export function resolveDynamicPath(data: unknown, path: unknown): unknown {
  const segments = splitVarPath(path);
  if (segments === null) return data;
  if (forbiddenSegment(segments) !== undefined) return undefined;
  return resolveSegments(data, segments);
}

/**
 * What `{"var": key}` gives for one key of `missing` / `missing_some`. An array key is
 * `[path, default]`, as json-logic-js reads it; unlike json-logic-js, keys that come from data are
 * never run as logic.
 */
export function lookupKey(data: unknown, key: unknown): unknown {
  let path = key;
  let fallback: unknown = null;
  if (Array.isArray(key)) {
    path = key[0];
    fallback = key[1] === undefined ? null : key[1];
  }
  const segments = splitVarPath(path);
  if (segments === null) return data;
  if (forbiddenSegment(segments) !== undefined) return fallback;
  const value = resolveSegments(data, segments);
  return value === undefined ? fallback : value;
}
