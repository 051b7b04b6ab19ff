/**
 * What the Channels page shows for the texts on screen: the mapping loaded (or its problems), the
 * related payloads it declares, and each order record normalized — pure, so it runs on every edit.
 */
import {
  BUILT_IN_CHANNELS,
  loadMapping,
  type ChannelMapping,
  type ChannelProblem,
  type MappingProblem,
  type NormalizeResult,
} from '../../channels/index';
import type { JsonMarker } from '../json-view/markers';
import { builtInKey, normalize, problemMarkers } from './catalog';

export interface PreviewInput {
  readonly key: string;
  readonly mapping: string;
  readonly payload: string;
  readonly related: Readonly<Record<string, string>>;
}

export interface Preview {
  readonly mappingProblems: readonly MappingProblem[];
  /** The channel name of a mapping that loads (for "replace" and the related payloads it declares). */
  readonly channel?: string;
  readonly relatedNames: readonly string[];
  readonly results: readonly NormalizeResult[] | null;
}

/** The built-in channel behind an option key, if it is one. */
export function builtIn(key: string) {
  return key.startsWith('builtin:') ? BUILT_IN_CHANNELS.find((c) => builtInKey(c.channel) === key) : undefined;
}

export function computePreview({ key, mapping: text, payload, related }: PreviewInput): Preview {
  let mapping: string | ChannelMapping;
  const entry = builtIn(key);
  if (entry) mapping = entry.channel;
  else {
    const loaded = loadMapping(text);
    if (!loaded.ok) return { mappingProblems: loaded.problems, relatedNames: [], results: null };
    mapping = loaded.mapping;
  }
  const channel = typeof mapping === 'string' ? mapping : mapping.channel;
  const relatedNames = entry ? entry.related : Object.keys((mapping as ChannelMapping).related ?? {});
  if (payload.trim() === '') return { mappingProblems: [], channel, relatedNames, results: null };
  // Only the related payloads the mapping declares and the user filled in are handed over.
  const given = Object.fromEntries(
    relatedNames.flatMap((name) =>
      Object.hasOwn(related, name) && related[name]!.trim() !== '' ? [[name, related[name]!]] : [],
    ),
  );
  return {
    mappingProblems: [],
    channel,
    relatedNames,
    results: normalize(mapping, payload, Object.keys(given).length > 0 ? { related: given } : {}),
  };
}

/** Problems (errors) and warnings at payload paths, as editor markers on the payload's lines. */
export function payloadMarkersOf(preview: Preview, payload: string): JsonMarker[] {
  const problems = (preview.results ?? []).flatMap((r) => (r.ok ? [] : r.problems));
  const warnings = (preview.results ?? []).flatMap((r) => r.warnings);
  // Problems about the mapping itself (paths not starting at the payload root) have no line in the payload.
  const inPayload = (p: ChannelProblem) => p.path.startsWith('$');
  return [
    ...problemMarkers(payload, problems.filter(inPayload)),
    ...problemMarkers(payload, warnings.filter(inPayload), 'warning'),
  ];
}
