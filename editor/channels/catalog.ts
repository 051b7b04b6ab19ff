/**
 * The channels the editor offers — the built-ins (channels/registry.ts) and the mappings saved in
 * "orderflow-channels" — and the helpers the Channels page and the simulation import share:
 * normalize a payload with a chosen channel, and point problems at lines of the JSON text.
 */
import {
  BUILT_IN_CHANNELS,
  loadMapping,
  normalize,
  type ChannelMapping,
  type ChannelProblem,
  type NormalizeResult,
} from '../../channels/index';
import { parseJsonPath } from '../../channels/json/parse-json-path';
import { parseJsonText } from '../../runtime/index';
import type { JsonMarker } from '../json-view/markers';
import type { SavedMappingRow } from './db';

export interface ChannelOption {
  /** `builtin:douyin` or `saved:acme-shop`: unique even when a saved mapping reuses a built-in name. */
  readonly key: string;
  readonly kind: 'builtin' | 'saved';
  readonly channel: string;
  readonly title: string;
}

export const builtInKey = (channel: string) => `builtin:${channel}`;
export const savedKey = (id: string) => `saved:${id}`;

export function builtInOptions(): ChannelOption[] {
  return BUILT_IN_CHANNELS.map((c) => ({
    key: builtInKey(c.channel),
    kind: 'builtin',
    channel: c.channel,
    title: String((c.document as { title?: unknown }).title ?? c.channel),
  }));
}

export function savedOptions(rows: readonly SavedMappingRow[]): ChannelOption[] {
  return rows.map((row) => ({ key: savedKey(row.id), kind: 'saved', channel: row.channel, title: row.title }));
}

/** What `normalize` takes for an option key, or why there is nothing to take. */
export function mappingForKey(
  key: string,
  rows: readonly SavedMappingRow[],
): { ok: true; mapping: string | ChannelMapping } | { ok: false; message: string } {
  if (key.startsWith('builtin:')) {
    const name = key.slice('builtin:'.length);
    return BUILT_IN_CHANNELS.some((c) => c.channel === name)
      ? { ok: true, mapping: name }
      : { ok: false, message: `no built-in channel "${name}"` };
  }
  const row = rows.find((r) => savedKey(r.id) === key);
  if (!row) return { ok: false, message: `the saved mapping ${key.slice('saved:'.length)} is gone` };
  const loaded = loadMapping(row.text);
  return loaded.ok
    ? { ok: true, mapping: loaded.mapping }
    : { ok: false, message: loaded.problems.map((p) => `${p.path}: ${p.message}`).join('; ') };
}

/**
 * A mapping document as editor text. `$schema` is left out: Monaco would try to fetch that relative
 * URL (schema requests are off) and warn; the page hands it channels/mapping.schema.json itself.
 */
export function mappingText(document: unknown): string {
  const { $schema: _schema, ...rest } = document as Record<string, unknown>;
  return `${JSON.stringify(rest, null, 2)}\n`;
}

/** Finds the line of `$…` paths in a JSON text (undefined for other paths or text that is not JSON). */
export function lineFinder(text: string): (path: string) => number | undefined {
  let parsed: ReturnType<typeof parseJsonText> | undefined;
  return (path) => {
    parsed ??= parseJsonText(text);
    if (!parsed.ok) return parsed.error.line;
    const segments = parseJsonPath(path);
    return segments ? parsed.lineOf(segments) : undefined;
  };
}

/** Problems (a payload's or a mapping's) as Monaco markers on the lines they name. */
export function problemMarkers(
  text: string,
  problems: readonly { readonly path: string; readonly message: string }[],
  severity: JsonMarker['severity'] = 'error',
): JsonMarker[] {
  const lineOf = lineFinder(text);
  return problems.map((p) => ({ line: lineOf(p.path) ?? 1, severity, message: `${p.message} — ${p.path}` }));
}

/** `douyin $.data.shop_order_list[0].pay_amount: message; …` — a refused record as one line of text. */
export function refusalText(problems: readonly ChannelProblem[]): string {
  return problems.map((p) => `${p.channel} ${p.path}: ${p.message}`).join('; ');
}

export type { NormalizeResult };
export { normalize };
