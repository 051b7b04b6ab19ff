import type { Facts, JsonValue } from '../../runtime/node/index';
import { compilePath, evaluatePath, type CompiledPath } from '../../runtime/node/index';
import type { CallApiConfig, CallRequest } from './call-api.schema';

const PLACEHOLDER = /\{\{\s*([^{}\s]+)\s*\}\}/g;

/** A config path compiled once; `many` when it can reach several values (a `*` or a filter). */
export interface ReadPath {
  readonly compiled: CompiledPath;
  readonly many: boolean;
}

export function readPath(text: string): ReadPath | string {
  const compiled = compilePath(text);
  if (typeof compiled === 'string') return compiled;
  if (compiled.scope !== 'record') return `"${text}": only plain paths (no ^, @ or ~) can be read here`;
  return { compiled, many: compiled.segments.some((s) => s.kind !== 'key') };
}

/** The value(s) a path reads, as plain JSON (a copy: nothing in the request aliases the order). */
export function read(path: ReadPath, from: unknown): JsonValue {
  const hits = evaluatePath(path.compiled.segments, from);
  const copy = (value: unknown): JsonValue =>
    value === undefined ? null : (JSON.parse(JSON.stringify(value)) as JsonValue);
  if (path.many) return hits.map((hit) => copy(hit.value));
  return copy(hits[0]?.value);
}

/** Sets `a.b.c` in a body object, making the objects on the way (own keys only). */
function put(body: Record<string, JsonValue>, dotted: string, value: JsonValue): void {
  const keys = dotted.split('.');
  let at = body;
  for (const key of keys.slice(0, -1)) {
    const next = Object.hasOwn(at, key) ? at[key] : undefined;
    if (typeof next !== 'object' || next === null || Array.isArray(next)) at[key] = {};
    at = at[key] as Record<string, JsonValue>;
  }
  at[keys.at(-1)!] = value;
}

/** The URL with `{{path}}` placeholders filled from the facts, each value URL-encoded. */
export function fillUrl(template: string, facts: Facts): string {
  return template.replace(PLACEHOLDER, (_, text: string) => {
    const path = readPath(text);
    if (typeof path === 'string') return '';
    const value = read(path, facts);
    if (value === null) return '';
    return encodeURIComponent(typeof value === 'object' ? JSON.stringify(value) : String(value));
  });
}

export interface PreparedCall {
  readonly config: CallApiConfig;
  readonly body: readonly { readonly field: string; readonly from: ReadPath | { readonly value: JsonValue } }[];
  readonly attributes: readonly { readonly name: string; readonly from: ReadPath }[];
  readonly tags?: ReadPath;
}

/** Compiles every path once; a bad path throws naming the field (validation reports it first, with `check`). */
export function prepareCall(config: CallApiConfig): PreparedCall {
  const must = (text: string, where: string): ReadPath => {
    const path = readPath(text);
    if (typeof path === 'string') throw new Error(`${where}: ${path}`);
    return path;
  };
  return {
    config,
    body: Object.entries(config.body).map(([field, from]) => ({
      field,
      from: typeof from === 'string' ? must(from, `body.${field}`) : from,
    })),
    attributes: Object.entries(config.response.attributes).map(([name, from]) => ({
      name,
      from: must(from, `response.attributes.${name}`),
    })),
    ...(config.response.tags ? { tags: must(config.response.tags, 'response.tags') } : {}),
  };
}

/** The request for this order: URL filled, body built by the mapping (none for GET and DELETE). */
export function buildRequest(prepared: PreparedCall, facts: Facts): CallRequest {
  const { config } = prepared;
  const withBody = config.method !== 'GET' && config.method !== 'DELETE';
  let body: Record<string, JsonValue> | undefined;
  if (withBody) {
    body = {};
    for (const { field, from } of prepared.body) put(body, field, 'compiled' in from ? read(from, facts) : from.value);
  }
  return {
    method: config.method,
    url: fillUrl(config.url, facts),
    headers: config.headers,
    ...(body ? { body } : {}),
    timeoutMs: config.timeoutMs,
    retries: config.retries,
  };
}
