import { LosslessNumber, parse } from 'lossless-json';
import { FORBIDDEN_KEYS, JSON_LIMITS } from '../../runtime/index';
import { isRecord } from './values';

export type ParsedPayload =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly message: string; readonly path: string };

/**
 * A number token a double may not hold exactly: 16+ digits (ids above 2^53, long decimals) or a
 * 3-digit exponent. Matches inside strings too, which only costs the slower lossless parse.
 */
const MAYBE_INEXACT = /[:,[]\s*-?(?:\d[\d.]{15,}|\d*\.\d{15,}|[\d.]+[eE][+-]?\d{3,})/;

/**
 * Parses channel JSON without losing digits, in one native parse for the usual payload. JSON.parse reads the
 * text; the walk that checks keys, depth and size also looks for what MAYBE_INEXACT could match: a number a
 * double may not hold exactly (beyond 10^15, 16+ characters, an exponent, 1e400) or a long string with such
 * a digit run. Only then is the text itself scanned, and if the scan matches every number must keep its
 * text (Douyin's product_id 3660207428038974464), as lossless-json would give it: the number tokens are
 * quoted with a marker (quoteNumbers) and V8's JSON.parse reads the text again, ten times faster than a
 * JavaScript parser; the marked strings become LosslessNumbers. Text the marker cannot be used on, and
 * text JSON.parse refuses, still goes through lossless-json, so errors read as before. Known gap: a number
 * written in a longer form than a double's shortest one (1.500000000000000, 16+ characters) is not seen, so
 * that payload keeps JSON.parse's numbers (its numbers keep their values; the record's raw text shows 1.5).
 * Either way a duplicate key keeps its last value, as JSON.parse does. Forbidden keys and hostile nesting
 * are refused.
 */
export function parsePayload(input: unknown): ParsedPayload {
  if (typeof input !== 'string') return checked(input, newWalk());
  if (input.length > JSON_LIMITS.maxTextLength)
    return {
      ok: false,
      message: `the text is longer than the limit of ${JSON_LIMITS.maxTextLength} characters`,
      path: '$',
    };
  let fast: ParsedPayload | undefined;
  let syntaxError: unknown;
  const walk = newWalk();
  try {
    const value: unknown = JSON.parse(input);
    if (isPlain(value)) {
      if (!plainSuspect) return { ok: true, value };
      fast = { ok: true, value };
    } else {
      fast = checked(value, walk);
      if (fast.ok && !walk.suspect) return fast;
    }
  } catch (error) {
    syntaxError = error;
  }
  // Otherwise as before: exact numbers for text that may hold an inexact one, JSON.parse's answer if not.
  if (!MAYBE_INEXACT.test(input)) return fast ?? notJson(syntaxError);
  if (fast?.ok) {
    // Valid JSON whose keys, depth and size passed: each number gets its text back from a scan, in place …
    if (withNumberTexts(input, fast)) return fast;
    // … or, when the tree cannot be lined up with the text, from a parse of the quoted text (same shape).
    const quoted = quoteNumbers(input);
    if (quoted !== undefined) return { ok: true, value: losslessNumbers(JSON.parse(quoted)) };
  }
  try {
    return checked(parse(input, null, { onDuplicateKey: ({ newValue }) => newValue }), newWalk());
  } catch (error) {
    return notJson(error);
  }
}

// Read once: the walk below runs for every value of every payload.
const MAX_DEPTH = JSON_LIMITS.maxDepth;
const MAX_VALUES = JSON_LIMITS.maxValues;
let plainCount = 0;
/** Something MAYBE_INEXACT may match was seen: the text must be scanned (as `Walk.suspect`). */
let plainSuspect = false;

/**
 * The usual payload, answered by one tight walk: no forbidden key and within the limits (the same tests as
 * `inspect`), `plainSuspect` set as `seeLeaf` would set `Walk.suspect`. False sends the tree to `checked`, which
 * finds the first problem and its path exactly as before; this walk only says there is none.
 */
function isPlain(root: unknown): boolean {
  plainCount = 0;
  plainSuspect = false;
  return typeof root === 'object' && root !== null ? plainTree(root, 0) : plainLeaf(root) && ++plainCount <= MAX_VALUES;
}

function plainTree(value: object, depth: number): boolean {
  if (++plainCount > MAX_VALUES || depth >= MAX_DEPTH) return false; // a child would be one level deeper
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'object' && item !== null) {
        if (!plainTree(item, depth + 1)) return false;
      } else if (!plainLeaf(item) || ++plainCount > MAX_VALUES) return false;
    }
    return true;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) {
    if (FORBIDDEN_KEYS.has(key)) return false;
    if (!plainSuspect && key.length >= 17 && MAYBE_INEXACT.test(key)) plainSuspect = true;
    const item = record[key];
    if (typeof item === 'object' && item !== null) {
      if (!plainTree(item, depth + 1)) return false;
    } else if (!plainLeaf(item) || ++plainCount > MAX_VALUES) return false;
  }
  return true;
}

