import { parse } from 'lossless-json';
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
 * Parses channel JSON without losing digits, in one pass for the usual payload. JSON.parse reads the text;
 * the walk that checks keys, depth and size also looks for what MAYBE_INEXACT could match: a number a
 * double may not hold exactly (beyond 10^15, 16+ characters, an exponent, 1e400) or a long string with such
 * a digit run. Only then is the text itself scanned, and if the scan matches it is parsed again by
 * lossless-json, which keeps each number as its text (Douyin's product_id 3660207428038974464) — the same
 * choice as scanning every text, without the scan for the usual payload. Known gap: a number written in a
 * longer form than a double's shortest one (1.500000000000000, 16+ characters) is not seen, so that payload
 * goes through JSON.parse (its numbers keep their values; the record's raw text shows 1.5). Either way a
 * duplicate key keeps its last value, as JSON.parse does. Forbidden keys and hostile nesting are refused.
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
    fast = checked(JSON.parse(input), walk);
    if (fast.ok && !walk.suspect) return fast;
  } catch (error) {
    syntaxError = error;
  }
  // Otherwise as before: lossless-json for text that may hold an inexact number, JSON.parse's answer if not.
  if (!MAYBE_INEXACT.test(input)) return fast ?? notJson(syntaxError);
  try {
    return checked(parse(input, null, { onDuplicateKey: ({ newValue }) => newValue }), newWalk());
  } catch (error) {
    return notJson(error);
  }
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
  if (++walk.count > JSON_LIMITS.maxValues)
    return { message: `the document has more than the limit of ${JSON_LIMITS.maxValues} values`, path: [] };
  if (depth > JSON_LIMITS.maxDepth)
    return {
      message: `the document nests deeper than the limit of ${JSON_LIMITS.maxDepth} levels`,
      path: [],
      tooDeep: true,
    };
  if (typeof value === 'number') {
    if (!walk.suspect && mayBeInexact(value)) walk.suspect = true;
  } else if (typeof value === 'string') {
    // The pattern needs 17+ characters; a string that short cannot hold a match.
    if (!walk.suspect && value.length >= 17 && MAYBE_INEXACT.test(value)) walk.suspect = true;
  } else if (Array.isArray(value)) {
    for (let i = value.length - 1; i >= 0; i--) {
      const issue = inspect(value[i], depth + 1, walk);
      if (issue) return within(issue, i);
    }
  } else if (isRecord(value)) {
    const keys = Object.keys(value);
    for (const key of keys)
      if (FORBIDDEN_KEYS.has(key))
        return { message: `the key "${key}" is not allowed (it could change how objects behave)`, path: [key] };
    for (let i = keys.length - 1; i >= 0; i--) {
      const issue = inspect(value[keys[i]!], depth + 1, walk);
      if (issue) return within(issue, keys[i]!);
    }
  }
  return undefined;
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
