import { parseOrder, orderSchema, type Order } from '../runtime/index';
import type { ChannelMapping } from './mapping.schema';
import type { ChannelProblem } from './problem';
import { buildOrder } from './engine/build-order';
import { buildEvents, type ChannelEvent } from './engine/fulfilment';
import type { CompiledMapping } from './engine/compiled';
import { findRecords, indexRelated, relatedFor } from './engine/records';
import { newReport, problem } from './engine/report';
import { schemaProblems } from './engine/schema-problems';
import { where, type Located } from './engine/scope';
import { formatJsonPath, parsePayload, type ParsedPayload } from './json/parse-payload';
import { isRecord } from './json/values';
import { loadMapping } from './load-mapping';
import { builtInMapping } from './registry';

/** One order found in a payload: the canonical order, or why it could not be made. Both keep the raw record. */
export type NormalizeResult =
  | {
      readonly ok: true;
      readonly order: Order;
      /** The record as parsed, numbers as LosslessNumber (exact digits); `stringify` from lossless-json writes it back. */
      readonly raw: unknown;
      /** Where the record is in the payload, e.g. $.data.shop_order_list[0]. */
      readonly recordPath: string;
      readonly warnings: readonly ChannelProblem[];
      /** Top-level fields of the record that no mapping path reads ($.cart_token): findable in raw. */
      readonly unmapped: readonly string[];
      /** Fulfilment events the mapping's `fulfilment` rules read (shipped, delivered…); empty without rules. */
      readonly events: readonly ChannelEvent[];
    }
  | {
      readonly ok: false;
      readonly problems: readonly ChannelProblem[];
      readonly raw: unknown;
      readonly recordPath: string;
      readonly warnings: readonly ChannelProblem[];
    };

export interface NormalizeOptions {
  /** Payloads that complete the orders, by the names the mapping's `related` declares ({ items: getOrderItemsText }). */
  readonly related?: Readonly<Record<string, unknown>>;
  /** Secret mixed into customer-key hashes (keep it server-side; see README on what a hash does not hide). */
  readonly salt?: string;
}

const fail = (channel: string, raw: unknown, path: string, message: string, recordPath = '$'): NormalizeResult => ({
  ok: false,
  problems: [{ channel, path, message }],
  raw,
  recordPath,
  warnings: [],
});

