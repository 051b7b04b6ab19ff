import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { removeScaleOut, scaleOutConfig } from '../../testing/backends';
import type { RunResult } from '../../../runtime/index';
import { eventRows } from '../../services/run-rows';
import type { TokenRow, WriteSet } from '../types/index';
import { PgStore } from './pg-store';

/** Two API processes on one PostgreSQL schema: each keeps verified tokens briefly, and revocations win. */
describe('API tokens on PostgreSQL, kept briefly per process', () => {
  const config = scaleOutConfig();
  const stores: PgStore[] = [];
  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close();
    await removeScaleOut(config);
  });

  // Long enough that the two steps between reads never outlast it on a loaded machine.
  const KEPT_MS = 3000;
  const open = async () => {
    const store = await PgStore.open({
      url: config.databaseUrl!,
      schema: config.databaseSchema,
      poolSize: 2,
      tokenCacheMs: KEPT_MS,
    });
    stores.push(store);
    return store;
  };
  const token = (id: string): TokenRow => ({
    id,
    name: id,
    tokenHash: `hash-${id}`,
    roles: ['intake'],
    approvalRoles: [],
    createdBy: 'user:admin',
    createdAt: 1,
    revokedAt: null,
  });

  it('a revocation is seen at once by the process that made it, and by the others within the kept time', async () => {
    const here = await open();
    const there = await open();
    await here.commit({ tokens: [token('t1')] });
    expect((await here.tokenByHash('hash-t1'))?.revokedAt).toBeNull();
    expect((await there.tokenByHash('hash-t1'))?.revokedAt).toBeNull();

    await here.commit({ tokensRevoked: [{ id: 't1', at: 5 }] });
    expect((await here.tokenByHash('hash-t1'))?.revokedAt).toBe(5);
    // The other process still holds the row it verified (that is the round trip saved per request) …
    expect((await there.tokenByHash('hash-t1'))?.revokedAt).toBeNull();
    // … until the kept time is over.
    await sleep(KEPT_MS + 50);
    expect((await there.tokenByHash('hash-t1'))?.revokedAt).toBe(5);
  });

  it('a token created in another process works at once (unknown tokens are not kept)', async () => {
    const here = await open();
    const there = await open();
    expect(await here.tokenByHash('hash-t2')).toBeUndefined();
    await there.commit({ tokens: [token('t2')] });
    expect((await here.tokenByHash('hash-t2'))?.id).toBe('t2');
  });
});

/** Two processes on one schema: each keeps the subscribed events briefly; its own webhook changes win at once. */
describe('subscribed order events on PostgreSQL, kept briefly per process', () => {
  const config = scaleOutConfig();
  const stores: PgStore[] = [];
  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close();
    await removeScaleOut(config);
  });

  const KEPT_MS = 3000;
  const open = async () => {
    const store = await PgStore.open({
      url: config.databaseUrl!,
      schema: config.databaseSchema,
      poolSize: 2,
      subscriptionCacheMs: KEPT_MS,
    });
    stores.push(store);
    return store;
  };
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
  const events = async (store: PgStore) => [...(await store.subscribedEvents())].sort();

  it('a webhook change is seen at once by the process that made it, and by the others within the kept time', async () => {
    const here = await open();
    const there = await open();
    expect(await events(here)).toEqual([]);
    expect(await events(there)).toEqual([]);

    expect(await here.commit(hook('a', ['order.held']))).toEqual({ ok: true });
    expect(await events(here)).toEqual(['order.held']);
    // The other process still holds the set it read (that is the round trip saved per order) …
    expect(await events(there)).toEqual([]);
    // … until the kept time is over.
    await sleep(KEPT_MS + 50);
    expect(await events(there)).toEqual(['order.held']);

    expect(await there.commit(hook('b', ['order.held', 'order.routed']))).toEqual({ ok: true });
    expect(await events(there)).toEqual(['order.held', 'order.routed']);
    expect(await there.commit({ webhooksDeleted: [{ id: 'a', at: 2_000 }] })).toEqual({ ok: true });
    expect(await events(there)).toEqual(['order.held', 'order.routed']);
    expect(await there.commit({ webhooksDeleted: [{ id: 'b', at: 2_000 }] })).toEqual({ ok: true });
    expect(await events(there)).toEqual([]);
  });

  it('with no kept time every call reads the database', async () => {
    const here = await PgStore.open({
      url: config.databaseUrl!,
      schema: config.databaseSchema,
      poolSize: 2,
      subscriptionCacheMs: 0,
    });
    stores.push(here);
    const there = await open();
    expect(await events(here)).toEqual([]);
    await there.commit(hook('c', ['order.failed']));
    expect(await events(here)).toEqual(['order.failed']);
  });

  it('writes event rows only for the events subscribed when the step commits', async () => {
    const here = await open();
    const intake = await open(); // the process taking the orders
    // A decision that fails the run raises order.decided and order.failed.
    const failed: RunResult = {
      status: 'failed',
      flowId: 'f',
      orderId: 'O-1',
      outcome: null,
      totals: null,
      trace: [],
      error: { nodeId: 'n', message: 'boom' },
    };
    const run = { id: 'run-1', flowId: 'f', flowVersion: 1, orderId: 'O-1', channel: 'web' };
    const decided = { nodeId: 'n', decision: 'approved', by: 'user:fiona' };
    const step = async (runVersion: number) => {
      const rows = eventRows(failed, run, runVersion, 1_000, decided, await intake.subscribedEvents());
      expect(await intake.commit({ outbox: rows })).toEqual({ ok: true });
    };
    const written = async () =>
      (await intake.query<{ key: string }>('SELECT dedupe_key AS key FROM outbox ORDER BY seq')).map((r) => r.key);

    await step(1);
    expect(await written()).toEqual([]);
    // Subscribed in another process: the intake process writes its rows once its kept set is over.
    await here.commit(hook('a', ['order.failed']));
    await sleep(KEPT_MS + 50);
    await step(2);
    expect(await written()).toEqual(['run-1:v2:order.failed']);
    // Subscribed in the intake process itself: at once.
    await intake.commit(hook('b', ['order.decided']));
    await step(3);
    expect(await written()).toEqual(['run-1:v2:order.failed', 'run-1:v3:order.decided', 'run-1:v3:order.failed']);
  });
});

describe('large values on PostgreSQL', () => {
  const config = scaleOutConfig();
  afterEach(() => removeScaleOut(config));

  it('compresses a large order body with lz4 and reads it back exactly', async () => {
    const store = await PgStore.open({ url: config.databaseUrl!, schema: config.databaseSchema, poolSize: 1 });
    try {
      const body = JSON.stringify({ lines: Array.from({ length: 200 }, (_, i) => ({ sku: `SKU-${i}`, qty: i })) });
      const order = {
        id: 'ord-big',
        orderId: 'O-big',
        channel: 'tmall',
        channelOrderId: null,
        bodyJson: body,
        status: 'accepted' as const,
        problemsJson: null,
        receivedBy: 'user:test',
        receivedAt: 1,
        responseJson: null,
      };
      expect(await store.commit({ orders: [order] })).toEqual({ ok: true });
      expect((await store.order('ord-big'))?.bodyJson).toBe(body);
      expect(await store.query('SELECT pg_column_compression(body_json) AS method FROM orders')).toEqual([
        { method: 'lz4' },
      ]);
    } finally {
      await store.close();
    }
  });
});