/** A leaf, seen as seeLeaf sees it; always true (a leaf is never a problem), so it can end a condition. */
function plainLeaf(value: unknown): boolean {
  if (plainSuspect) return true;
  if (typeof value === 'number') plainSuspect = mayBeInexact(value);
  else if (typeof value === 'string') plainSuspect = value.length >= 17 && MAYBE_INEXACT.test(value);
  return true;
}

/** Where the number tokens of a text are (start, end pairs, in text order) and how many keys it writes. */
interface Tokens {
  readonly bounds: number[];
  readonly keys: number;
}

/** The number tokens outside strings and the count of keys (strings followed by a colon); text JSON.parse accepted. */
function numberTokens(text: string): Tokens | undefined {
  const bounds: number[] = [];
  let keys = 0;
  const end = text.length;
  for (let i = 0; i < end;) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      i = closingQuote(text, i) + 1;
      if (i === 0) return undefined;
      let next = i;
      while (next < end && isSpace(text.charCodeAt(next))) next++;
      if (text.charCodeAt(next) === COLON) keys++;
    } else if (c === MINUS || (c >= DIGIT_0 && c <= DIGIT_9)) {
      let j = i + 1;
      while (j < end && isNumberChar(text.charCodeAt(j))) j++;
      bounds.push(i, j);
      i = j;
    } else i++;
  }
  return { bounds, keys };
}

/** The walk that gives each number of the tree the next token's text; it stops at the first thing that disagrees. */
interface Pairing {
  readonly text: string;
  readonly bounds: readonly number[];
  next: number;
  keys: number;
}

/**
 * Turns every number of a JSON.parse tree into a LosslessNumber of its own text, found by walking the tree in
 * text order beside the scan's number tokens: no second parse. False (the tree half rewritten: the caller
 * parses again) when the tree's order is not the text's — a key written twice (the key count differs), or a
 * key that starts with a digit (objects put array-index keys first) — or a token's value is not the number.
 */
function withNumberTexts(text: string, parsed: { value: unknown }): boolean {
  const tokens = numberTokens(text);
  if (!tokens) return false;
  const pairing: Pairing = { text, bounds: tokens.bounds, next: 0, keys: 0 };
  if (typeof parsed.value === 'number') {
    const exact = take(pairing, parsed.value);
    if (!exact) return false;
    parsed.value = exact;
  } else if (typeof parsed.value === 'object' && parsed.value !== null && !restore(parsed.value, pairing)) return false;
  return pairing.next === tokens.bounds.length && pairing.keys === tokens.keys;
}

function take(pairing: Pairing, value: number): LosslessNumber | undefined {
  if (pairing.next >= pairing.bounds.length) return undefined;
  const digits = pairing.text.slice(pairing.bounds[pairing.next], pairing.bounds[pairing.next + 1]);
  pairing.next += 2;
  return Number(digits) === value ? new LosslessNumber(digits) : undefined;
}