function mappingFor(channel: ChannelMapping | string): CompiledMapping | string {
  if (typeof channel === 'string') {
    try {
      return builtInMapping(channel) ?? `"${channel}" is not a built-in channel; pass a mapping document instead`;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }
  const loaded = loadMapping(channel);
  return loaded.ok
    ? loaded.compiled
    : `the mapping is not valid: ${loaded.problems
        .slice(0, 3)
        .map((p) => `${p.path}: ${p.message}`)
        .join('; ')}`;
}

/** The two steps a faster version replaced, so the reference (today's normaliser) can still be run beside it. */
export interface NormalizeSteps {
  readonly parse: (payload: unknown) => ParsedPayload;
  readonly checkOrder: (input: unknown) => ReturnType<typeof orderSchema.safeParse>;
  /** false: every field through the reference evaluator, without the compiled fast reads (engine/fast-field.ts). */
  readonly fastReads?: boolean;
}
const FAST: NormalizeSteps = { parse: parsePayload, checkOrder: (input) => parseOrder(input) };

/**
 * Normalizes a channel payload (JSON text, parsed losslessly, or an already-parsed value) into
 * canonical orders, one result per order record. Never throws: every problem is reported with the
 * channel, the JSON path and the reason, and the other records go on.
 */
export function normalize(
  channel: ChannelMapping | string,
  payload: unknown,
  options: NormalizeOptions = {},
  steps: NormalizeSteps = FAST,
): NormalizeResult[] {
  const mapping = mappingFor(channel);
  const name = typeof channel === 'string' ? channel : String((channel as { channel?: unknown }).channel ?? 'unknown');
  if (typeof mapping === 'string') return [fail(name, payload, '$', mapping)];
  const parsed = steps.parse(payload);
  if (!parsed.ok) return [fail(name, payload, parsed.path, parsed.message)];
  const relatedPayloads = new Map<string, unknown>();
  for (const [key, value] of Object.entries(options.related ?? {})) {
    const related = steps.parse(value);
    if (!related.ok) return [fail(name, value, `@${key}:${related.path}`, `@${key}: ${related.message}`)];
    relatedPayloads.set(key, related.value);
  }
  const records = findRecords(mapping.records, parsed.value, '$');
  if (!records)
    return [
      fail(
        name,
        parsed.value,
        '$',
        `no orders found: none of the record paths exists (${mapping.mapping.records.join(', ')})`,
      ),
    ];
  const index = indexRelated(mapping, relatedPayloads);
  const used = new Set<Located>();
  const results = records.map((record) =>
    normalizeRecord(mapping, record, relatedFor(mapping, index, record, used), options, steps),
  );
  for (const { record, message } of index.unreadable)
    results.push(fail(name, record.value, where(record), message, where(record)));
  for (const [relatedName, byKey] of index.byName) {
    for (const [key, list] of byKey) {
      for (const record of list) {
        if (!used.has(record))
          results.push(
            fail(
              name,
              record.value,
              where(record),
              `@${relatedName}: this record names order ${key}, which is not in the payload`,
              where(record),
            ),
          );
      }
    }
  }
  return results;
}

/**
 * One order record as a webhook intake stored it (`rawText(result.raw)`), normalized again without looking for
 * it in a payload: the record paths are not followed and related payloads are not there.
 */
export function normalizeStoredRecord(channel: string, recordText: string): NormalizeResult {
  const mapping = mappingFor(channel);
  if (typeof mapping === 'string') return fail(channel, recordText, '$', mapping);
  const parsed = parsePayload(recordText);
  if (!parsed.ok) return fail(channel, recordText, parsed.path, parsed.message);
  const record: Located = { value: parsed.value, doc: '$', path: [] };
  return normalizeRecord(mapping, record, new Map(), {}, FAST);
}

/** `$.cart_token` by key: a channel's records repeat the same keys, so each path is written once (up to a bound). */
const TOP_KEY_PATHS = new Map<string, string>();
const TOP_KEY_PATHS_KEPT = 10_000;

/** The record's top-level fields no mapping path reads, as paths into raw. */
function unmappedPaths(record: Record<string, unknown>, reads: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const key of Object.keys(record)) {
    if (reads.has(key)) continue;
    let path = TOP_KEY_PATHS.get(key);
    if (path === undefined) {
      path = formatJsonPath([key]);
      if (TOP_KEY_PATHS.size >= TOP_KEY_PATHS_KEPT) TOP_KEY_PATHS.clear();
      TOP_KEY_PATHS.set(key, path);
    }
    out.push(path);
  }
  return out;
}

function normalizeRecord(
  mapping: CompiledMapping,
  record: Located,
  related: Map<string, Located[]>,
  options: NormalizeOptions,
  steps: NormalizeSteps,
): NormalizeResult {
  const recordPath = where(record);
  const report = newReport(mapping.channel, steps.fastReads ?? true);
  if (!isRecord(record.value))
    return fail(mapping.channel, record.value, recordPath, 'expected an order object here', recordPath);
  try {
    const input = buildOrder(mapping, { record, order: record, related }, report, options.salt);
    if (input && report.problems.length === 0) {
      const checked = steps.checkOrder(input);
      if (checked.success) {
        const unmapped = mapping.readsTopKeys.has('*') ? [] : unmappedPaths(record.value, mapping.readsTopKeys);
        const scope = { record, order: record, related };
        const events = buildEvents(mapping, scope, report, checked.data);
        return {
          ok: true,
          order: checked.data,
          raw: record.value,
          recordPath,
          warnings: report.warnings,
          unmapped,
          events,
        };
      }
      schemaProblems(checked.error, report);
    }
  } catch (error) {
    // A bug of ours must not stop the batch; it is reported like any other problem.
    problem(report, recordPath, `internal error: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { ok: false, problems: report.problems, raw: record.value, recordPath, warnings: report.warnings };
}
