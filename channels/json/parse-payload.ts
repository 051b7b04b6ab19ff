import { parse } from 'lossless-json';
import { inspectJson } from '../../runtime/json/safe-json';

export type ParsedPayload =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly message: string; readonly path: string };

/**
 * Parses channel JSON without losing digits: every number stays a LosslessNumber holding its text,
 * so ids above 2^53 (Douyin product_id 3660207428038974464) and amounts keep their exact digits.
 * Keys that could reach Object.prototype and hostile nesting are refused, as for flows.
 */
export function parsePayload(input: unknown): ParsedPayload {
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = parse(input);
    } catch (error) {
      return { ok: false, message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}`, path: '$' };
    }
  }
  const issue = inspectJson(value)[0];
  if (issue) return { ok: false, message: issue.message, path: formatPath(issue.path) };
  return { ok: true, value };
}

/** `['data', 'orders', 0, 'id']` → `$.data.orders[0].id`. */
export function formatPath(path: readonly (string | number)[], root = '$'): string {
  let text = root;
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) text += `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}
