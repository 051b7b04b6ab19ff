/**
 * Custom channel mappings saved in the browser: IndexedDB "orderflow-channels" (Dexie), apart from
 * the flow library and the simulation database so none of their schemas has to know the others.
 * A row keeps the mapping as the text people wrote (their layout, big integers as digits) and the
 * payload they previewed it against. Only valid mappings are saved: every saved one can normalize.
 */
import Dexie, { type Table } from 'dexie';
import { loadMapping, type ChannelMapping, type MappingProblem } from '../../channels/index';

export interface SavedMappingRow {
  /** The mapping's channel name: one saved mapping per channel name. */
  readonly id: string;
  readonly channel: string;
  readonly title: string;
  /** The mapping document as written. */
  readonly text: string;
  /** The payload it was previewed against (shown again when it is opened). */
  readonly sample: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export const CHANNELS_DB_NAME = 'orderflow-channels';

export class ChannelsDb extends Dexie {
  mappings!: Table<SavedMappingRow, string>;

  constructor(name = CHANNELS_DB_NAME) {
    super(name);
    // v1. Never edit a shipped version: add version(2) with an upgrade.
    this.version(1).stores({ mappings: 'id, updatedAt' });
  }
}

let shared: ChannelsDb | undefined;

/** The app's channels database (one instance per page). */
export function openChannelsDb(): ChannelsDb {
  shared ??= new ChannelsDb();
  return shared;
}

export function listMappings(db: ChannelsDb): Promise<SavedMappingRow[]> {
  return db.mappings.orderBy('id').toArray();
}

export const getMapping = (db: ChannelsDb, id: string) => db.mappings.get(id);
export const deleteMapping = (db: ChannelsDb, id: string) => db.mappings.delete(id);

export type SaveResult =
  | { readonly ok: true; readonly row: SavedMappingRow; readonly replaced: boolean }
  | { readonly ok: false; readonly problems: readonly MappingProblem[] };

/**
 * Validates and saves a mapping under its channel name, replacing a saved one of that name.
 * `previousId`: the saved mapping this text was opened from; when the channel was renamed, the
 * old row goes (it is the same mapping under a new name).
 */
export async function saveMapping(
  db: ChannelsDb,
  text: string,
  sample: string,
  options: { previousId?: string; now?: () => string } = {},
): Promise<SaveResult> {
  const loaded = loadMapping(text);
  if (!loaded.ok) return { ok: false, problems: loaded.problems };
  const now = (options.now ?? (() => new Date().toISOString()))();
  const { channel, title } = loaded.mapping;
  return db.transaction('rw', db.mappings, async () => {
    const existing = await db.mappings.get(channel);
    const row: SavedMappingRow = {
      id: channel,
      channel,
      title,
      text,
      sample,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    await db.mappings.put(row);
    if (options.previousId !== undefined && options.previousId !== channel)
      await db.mappings.delete(options.previousId);
    return { ok: true as const, row, replaced: existing !== undefined && existing.id !== options.previousId };
  });
}

/** The validated document of a saved row (rows are validated on save; a stale one says why). */
export function savedMapping(
  row: SavedMappingRow,
): { ok: true; mapping: ChannelMapping } | { ok: false; message: string } {
  const loaded = loadMapping(row.text);
  return loaded.ok
    ? { ok: true, mapping: loaded.mapping }
    : { ok: false, message: loaded.problems.map((p) => `${p.path}: ${p.message}`).join('; ') };
}
