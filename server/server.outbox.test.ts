import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OutboxRelay } from './outbox/relay';
import { approvalFlow, order } from './testing/fixtures';
import { publish, startTestServer, type TestServer } from './testing/test-server';
import { storeRows } from './testing/store-rows';
import { startWebhookReceiver, type WebhookReceiver } from './testing/webhook-receiver';

// Real servers and SQLite on a shared 2-core machine: seconds, not milliseconds.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

let server: TestServer;
let receiver: WebhookReceiver;
beforeEach(async () => {
  server = await startTestServer(
    { outboundHosts: '127.0.0.1', outboxMaxAttempts: 3, outboxBackoffMs: 1000, outboxBackoffCapMs: 60_000 },
    { random: () => 0.5 },
  );
  receiver = await startWebhookReceiver(() => Math.floor(server.clock.now() / 1000));
});
afterEach(async () => {
  await server.close();
  await receiver.close();
});

/** Passes of the relay until nothing due is left (fan-out rows are delivered on the next pass). */
async function drain(relay = server.app.relay): Promise<void> {
  for (let i = 0; i < 5; i++) {
    const report = await relay.relayOnce();
    if (report.delivered + report.retrying + report.dead === 0) return;
  }
}

async function subscribe(events: string[]): Promise<string> {
  const created = await server.admin.post('/api/v1/webhooks', { url: receiver.url, events });
  expect(created.status).toBe(201);
  receiver.secret = created.json.secret;
  return created.json.id;
}

async function heldRun(id = 'W-1'): Promise<string> {
  const shop = await server.token(['intake']);
  const intake = await shop.post('/api/v1/orders', order(id));
  expect(intake.status).toBe(201);
  return intake.json.runs[0].runId;
}

const outboxRows = (kind: string) =>
  storeRows<{ dedupeKey: string; attempts: number; deliveredAt: number | null }>(
    server.app.deps.store,
    'SELECT dedupe_key AS "dedupeKey", attempts, delivered_at AS "deliveredAt" FROM outbox WHERE kind = ? ORDER BY seq',
    kind,
  );

describe('outgoing webhooks', () => {
  it('subscribes only URLs on the allow-list and shows the secret once', async () => {
    const off = await server.admin.post('/api/v1/webhooks', {
      url: 'http://169.254.169.254/latest',
      events: ['order.held'],
    });
    expect(off.status).toBe(400);
    expect(off.json.error.code).toBe('host-not-allowed');
    const bad = await server.admin.post('/api/v1/webhooks', { url: receiver.url, events: ['order.shipped'] });
    expect(bad.status).toBe(400);
    expect(bad.json.error.problems[0].path).toBe('events.0');

    const id = await subscribe(['order.held']);
    expect(receiver.secret).toMatch(/^whsec_.{40,}/);
    const listed = await server.admin.get('/api/v1/webhooks');
    expect(listed.json.webhooks).toEqual([expect.objectContaining({ id, url: receiver.url, events: ['order.held'] })]);
    expect(listed.text).not.toContain(receiver.secret);
    const viewer = await server.token(['viewer']);
    expect((await viewer.get('/api/v1/webhooks')).status).toBe(403);
    const audit = await server.admin.get('/api/v1/audit');
    expect(audit.json.entries.map((e: { action: string }) => e.action)).toContain('webhook.create');
    expect(audit.text).not.toContain(receiver.secret);
  });

  it('delivers the subscribed events of a run, signed, each once, and nothing else', async () => {
    await publish(server, approvalFlow());
    await subscribe(['order.held', 'order.decided', 'order.accepted']);
    const runId = await heldRun('W-1');
    await drain();
    expect(receiver.events.map((e) => e.type)).toEqual(['order.held']);
    expect(receiver.events[0]).toMatchObject({
      id: `${runId}:v1:order.held`,
      data: { runId, orderId: 'W-1', flowId: 'approval-gate', status: 'waiting', waiting: { nodeId: 'finance' } },
    });
    expect(receiver.server.requests[0]!.headers['orderflow-signature']).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(receiver.server.requests[0]!.headers['idempotency-key']).toBe(`${runId}:v1:order.held`);

    const fiona = await server.user('fiona', ['approver'], ['finance-manager']);
    expect((await fiona.post(`/api/v1/runs/${runId}/decisions`, { decision: 'approved' })).status).toBe(200);
    await drain();
    // Deliveries run side by side, so events of one step may arrive in either order (runVersion orders them).
    expect(receiver.events.map((e) => e.type).sort()).toEqual(['order.accepted', 'order.decided', 'order.held']);
    const decided = receiver.events.find((e) => e.type === 'order.decided');
    expect(decided.data).toMatchObject({ runVersion: 2, decided: { nodeId: 'finance', decision: 'approved' } });
    expect(receiver.badSignatures).toBe(0);
    expect(receiver.duplicates).toBe(0);
    // Nobody subscribed to routed/failed: no rows were made for them.
    expect(await outboxRows('webhook')).toHaveLength(3);
  });

  // On both engines: the subscription is made through the same process that takes the orders, which sees
  // its own webhook change at once (another process on PostgreSQL within subscriptionCacheMs).
  it('writes no event rows nobody subscribes to; a new subscriber gets the events raised after it', async () => {
    await publish(server, approvalFlow());
    await heldRun('S-1');
    expect(await outboxRows('event')).toEqual([]);
    await subscribe(['order.held']);
    const runId = await heldRun('S-2');
    expect((await outboxRows('event')).map((r) => r.dedupeKey)).toEqual([`${runId}:v1:order.held`]);
    await drain();
    expect(receiver.events.map((e) => e.data.orderId)).toEqual(['S-2']);
  });

  it('a receiver whose signature check uses another secret refuses the delivery, which is retried', async () => {
    await publish(server, approvalFlow());
    await subscribe(['order.held']);
    const secret = receiver.secret;
    receiver.secret = 'whsec_not-the-right-one';
    await heldRun();
    await drain();
    expect(receiver.badSignatures).toBe(1);
    expect(receiver.events).toEqual([]);
    receiver.secret = secret;
    server.clock.advance(1000);
    await drain();
    expect(receiver.events).toHaveLength(1);
  });
});

