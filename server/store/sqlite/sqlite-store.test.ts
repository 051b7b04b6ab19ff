import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { WriteSet } from '../types';
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
