import { parse } from 'lossless-json';
import { mappingSchema, type ChannelMapping } from './mapping.schema';
import type { CompiledMapping, MappingProblem } from './engine/compiled';
import { compileMapping } from './engine/compile-mapping';
import { formatJsonPath } from './json/parse-payload';

export type LoadedMapping =
  | { readonly ok: true; readonly mapping: ChannelMapping; readonly compiled: CompiledMapping }
  | { readonly ok: false; readonly problems: readonly MappingProblem[] };

const cache = new WeakMap<object, LoadedMapping>();

/**
 * Validates a mapping document (JSON text or parsed JSON): the zod schema first, then what a schema
 * cannot say — paths parse, each conversion suits its field, related documents are declared.
 */
export function loadMapping(json: unknown): LoadedMapping {
  if (typeof json === 'object' && json !== null && cache.has(json)) return cache.get(json)!;
  let value = json;
  if (typeof json === 'string') {
    try {
      // An integer a double cannot hold (a big id in a status table) is kept as its digits:
      // conditions compare texts, so it still matches the payload's value.
      value = parse(json, null, (digits) =>
        /^-?\d+$/.test(digits) && !Number.isSafeInteger(Number(digits)) ? digits : Number(digits),
      );
    } catch (error) {
      return {
        ok: false,
        problems: [{ path: '$', message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` }],
      };
    }
  }
  const parsed = mappingSchema.safeParse(value);
  let result: LoadedMapping;
  if (!parsed.success) {
    result = {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        path: formatJsonPath(issue.path.filter((p): p is string | number => typeof p !== 'symbol')),
        message: issue.message,
      })),
    };
  } else {
    const compiled = compileMapping(parsed.data);
    result = compiled.ok
      ? { ok: true, mapping: parsed.data, compiled: compiled.compiled }
      : { ok: false, problems: compiled.problems };
    // normalize(loaded.mapping, …) then finds it compiled.
    if (result.ok) cache.set(parsed.data, result);
  }
  if (typeof json === 'object' && json !== null) cache.set(json, result);
  return result;
}