function restore(container: object, pairing: Pairing): boolean {
  if (Array.isArray(container)) {
    for (let i = 0; i < container.length; i++) {
      const item: unknown = container[i];
      if (typeof item === 'number') {
        const exact = take(pairing, item);
        if (!exact) return false;
        container[i] = exact;
      } else if (typeof item === 'object' && item !== null && !restore(item, pairing)) return false;
    }
    return true;
  }
  const record = container as Record<string, unknown>;
  const keys = Object.keys(record);
  pairing.keys += keys.length;
  for (const key of keys) {
    const first = key.charCodeAt(0);
    if (first >= DIGIT_0 && first <= DIGIT_9) return false;
    const item = record[key];
    if (typeof item === 'number') {
      const exact = take(pairing, item);
      if (!exact) return false;
      record[key] = exact;
    } else if (typeof item === 'object' && item !== null && !restore(item, pairing)) return false;
  }
  return true;
}

const COLON = 58;
/** JSON's whitespace: space, tab, line feed, carriage return. */
const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9;

/** Starts a number token's marker string: a NUL no string of the payload holds (quoteNumbers checks). */
const MARKER = '"\\u0000';

/**
 * `{"id": 3660207428038974464}` → `{"id": "\u00003660207428038974464"}`: every number token outside
 * strings quoted behind a marker. Only for text JSON.parse has accepted, where every run of number
 * characters that starts with a digit or minus outside a string is a number token (never a key). Undefined
 * when a string may hold the marker (an escaped NUL): the caller takes the careful parser then.
 */
export function quoteNumbers(text: string): string | undefined {
  if (text.includes('\\u0000')) return undefined;
  let out = '';
  let from = 0;
  const end = text.length;
  for (let i = 0; i < end;) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      i = closingQuote(text, i) + 1;
      if (i === 0) return undefined;
    } else if (c === MINUS || (c >= DIGIT_0 && c <= DIGIT_9)) {
      let j = i + 1;
      while (j < end && isNumberChar(text.charCodeAt(j))) j++;
      out += text.slice(from, i) + MARKER + text.slice(i, j) + '"';
      from = i = j;
    } else i++;
  }
  return out + text.slice(from);
}

const QUOTE = 34;
const BACKSLASH = 92;
const MINUS = 45;
const DIGIT_0 = 48;
const DIGIT_9 = 57;

/** Digits, '.', 'e', 'E', '+', '-': the characters a JSON number token is made of. */
const isNumberChar = (c: number): boolean =>
  (c >= DIGIT_0 && c <= DIGIT_9) || c === 46 || c === 101 || c === 69 || c === 43 || c === MINUS;

/** The index of the quote that closes the string opened at `open` (-1 if none): one not escaped by a backslash. */
function closingQuote(text: string, open: number): number {
  let close = text.indexOf('"', open + 1);
  while (close !== -1) {
    let backslashes = 0;
    while (text.charCodeAt(close - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return close;
    close = text.indexOf('"', close + 1);
  }
  return -1;
}

/** The marked strings of a quoteNumbers parse back into LosslessNumbers, in place (only those are written). */
function losslessNumbers(value: unknown): unknown {
  if (typeof value === 'string') return value.charCodeAt(0) === 0 ? new LosslessNumber(value.slice(1)) : value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'object' && item !== null) losslessNumbers(item);
      else if (typeof item === 'string' && item.charCodeAt(0) === 0) value[i] = new LosslessNumber(item.slice(1));
    }
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const item = record[key];
      if (typeof item === 'object' && item !== null) losslessNumbers(item);
      else if (typeof item === 'string' && item.charCodeAt(0) === 0) record[key] = new LosslessNumber(item.slice(1));
    }
  }
  return value;
}

const notJson = (error: unknown): ParsedPayload => ({
  ok: false,
  message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
  path: '$',
});

/** What the walk counts and saw. */
interface Walk {
  count: number;
  /** Something MAYBE_INEXACT may match: the text must be scanned. */
  suspect: boolean;
}
const newWalk = (): Walk => ({ count: 0, suspect: false });

