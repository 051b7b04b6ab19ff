import { parse } from 'lossless-json';
import { FORBIDDEN_KEYS, JSON_LIMITS } from '../../runtime/index';
import { isRecord } from './values';
import { formatJsonPath, type ParsedPayload } from './parse-payload';

/**
 * A number token a double may not hold exactly: 16+ digits (ids above 2^53, long decimals) or a
 * 3-digit exponent. Matches inside strings too, which only costs the slower lossless parse.
 */
const MAYBE_INEXACT = /[:,[]\s*-?(?:\d[\d.]{15,}|\d*\.\d{15,}|[\d.]+[eE][+-]?\d{3,})/;

/**
 * The payload parse as it was before the one-pass parse (parse-payload.ts): kept as the reference the
 * equivalence test and the bench compare against. Parses channel JSON without losing digits. Text whose every number a double holds exactly goes
 * through JSON.parse (ten times faster); otherwise lossless-json keeps each number as its text, so
 * Douyin's product_id 3660207428038974464 stays exact. Either way a duplicate key keeps its last
 * value, as JSON.parse does. Forbidden keys and hostile nesting are refused, as for flows.
 */
export function parsePayloadReference(input: unknown): ParsedPayload {
  let value: unknown = input;
  if (typeof input === 'string') {
    if (input.length > JSON_LIMITS.maxTextLength)
      return {
        ok: false,
        message: `the text is longer than the limit of ${JSON_LIMITS.maxTextLength} characters`,
        path: '$',
      };
    try {
      value = MAYBE_INEXACT.test(input)
        ? parse(input, null, { onDuplicateKey: ({ newValue }) => newValue })
        : JSON.parse(input);
    } catch (error) {
      return {
        ok: false,
        message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
        path: '$',
      };
    }
  }
  const issue = inspect(value);
  return issue ? { ok: false, ...issue } : { ok: true, value };
}

interface Frame {
  readonly value: unknown;
  readonly depth: number;
  readonly parent?: Frame;
  readonly key?: string | number;
}

const pathOf = (frame: Frame): (string | number)[] => (frame.parent ? [...pathOf(frame.parent), frame.key!] : []);

/** Forbidden keys, depth and size, without recursion and without building a path per value. */
function inspect(root: unknown): { message: string; path: string } | undefined {
  const stack: Frame[] = [{ value: root, depth: 0 }];
  let count = 0;
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (++count > JSON_LIMITS.maxValues)
      return { message: `the document has more than the limit of ${JSON_LIMITS.maxValues} values`, path: '$' };
    if (frame.depth > JSON_LIMITS.maxDepth)
      return {
        message: `the document nests deeper than the limit of ${JSON_LIMITS.maxDepth} levels`,
        path: formatJsonPath(pathOf(frame).slice(0, 8)),
      };
    const { value } = frame;
    if (Array.isArray(value))
      for (let i = 0; i < value.length; i++)
        stack.push({ value: value[i], depth: frame.depth + 1, parent: frame, key: i });
    else if (isRecord(value)) {
      for (const key of Object.keys(value)) {
        if (FORBIDDEN_KEYS.has(key))
          return {
            message: `the key "${key}" is not allowed (it could change how objects behave)`,
            path: formatJsonPath([...pathOf(frame), key]),
          };
        stack.push({ value: value[key], depth: frame.depth + 1, parent: frame, key });
      }
    }
  }
  return undefined;
}
