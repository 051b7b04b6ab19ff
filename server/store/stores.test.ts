import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { configSchema } from '../config';
import { removeScaleOut, scaleOutConfig } from '../testing/backends';
import { openStore } from './open-store';
import type { OrderRow, RolloutRow, RunRow, RunStore, WriteSet } from './types/index';

/** The same WriteSets on both engines: the same answers, the same refusals, nothing half-applied. */
describe.each(['sqlite', 'postgres'] as const)('RunStore on %s', (engine) => {
  let store: RunStore;
  let cleanup: () => Promise<void>;

  async function open(): Promise<RunStore> {
    const dataDir = mkdtempSync(join(tmpdir(), 'orderflow-store-'));
    const config = configSchema.parse({ dataDir, ...(engine === 'postgres' ? scaleOutConfig() : {}) });
    store = await openStore(config);
    cleanup = async () => {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
      if (config.databaseUrl) await removeScaleOut(config);
    };
    return store;
  }
  afterEach(() => cleanup());

  const order = (id: string, channelOrderId: string | null): OrderRow => ({
    id,
    orderId: `O-${id}`,
    channel: 'tmall',
    channelOrderId,
    bodyJson: '{}',
    status: 'accepted',
    problemsJson: null,
    receivedBy: 'user:test',
    receivedAt: 1_796_000_000_000,
    responseJson: null,
  });
  const run = (id: string, intakeId: string): RunRow => ({
    id,
    intakeId,
    flowId: 'f',
    flowVersion: 1,
    contentHash: 'h',
    contextHash: 'ctx',
    runNow: '2026-11-11T00:00:00Z',
    orderId: 'O',
    channel: 'tmall',
    decisionsJson: '{}',
    status: 'waiting',
    version: 1,
    resultJson: '{}',
    createdBy: 'user:test',
    createdAt: 1_796_000_000_000,
    updatedAt: 1_796_000_000_000,
  });
  const step = (expectedVersion: number): WriteSet => ({
    runStep: {
      runId: 'run-1',
      expectedVersion,
      status: 'waiting',
      decisionsJson: `{"n":"${expectedVersion}"}`,
      resultJson: '{}',
      updatedAt: 1_796_000_000_001,
    },
    outbox: [
      { dedupeKey: `step-${expectedVersion}`, runId: 'run-1', kind: 'decision', payloadJson: '{}', createdAt: 1 },
    ],
  });

  it('moves a run only from the version it was read at, and refuses the whole set otherwise', async () => {
    await open();
    await store.commit({
      contexts: [{ hash: 'ctx', worldJson: '{}' }],
      orders: [order('ord-1', null)],
      runs: [run('run-1', 'ord-1')],
    });
    expect(await store.commit(step(1))).toEqual({ ok: true });
    expect(await store.commit(step(1))).toEqual({ ok: false, reason: 'version-conflict' });
    // Concurrent writers on the same version: exactly one wins.
    const racing = await Promise.all([step(2), step(2), step(2), step(2)].map((s) => store.commit(s)));
    expect(racing.filter((r) => r.ok)).toHaveLength(1);
    const moved = await store.run('run-1');
    expect([moved?.version, moved?.decisionsJson]).toEqual([3, '{"n":"2"}']);
    // The refused sets left no outbox rows behind: one per winning step.
    expect((await store.pendingOutbox(10)).map((e) => e.dedupeKey)).toEqual(['step-1', 'step-2']);
  });

  it('refuses a second claim of an idempotency key and a channel order delivered twice, keeping nothing of them', async () => {
    await open();
    const key = {
      scope: 'user:test',
      key: 'k1',
      fingerprint: 'f',
      status: 201,
      headersJson: '{}',
      body: '{"first":true}',
      createdAt: 1,
      expiresAt: 2_000_000_000_000,
    };
    expect(await store.commit({ idempotency: key, orders: [order('ord-1', 'CH-1')] })).toEqual({ ok: true });
    expect(
      await store.commit({ idempotency: { ...key, body: '{"second":true}' }, orders: [order('ord-2', null)] }),
    ).toEqual({
      ok: false,
      reason: 'duplicate-key',
    });
    expect(await store.commit({ orders: [order('ord-3', 'CH-1')] })).toEqual({
      ok: false,
      reason: 'duplicate-channel-order',
    });
    expect((await store.idempotency('user:test', 'k1'))?.body).toBe('{"first":true}');
    expect((await store.listOrders(undefined, 10)).map((o) => o.id)).toEqual(['ord-1']);
    expect((await store.orderByChannelId('tmall', 'CH-1'))?.id).toBe('ord-1');
  });

  it('stores any text exactly: quotes, backslashes, dollar quotes and 中文', async () => {
    await open();
    const body = JSON.stringify({ note: "O'Brien \\ $orderflow$ END $$; DROP TABLE orders; -- 张三 🎁", n: 1 });
    expect(await store.commit({ orders: [{ ...order('ord-q', null), bodyJson: body }] })).toEqual({ ok: true });
    expect((await store.order('ord-q'))?.bodyJson).toBe(body);
  });

  it('stores millisecond times beyond 32 bits exactly (audit seq and time read back as numbers)', async () => {
    await open();
    const at = 1_796_000_000_123; // beyond 32 bits: stored and read back as the same number
    await store.commit({ audit: [{ at, actor: 'a', action: 'x', subject: 's', beforeJson: null, afterJson: null }] });
    expect(await store.listAudit(0, 10)).toEqual([
      { seq: 1, at, actor: 'a', action: 'x', subject: 's', beforeJson: null, afterJson: null },
    ]);
  });

  it("refuses 'outbox-moved' for a row another relay already delivered, and retries or discards only dead letters", async () => {
    await open();
    const entry = (key: string) => ({ dedupeKey: key, runId: null, kind: 'webhook', payloadJson: '{}', createdAt: 1 });
    await store.commit({ outbox: [entry('a'), entry('b')] });
    const [a, b] = (await store.pendingOutbox(10)).map((e) => e.seq!);
    expect(await store.commit({ outboxDelivered: [{ seq: a!, at: 5 }] })).toEqual({ ok: true });
    // A second relay delivering the same row is refused, with nothing else of its set kept.
    expect(
      await store.commit({
        outboxDelivered: [{ seq: a!, at: 6 }],
        audit: [{ at: 6, actor: 'relay', action: 'x', subject: 's', beforeJson: null, afterJson: null }],
      }),
    ).toEqual({ ok: false, reason: 'outbox-moved' });
    expect((await store.outboxEntry(a!))?.deliveredAt).toBe(5);
    expect(await store.listAudit(0, 10)).toEqual([]);
    // Only a dead letter can be retried or discarded.
    expect(await store.commit({ outboxRetried: [{ seq: b!, at: 7 }] })).toEqual({ ok: false, reason: 'outbox-moved' });
    await store.commit({ outboxFailed: [{ seq: b!, attempts: 5, nextAttemptAt: 8, error: 'HTTP 500', deadAt: 8 }] });
    expect((await store.deadOutbox(10)).map((e) => [e.seq, e.attempts, e.lastError])).toEqual([[b, 5, 'HTTP 500']]);
    expect(await store.dueOutbox(100, 10)).toEqual([]);
    expect(await store.commit({ outboxRetried: [{ seq: b!, at: 9 }] })).toEqual({ ok: true });
    expect((await store.dueOutbox(100, 10)).map((e) => [e.seq, e.attempts, e.nextAttemptAt])).toEqual([[b, 0, 9]]);
    expect(await store.commit({ outboxDiscarded: [{ seq: b!, at: 10 }] })).toEqual({
      ok: false,
      reason: 'outbox-moved',
    });
  });

  it('leases claimed outbox rows to one relay until the lease ends or a try fails', async () => {
    await open();
    const rows = ['k1', 'k2', 'k3'].map((dedupeKey) => ({
      dedupeKey,
      runId: null,
      kind: 'notify',
      payloadJson: '{}',
      createdAt: 1,
    }));
    await store.commit({ outbox: rows });
    const a = await store.claimOutbox(100, 2, { by: 'relay-a', leaseMs: 50 });
    expect(a.map((r) => r.dedupeKey)).toEqual(['k1', 'k2']);
    // Another relay during the lease gets only what nobody holds.
    const b = await store.claimOutbox(120, 10, { by: 'relay-b', leaseMs: 50 });
    expect(b.map((r) => r.dedupeKey)).toEqual(['k3']);
    expect(await store.claimOutbox(140, 10, { by: 'relay-c', leaseMs: 50 })).toEqual([]);
    // A failed try releases its row for the retry; relay-a's lease on k2 ends at 150 and k2 is retaken.
    await store.commit({
      outboxFailed: [{ seq: a[0]!.seq!, attempts: 1, nextAttemptAt: 160, error: 'HTTP 503', deadAt: null }],
    });
    expect((await store.claimOutbox(150, 10, { by: 'relay-c', leaseMs: 50 })).map((r) => r.dedupeKey)).toEqual(['k2']);
    expect((await store.claimOutbox(160, 10, { by: 'relay-c', leaseMs: 50 })).map((r) => r.dedupeKey)).toEqual(['k1']);
    // Delivered rows are never claimed again; the earliest next attempt comes first (k1 was put back to 160).
    await store.commit({ outboxDelivered: b.map((r) => ({ seq: r.seq!, at: 170 })) });
    expect((await store.claimOutbox(1_000, 10, { by: 'relay-d', leaseMs: 50 })).map((r) => r.dedupeKey)).toEqual([
      'k2',
      'k1',
    ]);
  });

  it('fences done and failed marks by claim: a relay whose lease was taken over changes nothing', async () => {
    await open();
    await store.commit({
      outbox: ['k1', 'k2'].map((dedupeKey) => ({
        dedupeKey,
        runId: null,
        kind: 'notify',
        payloadJson: '{}',
        createdAt: 1,
      })),
    });
    const [k1, k2] = await store.claimOutbox(100, 2, { by: 'relay-a', leaseMs: 50 });
    // relay-a stalls past its lease; relay-b takes both rows over.
    expect(await store.claimOutbox(200, 2, { by: 'relay-b', leaseMs: 50 })).toHaveLength(2);
    // relay-a's failed try comes back late: it must not clear relay-b's lease (a third relay would deliver too).
    await store.commit({
      outboxFailed: [
        { seq: k1!.seq!, claimedBy: 'relay-a', attempts: 1, nextAttemptAt: 210, error: 'HTTP 503', deadAt: null },
      ],
    });
    expect(await store.claimOutbox(220, 2, { by: 'relay-c', leaseMs: 50 })).toEqual([]);
    expect(await store.outboxEntry(k1!.seq!)).toMatchObject({ attempts: 0, lastError: null });
    // relay-a's late success is refused too (with whatever it carried); relay-b records it once.
    expect(
      await store.commit({
        outboxDelivered: [{ seq: k2!.seq!, at: 230, claimedBy: 'relay-a' }],
        audit: [{ at: 230, actor: 'relay', action: 'x', subject: 's', beforeJson: null, afterJson: null }],
      }),
    ).toEqual({ ok: false, reason: 'outbox-moved' });
    expect(await store.listAudit(0, 10)).toEqual([]);
    expect(await store.commit({ outboxDelivered: [{ seq: k2!.seq!, at: 240, claimedBy: 'relay-b' }] })).toEqual({
      ok: true,
    });
    expect((await store.outboxEntry(k2!.seq!))?.deliveredAt).toBe(240);
    // The holder's own failure still releases its row for the retry.
    await store.commit({
      outboxFailed: [
        { seq: k1!.seq!, claimedBy: 'relay-b', attempts: 1, nextAttemptAt: 210, error: 'HTTP 503', deadAt: null },
      ],
    });
    expect((await store.claimOutbox(230, 2, { by: 'relay-c', leaseMs: 50 })).map((r) => r.dedupeKey)).toEqual(['k1']);
  });

  it('changes a rollout only from the revision it was read at, and keeps one active rollout per flow', async () => {
    await open();
    const flow = { id: 'f', name: 'F', draftJson: '{}', casesJson: null, requiredApprovals: 0, updatedBy: 'u' };
    await store.commit({ flows: [{ ...flow, updatedAt: 1, createdAt: 1 }] });
    const rollout: RolloutRow = {
      id: 'r1',
      flowId: 'f',
      candidateVersion: 2,
      baseVersion: 1,
      mode: 'canary',
      state: 'running',
      percent: 12.5,
      stageIndex: 0,
      stageStartedAt: 1_796_000_000_000,
      settingsJson: '{}',
      checkedOrders: 0,
      reason: null,
      createdBy: 'user:test',
      createdAt: 1_796_000_000_000,
      updatedAt: 1_796_000_000_000,
      revision: 1,
    };
    expect(await store.commit({ rollout: { row: rollout, expectedRevision: null } })).toEqual({ ok: true });
    // A second running rollout of the same flow is a conflict.
    expect(await store.commit({ rollout: { row: { ...rollout, id: 'r2' }, expectedRevision: null } })).toEqual({
      ok: false,
      reason: 'version-conflict',
    });
    const paused = { ...rollout, state: 'paused' as const, revision: 2 };
    // Two admins acting on revision 1: the first wins, the second is refused.
    expect(await store.commit({ rollout: { row: paused, expectedRevision: 1 } })).toEqual({ ok: true });
    expect(
      await store.commit({ rollout: { row: { ...rollout, state: 'rolled-back', revision: 2 }, expectedRevision: 1 } }),
    ).toEqual({ ok: false, reason: 'version-conflict' });
    expect(await store.rollout('r1')).toEqual(paused);
    expect((await store.activeRollouts()).map((r) => [r.id, r.state])).toEqual([['r1', 'paused']]);
  });
});