function checked(value: unknown, walk: Walk): ParsedPayload {
  const issue = inspect(value, 0, walk);
  if (!issue) return { ok: true, value };
  const path = issue.tooDeep ? issue.path.reverse().slice(0, 8) : issue.path.reverse();
  return { ok: false, message: issue.message, path: issue.path.length === 0 ? '$' : formatJsonPath(path) };
}

interface Issue {
  readonly message: string;
  /** Innermost segment first (filled in as the walk unwinds). */
  readonly path: (string | number)[];
  readonly tooDeep?: boolean;
}

/**
 * Forbidden keys, depth and size; the path is built only for a problem. Children are visited last to
 * first and an object's keys are checked before its children, so the first problem reported is the
 * one the former stack-based walk reported.
 */
function inspect(value: unknown, depth: number, walk: Walk): Issue | undefined {
  const limit = limits(depth, walk);
  if (limit) return limit;
  if (typeof value !== 'object' || value === null) seeLeaf(value, walk);
  else if (Array.isArray(value)) {
    for (let i = value.length - 1; i >= 0; i--) {
      const issue = inspectChild(value[i], depth + 1, walk);
      if (issue) return within(issue, i);
    }
  } else if (isRecord(value)) {
    const keys = Object.keys(value);
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key))
        return { message: `the key "${key}" is not allowed (it could change how objects behave)`, path: [key] };
      // The scan reads keys too ({"…:1234567890123456789": 0}); a key that short cannot hold a match.
      if (!walk.suspect && key.length >= 17 && MAYBE_INEXACT.test(key)) walk.suspect = true;
    }
    for (let i = keys.length - 1; i >= 0; i--) {
      const issue = inspectChild(value[keys[i]!], depth + 1, walk);
      if (issue) return within(issue, keys[i]!);
    }
  }
  return undefined;
}

/** A child: a leaf is seen here (no recursive call for most values of a payload), a list or object is walked. */
function inspectChild(value: unknown, depth: number, walk: Walk): Issue | undefined {
  if (typeof value === 'object' && value !== null) return inspect(value, depth, walk);
  const limit = limits(depth, walk);
  if (limit) return limit;
  seeLeaf(value, walk);
  return undefined;
}

/** The size and depth limits, counting this value. */
function limits(depth: number, walk: Walk): Issue | undefined {
  if (++walk.count > JSON_LIMITS.maxValues)
    return { message: `the document has more than the limit of ${JSON_LIMITS.maxValues} values`, path: [] };
  if (depth > JSON_LIMITS.maxDepth)
    return {
      message: `the document nests deeper than the limit of ${JSON_LIMITS.maxDepth} levels`,
      path: [],
      tooDeep: true,
    };
  return undefined;
}

/** Numbers and texts MAYBE_INEXACT may match make the walk suspect. */
function seeLeaf(value: unknown, walk: Walk): void {
  if (walk.suspect) return;
  if (typeof value === 'number') walk.suspect = mayBeInexact(value);
  // The pattern needs 17+ characters; a string that short cannot hold a match.
  else if (typeof value === 'string') walk.suspect = value.length >= 17 && MAYBE_INEXACT.test(value);
}

/** A number whose text MAYBE_INEXACT may have matched, judged by its shortest form (0.06, 500001084: no). */
function mayBeInexact(value: number): boolean {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e15) return true;
  if (Number.isInteger(value)) return false;
  const text = String(value);
  return text.length >= 16 || text.includes('e');
}

function within(issue: Issue, key: string | number): Issue {
  // The count limit is reported at the root ($), as before.
  if (issue.path.length > 0 || issue.tooDeep) issue.path.push(key);
  return issue;
}

/** `['data', 'orders', 0, 'id']` → `$.data.orders[0].id`. */
export function formatJsonPath(path: readonly (string | number)[], root = '$'): string {
  let text = root;
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) text += `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}
