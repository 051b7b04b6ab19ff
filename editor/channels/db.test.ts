import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChannelsDb, deleteMapping, getMapping, listMappings, saveMapping, savedMapping } from './db';

const fresh = () => new ChannelsDb(`channels-test-${Math.random().toString(36).slice(2)}`);
const acme = readFileSync(
  join(import.meta.dirname, '..', '..', 'channels', 'testing', 'acme-shop.mapping.json'),
  'utf8',
);
const renamed = (channel: string) => acme.replace('"channel": "acme-shop"', `"channel": "${channel}"`);
let tick = 0;
const now = () => new Date(Date.UTC(2026, 10, 11, 0, 0, tick++)).toISOString();

describe('the channels database (orderflow-channels)', () => {
  it('is its own IndexedDB database', () => {
    expect(new ChannelsDb().name).toBe('orderflow-channels');
  });

  it('saves a valid mapping under its channel name, with the text as written and its sample payload', async () => {
    const db = fresh();
    const result = await saveMapping(db, acme, '{"orders": []}', { now });
    expect(result).toMatchObject({
      ok: true,
      replaced: false,
      row: {
        id: 'acme-shop',
        channel: 'acme-shop',
        title: expect.stringMatching(/^ACME Shop/),
        text: acme,
        sample: '{"orders": []}',
      },
    });
    expect((await listMappings(db)).map((r) => r.id)).toEqual(['acme-shop']);
    const row = (await getMapping(db, 'acme-shop'))!;
    expect(savedMapping(row)).toMatchObject({ ok: true, mapping: { channel: 'acme-shop' } });
  });

  it('refuses an invalid mapping with its problems, and stores nothing', async () => {
    const db = fresh();
    const result = await saveMapping(db, acme.replace('"time.iso"', '"money.minor"'), '', { now });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.path)).toEqual(['$.fields.createdAt.convert']);
    expect(await listMappings(db)).toEqual([]);
  });

  it('updates in place, says when it replaces another saved mapping, and follows a rename', async () => {
    const db = fresh();
    const first = await saveMapping(db, acme, '', { now });
    const again = await saveMapping(db, acme, 'x', { previousId: 'acme-shop', now });
    expect(again).toMatchObject({
      ok: true,
      replaced: false,
      row: { sample: 'x', createdAt: first.ok && first.row.createdAt },
    });
    await saveMapping(db, renamed('other-shop'), '', { now });
    // Saving a new text named like a saved mapping replaces it, and says so.
    expect(await saveMapping(db, renamed('other-shop'), '', { now })).toMatchObject({ ok: true, replaced: true });
    // A saved mapping renamed: the old row goes.
    await saveMapping(db, renamed('acme-eu'), '', { previousId: 'acme-shop', now });
    expect((await listMappings(db)).map((r) => r.id)).toEqual(['acme-eu', 'other-shop']);
    await deleteMapping(db, 'acme-eu');
    expect((await listMappings(db)).map((r) => r.id)).toEqual(['other-shop']);
  });
});
