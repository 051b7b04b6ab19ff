import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { WriteSet } from '../types/index';
import { SqliteStore } from './sqlite-store';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A flow with version `n` published and switched live. */
function publishWrite(n: number): WriteSet {
  const at = 1_000 + n;
  return {
    flows: [
      {
        id: 'f',
        name: 'F',
        draftJson: '{}',
        casesJson: null,
        requiredApprovals: 0,
        updatedBy: 'u',
        updatedAt: at,
        createdAt: at,
      },
    ],
    versions: [
      {
        flowId: 'f',
        version: n,
        contentHash: `hash-${n}`,
        flowJson: '{}',
        casesJson: null,
        author: 'u',
        publishedBy: 'u',
        publishedAt: at,
        note: `v${n}`,
      },
    ],
    live: [{ flowId: 'f', version: n, switchedAt: at, switchedBy: 'u' }],
  };
}

describe('SqliteStore.liveSignature (asked on every order, cached)', () => {
  it('moves when this store or another connection on the same file switches a live version', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'orderflow-store-'));
    dirs.push(dataDir);
    const one = new SqliteStore({ dataDir, synchronous: 'NORMAL' });
    const two = new SqliteStore({ dataDir, synchronous: 'NORMAL' });
    try {
      expect(await one.liveSignature()).toBe('');
      expect(await one.commit(publishWrite(1))).toEqual({ ok: true });
      expect(await one.liveSignature()).toBe('f:1');
      expect(await two.liveSignature()).toBe('f:1');
      // The other connection publishes: the first sees it on its next order.
      expect(await two.commit(publishWrite(2))).toEqual({ ok: true });
      expect(await one.liveSignature()).toBe('f:2');
      // A same version number again is refused, and nothing moves.
      expect(await one.commit(publishWrite(2))).toEqual({ ok: false, reason: 'version-conflict' });
      expect(await two.liveSignature()).toBe('f:2');
    } finally {
      await one.close();
      await two.close();
    }
  });
});

const hook = (id: string, events: string[]): WriteSet => ({
  webhooks: [
    {
      id,
      url: `http://127.0.0.1:9/${id}`,
      events,
      secret: 'whsec_test',
      description: '',
      createdBy: 'u',
      createdAt: 1_000,
      deletedAt: null,
    },
  ],
});

describe('SqliteStore.subscribedEvents (asked on every order, cached)', () => {
  it('follows subscriptions made or deleted by this store and by another connection on the same file', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'orderflow-store-'));
    dirs.push(dataDir);
    const one = new SqliteStore({ dataDir, synchronous: 'NORMAL' });
    const two = new SqliteStore({ dataDir, synchronous: 'NORMAL' });
    const events = async (store: SqliteStore) => [...(await store.subscribedEvents())].sort();
    try {
      expect(await events(one)).toEqual([]);
      expect(await one.commit(hook('a', ['order.held']))).toEqual({ ok: true });
      expect(await events(one)).toEqual(['order.held']);
      expect(await events(two)).toEqual(['order.held']);
      expect(await two.commit(hook('b', ['order.held', 'order.routed']))).toEqual({ ok: true });
      expect(await events(one)).toEqual(['order.held', 'order.routed']);
      expect(await one.commit({ webhooksDeleted: [{ id: 'b', at: 2_000 }] })).toEqual({ ok: true });
      expect(await events(one)).toEqual(['order.held']);
      expect(await events(two)).toEqual(['order.held']);
    } finally {
      await one.close();
      await two.close();
    }
  });
});
