import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PgStore } from '../store/postgres/pg-store';
import type { OutboxRow } from '../store/types/index';
import { removeScaleOut, scaleOutConfig } from '../testing/backends';
import { bundleChild, startChild, type Child } from '../testing/child-server';
import { startMockServer, type MockServer } from '../testing/mock-receiver';

/**
 * Worker processes (each with its own outbox relay) on one PostgreSQL schema, delivering webhook rows
 * to one receiver over real HTTP. While none dies, each row reaches the receiver exactly once; when one
 * is killed mid-delivery, its rows are retaken after their lease: at least once, recorded done once.
 */
// Real processes and PostgreSQL on a shared 2-core machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const OUTBOUND_TIMEOUT_MS = 2_000;
const LEASE_MS = 4_000;

let bundle: string;
beforeAll(async () => {
  bundle = await bundleChild();
});

let engine: ReturnType<typeof scaleOutConfig>;
let store: PgStore;
let receiver: MockServer;
const children: Child[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) {
    child.process.kill('SIGKILL');
    await child.exited;
  }
  await receiver?.close();
  await store?.close();
  if (engine) await removeScaleOut(engine);
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(what: string, check: () => Promise<boolean> | boolean, ms = 60_000): Promise<void> {
  for (const started = Date.now(); Date.now() - started < ms; await sleep(50)) if (await check()) return;
  throw new Error(`timed out waiting until ${what}`);
}

/** A schema with one webhook subscribed by the receiver and `count` webhook rows waiting in the outbox. */
async function outboxOf(count: number): Promise<void> {
  engine = scaleOutConfig();
  store = await PgStore.open({ url: engine.databaseUrl!, schema: engine.databaseSchema, poolSize: 2 });
  const webhook = {
    id: 'wh-1',
    url: `${receiver.url}/hooks`,
    events: ['order.accepted'],
    secret: 'whsec_test',
    description: '',
    createdBy: 'user:test',
    createdAt: 1,
    deletedAt: null,
  };
  const rows: OutboxRow[] = Array.from({ length: count }, (_, i) => ({
    dedupeKey: `event-${i}>wh-1`,
    runId: null,
    kind: 'webhook',
    payloadJson: JSON.stringify({
      webhookId: 'wh-1',
      event: { id: `event-${i}`, type: 'order.accepted', data: { i } },
    }),
    createdAt: 1,
  }));
  expect(await store.commit({ webhooks: [webhook], outbox: rows })).toEqual({ ok: true });
}

/** A `--role worker` process: the relay, the sweeper, no HTTP port. */
async function startWorker(): Promise<Child> {
  const child = await startChild(bundle, {
    ORDERFLOW_ROLE: 'worker',
    ORDERFLOW_PORT: '0',
    ORDERFLOW_DATABASE_URL: engine.databaseUrl!,
    ORDERFLOW_DATABASE_SCHEMA: engine.databaseSchema,
    ORDERFLOW_DATABASE_POOL_SIZE: '4',
    ORDERFLOW_REDIS_URL: '',
    ORDERFLOW_EDITOR: 'off',
    ORDERFLOW_SEED: 'false',
    ORDERFLOW_LOG_LEVEL: 'error',
    ORDERFLOW_SWEEP_INTERVAL_MS: '50',
    ORDERFLOW_OUTBOUND_HOSTS: '127.0.0.1',
    ORDERFLOW_OUTBOUND_TIMEOUT_MS: String(OUTBOUND_TIMEOUT_MS),
    ORDERFLOW_OUTBOX_LEASE_MS: String(LEASE_MS),
    ORDERFLOW_OUTBOX_BACKOFF_MS: '100',
  });
  children.push(child);
  return child;
}

const calls = (): Map<string, number[]> => {
  const byKey = new Map<string, number[]>();
  for (const request of receiver.requests) {
    const key = String(request.headers['idempotency-key']);
    byKey.set(key, [...(byKey.get(key) ?? []), request.at]);
  }
  return byKey;
};

const undelivered = async () =>
  (await store.query<{ n: number }>('SELECT count(*)::int AS n FROM outbox WHERE delivered_at IS NULL'))[0]!.n;

describe('outbox claims: several relays on one PostgreSQL, one receiver over HTTP', () => {
  it('delivers each row exactly once with three worker processes side by side', async () => {
    // A receiver slow enough (20 ms a call) that the three relays' passes overlap.
    receiver = await startMockServer(async () => {
      await sleep(20);
      return { status: 200, body: {} };
    });
    await outboxOf(300);
    await Promise.all([startWorker(), startWorker(), startWorker()]);
    await until('every row is delivered', async () => (await undelivered()) === 0);

    const byKey = calls();
    expect(byKey.size).toBe(300);
    expect([...byKey.values()].filter((times) => times.length > 1)).toEqual([]);
    const rows = await store.query<{ attempts: number; claimed_by: string }>('SELECT attempts, claimed_by FROM outbox');
    expect(rows.every((r) => r.attempts === 1)).toBe(true);
    // The work was shared: more than one relay claimed rows.
    expect(new Set(rows.map((r) => r.claimed_by)).size).toBeGreaterThan(1);
  });

  it('retakes the rows of a worker killed mid-delivery after their lease: at least once, recorded once', async () => {
    // The receiver holds every call open until the first worker is dead, then answers.
    let answering = false;
    receiver = await startMockServer(() => (answering ? { status: 200, body: {} } : { hang: true }));
    await outboxOf(40);
    const first = await startWorker();
    await until('the first worker has calls in flight', () => receiver.requests.length >= 32);
    first.process.kill('SIGKILL');
    await first.exited;
    const leased = await store.query<{ key: string; lease_until: number }>(
      `SELECT dedupe_key AS key, lease_until FROM outbox WHERE lease_until IS NOT NULL AND delivered_at IS NULL`,
    );
    const inFlight = new Set(receiver.requests.map((r) => String(r.headers['idempotency-key'])));
    expect(leased.length).toBe(inFlight.size);
    answering = true;

    await startWorker();
    await until('every row is delivered', async () => (await undelivered()) === 0);
    const byKey = calls();
    expect(byKey.size).toBe(40);
    for (const { key, lease_until } of leased) {
      const eventId = key.split('>')[0]!;
      const times = byKey.get(eventId)!;
      expect(times).toHaveLength(2); // the dead worker's call and the retake
      expect(times[1]).toBeGreaterThanOrEqual(lease_until); // not before the lease ended
    }
    // The rows the dead worker never took went out once; every row is recorded done once.
    for (const [eventId, times] of byKey) if (!inFlight.has(eventId)) expect(times).toHaveLength(1);
    const rows = await store.query<{ attempts: number }>('SELECT attempts FROM outbox');
    expect(rows.map((r) => r.attempts)).toEqual(Array(40).fill(1));
  });
});