describe('the outbox relay', () => {
  it('retries with exponential backoff, the same idempotency key each time, and records done once', async () => {
    await publish(server, approvalFlow());
    await subscribe(['order.held']);
    receiver.failNext(2);
    await heldRun();
    await drain();
    expect(receiver.server.requests).toHaveLength(1);
    // random() = 0.5 → 3/4 of the doubled delay: 750 ms after the first failure, 1500 ms after the second.
    server.clock.advance(749);
    await drain();
    expect(receiver.server.requests).toHaveLength(1);
    server.clock.advance(1);
    await drain();
    expect(receiver.server.requests).toHaveLength(2);
    server.clock.advance(1499);
    await drain();
    expect(receiver.server.requests).toHaveLength(2);
    server.clock.advance(1);
    await drain();
    expect(receiver.server.requests).toHaveLength(3);
    expect(new Set(receiver.server.requests.map((r) => r.headers['idempotency-key'])).size).toBe(1);
    expect(receiver.events).toHaveLength(1);
    expect(await outboxRows('webhook')).toEqual([
      expect.objectContaining({ attempts: 3, deliveredAt: server.clock.now() }),
    ]);
  });

  it('makes a dead letter after the last attempt; an admin lists, retries and discards dead letters', async () => {
    await publish(server, approvalFlow());
    await subscribe(['order.held']);
    receiver.failNext(1000, { status: 503, body: { error: 'maintenance' } });
    await heldRun('D-1');
    await heldRun('D-2');
    for (let i = 0; i < 4; i++) {
      await drain();
      server.clock.advance(10_000);
    }
    expect(receiver.server.requests).toHaveLength(6); // 2 rows × 3 attempts, then they stop
    const dead = await server.admin.get('/api/v1/outbox/dead');
    expect(dead.json.entries).toHaveLength(2);
    expect(dead.json.entries[0]).toMatchObject({ kind: 'webhook', status: 'dead', attempts: 3 });
    expect(dead.json.entries[0].lastError).toContain('answered 503');
    const publisher = await server.token(['publisher']);
    expect((await publisher.get('/api/v1/outbox/dead')).status).toBe(403);
    expect((await publisher.post(`/api/v1/outbox/${dead.json.entries[0].seq}/retry`, {})).status).toBe(403);

    receiver.failNext(0);
    const [first, second] = dead.json.entries;
    const retried = await server.admin.post(`/api/v1/outbox/${first.seq}/retry`, {});
    expect(retried.status).toBe(200);
    expect(retried.json).toMatchObject({ status: 'pending', attempts: 0 });
    expect((await server.admin.post(`/api/v1/outbox/${first.seq}/retry`, {})).status).toBe(409);
    const discarded = await server.admin.post(`/api/v1/outbox/${second.seq}/discard`, {});
    expect(discarded.json.status).toBe('discarded');
    expect((await server.admin.post('/api/v1/outbox/999999/discard', {})).status).toBe(404);
    await drain();
    expect(receiver.events).toHaveLength(1);
    expect(receiver.events[0].data.orderId).toBe(first.payload.event.data.orderId);
    expect((await server.admin.get('/api/v1/outbox/dead')).json.entries).toEqual([]);
    const actions = (await server.admin.get('/api/v1/audit')).json.entries.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['outbox.retry', 'outbox.discard']));
  });

  it('two relays on the same store: delivered at least once, recorded done exactly once', async () => {
    await publish(server, approvalFlow());
    await subscribe(['order.held']);
    for (let i = 0; i < 20; i++) await heldRun(`R-${i}`);
    const { deps } = server.app;
    const other = new OutboxRelay({
      store: deps.store,
      clock: deps.clock,
      log: server.app.fastify.log,
      fallback: async () => undefined,
      deliveries: server.app.relayDeliveries,
      retry: { maxAttempts: 3, baseMs: 1000, capMs: 1000, random: () => 0 },
      leaseMs: 60_000,
    });
    for (let i = 0; i < 3; i++) await Promise.all([server.app.relay.relayOnce(), other.relayOnce()]);
    expect(receiver.events).toHaveLength(20);
    const rows = await outboxRows('webhook');
    expect(rows).toHaveLength(20); // the fan-out of each event happened once
    expect(rows.every((r) => r.attempts === 1 && r.deliveredAt !== null)).toBe(true);
  });
});
