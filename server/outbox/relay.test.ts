import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { configSchema } from '../config';
import { ManualClock } from '../clock';
import { openStore } from '../store/open-store';
import type { OutboxRow, RunStore, WriteSet } from '../store/types/index';
import { removeScaleOut, scaleOutConfig } from '../testing/backends';
import { storeRows } from '../testing/store-rows';
import { OutboxRelay, type EffectSink } from './relay';

const quiet = () => undefined;
const silent = { info: quiet, warn: quiet, error: quiet, debug: quiet } as unknown as FastifyBaseLogger;

/** The relay over a real store on both engines: each row delivered and recorded done once, in few commits. */
describe.each(['sqlite', 'postgres'] as const)('the outbox relay on %s', (engine) => {
  let store: RunStore;
  let cleanup: () => Promise<void>;
  afterEach(() => cleanup());

  /** The store, with every WriteSet the relay commits kept in `commits`. */
  async function open() {
    const dataDir = mkdtempSync(join(tmpdir(), 'orderflow-relay-'));
    const config = configSchema.parse({ dataDir, ...(engine === 'postgres' ? scaleOutConfig() : {}) });
    store = await openStore(config);
    cleanup = async () => {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
      if (config.databaseUrl) await removeScaleOut(config);
    };
    const commits: WriteSet[] = [];
    const counted = new Proxy(store, {
      get(target, key) {
        if (key === 'commit')
          return (set: WriteSet) => {
            commits.push(set);
            return target.commit(set);
          };
        const value = Reflect.get(target, key) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    return { store: counted, commits };
  }

  const effects = (n: number): OutboxRow[] =>
    Array.from({ length: n }, (_, i) => ({
      dedupeKey: `run-${i}:effect:0`,
      runId: `run-${i}`,
      kind: 'notify',
      payloadJson: '{}',
      createdAt: 1,
    }));

  const relayOver = (relayStore: RunStore, sink: EffectSink) =>
    new OutboxRelay({
      store: relayStore,
      clock: new ManualClock(1_796_000_000_000),
      log: silent,
      fallback: sink,
      retry: { maxAttempts: 3, baseMs: 1000, capMs: 1000, random: () => 0 },
      leaseMs: 60_000,
    });

  const rows = () =>
    storeRows<{ dedupeKey: string; attempts: number; deliveredAt: number | null }>(
      store,
      'SELECT dedupe_key AS "dedupeKey", attempts, delivered_at AS "deliveredAt" FROM outbox ORDER BY seq',
    );

  it('records the done marks of deliveries that wrote nothing else together, not one commit per row', async () => {
    const { store: relayStore, commits } = await open();
    await store.commit({ outbox: effects(70) });
    const sent: string[] = [];
    const report = await relayOver(relayStore, async (row) => void sent.push(row.dedupeKey)).relayOnce();
    expect(report).toEqual({ delivered: 70, retrying: 0, dead: 0 });
    expect(sent.sort()).toEqual(
      effects(70)
        .map((r) => r.dedupeKey)
        .sort(),
    );
    expect((await rows()).every((r) => r.attempts === 1 && r.deliveredAt === 1_796_000_000_000)).toBe(true);
    // 70 rows claimed 32 at a time: a handful of commits (one per row before).
    expect(commits.length).toBeLessThanOrEqual(6);
  });

  it('a row recorded by someone else meanwhile keeps that record; the rest of its batch is recorded once', async () => {
    const { store: relayStore } = await open();
    await store.commit({ outbox: effects(5) });
    const report = await relayOver(relayStore, async (row) => {
      // Another party records run-2's row while this relay delivers it: the batch of marks is refused whole.
      if (row.runId === 'run-2')
        expect(await store.commit({ outboxDelivered: [{ seq: row.seq!, at: 7 }] })).toEqual({
          ok: true,
        });
    }).relayOnce();
    expect(report.delivered).toBe(5);
    expect(await rows()).toEqual(
      effects(5).map((r) => ({
        dedupeKey: r.dedupeKey,
        attempts: 1,
        deliveredAt: r.runId === 'run-2' ? 7 : 1_796_000_000_000,
      })),
    );
  });
});
