import { isRecord, scalarText } from '../json/values';
import type { CompiledPath } from '../path/path';
import type { CompiledMapping, CompiledRelated } from './compiled';
import { resolve, type Located, type Scope } from './scope';

/**
 * The records a payload holds: the first `records` path that reaches anything wins; a list there
 * gives one record per element (list wrappers), an object is one record.
 */
export function findRecords(paths: readonly CompiledPath[], root: unknown, doc: string): Located[] | undefined {
  const start: Located = { value: root, doc, path: [] };
  const scope: Scope = { record: start, order: start, related: new Map() };
  for (const path of paths) {
    const hits = resolve(path, scope).filter((hit) => hit.value !== null);
    if (hits.length === 0) continue;
    const records: Located[] = [];
    for (const hit of hits) {
      if (Array.isArray(hit.value))
        hit.value.forEach((value, i) => records.push({ value, doc, path: [...hit.path, i] }));
      else records.push(hit);
    }
    return records;
  }
  return undefined;
}

/** Related records by the order they belong to, plus the ones that cannot be placed. */
export interface RelatedIndex {
  readonly byName: ReadonlyMap<string, ReadonlyMap<string, Located[]>>;
  readonly unreadable: readonly { readonly name: string; readonly record: Located; readonly message: string }[];
}

export function indexRelated(mapping: CompiledMapping, payloads: ReadonlyMap<string, unknown>): RelatedIndex {
  const byName = new Map<string, Map<string, Located[]>>();
  const unreadable: { name: string; record: Located; message: string }[] = [];
  for (const related of mapping.related) {
    const index = new Map<string, Located[]>();
    byName.set(related.name, index);
    if (!payloads.has(related.name)) continue;
    const records = findRecords(related.records, payloads.get(related.name), related.name) ?? [];
    for (const record of records) {
      const key = keyOf(related, record);
      if (key === undefined)
        unreadable.push({
          name: related.name,
          record,
          message: `@${related.name}: no "${related.key.text}" to match it to an order`,
        });
      else index.set(key, [...(index.get(key) ?? []), record]);
    }
  }
  return { byName, unreadable };
}

function keyOf(related: CompiledRelated, record: Located): string | undefined {
  if (!isRecord(record.value)) return undefined;
  const hit = resolve(related.key, { record, order: record, related: new Map() })[0];
  const text = hit ? scalarText(hit.value) : undefined;
  return typeof text === 'string' && text !== '' ? text : undefined;
}

/** The related records matched to one order record, marking them used. */
export function relatedFor(
  mapping: CompiledMapping,
  index: RelatedIndex,
  order: Located,
  used: Set<Located>,
): Map<string, Located[]> {
  const out = new Map<string, Located[]>();
  for (const related of mapping.related) {
    const hit = resolve(related.matches, { record: order, order, related: new Map() })[0];
    const key = hit ? scalarText(hit.value) : undefined;
    const matched = typeof key === 'string' ? (index.byName.get(related.name)?.get(key) ?? []) : [];
    matched.forEach((record) => used.add(record));
    out.set(related.name, matched);
  }
  return out;
}
