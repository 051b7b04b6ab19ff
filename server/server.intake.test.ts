import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { approvalFlow, order } from './testing/fixtures';
import { gatedStore, publish, startTestServer, type TestServer } from './testing/test-server';

// Real servers, scrypt and SQLite on a shared 2-core machine: seconds, not milliseconds.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('Idempotency-Key', () => {
  it('replays the stored answer byte for byte, refuses the key with another body (422), and a missing key (400)', async () => {
    server = await startTestServer();
    await publish(server, approvalFlow());
    const shop = await server.token(['intake']);
    const first = await shop.request('POST', '/api/v1/orders', { body: order('I-1'), key: 'key-1' });
    const again = await shop.request('POST', '/api/v1/orders', { body: order('I-1'), key: 'key-1' });
    expect(first.status).toBe(201);
    expect([again.status, again.text]).toEqual([201, first.text]);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect((await server.admin.get('/api/v1/runs')).json.runs).toHaveLength(1);

    const other = await shop.request('POST', '/api/v1/orders', { body: order('I-2'), key: 'key-1' });
    expect([other.status, other.json.error.code]).toEqual([422, 'idempotency-key-reused']);
    const missing = await shop.request('POST', '/api/v1/orders', { body: order('I-3') });
    expect([missing.status, missing.json.error.code]).toEqual([400, 'idempotency-key-required']);
  });

  it('answers 409 while the first request with the key is still in flight, then replays it', async () => {
    let gate!: ReturnType<typeof gatedStore>;
    server = await startTestServer({}, { wrapStore: (store) => (gate = gatedStore(store)).store });
    await publish(server, approvalFlow());
    const shop = await server.token(['intake']);
    const release = gate.hold();
    const first = shop.request('POST', '/api/v1/orders', { body: order('F-1'), key: 'slow' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const during = await shop.request('POST', '/api/v1/orders', { body: order('F-1'), key: 'slow' });
    expect([during.status, during.json.error.code]).toEqual([409, 'in-flight']);
    release();
    const done = await first;
    expect(done.status).toBe(201);
    expect((await shop.request('POST', '/api/v1/orders', { body: order('F-1'), key: 'slow' })).text).toBe(done.text);
  });
});

describe('bad input', () => {
  it('answers 400 with every problem and its path, keeps the order as rejected, and never shows a stack trace', async () => {
    server = await startTestServer({ bodyLimitBytes: 4096 });
    const shop = await server.token(['intake']);
    const notJson = await shop.request('POST', '/api/v1/orders', { raw: '{"id": ', key: 'k1' });
    expect([notJson.status, notJson.json.error.code]).toEqual([400, 'not-json']);
    const tooLarge = await shop.request('POST', '/api/v1/orders', {
      raw: JSON.stringify({ pad: 'x'.repeat(5000) }),
      key: 'k2',
    });
    expect([tooLarge.status, tooLarge.json.error.code]).toEqual([400, 'too-large']);

    const bad = order('B-1', { currency: 'yuan', lines: [] });
    const refused = await shop.request('POST', '/api/v1/orders', { body: bad, key: 'k3' });
    expect(refused.status).toBe(400);
    expect(refused.json.error.problems.map((p: { path: string }) => p.path)).toEqual(
      expect.arrayContaining(['currency', 'lines']),
    );
    const kept = (await server.admin.get('/api/v1/orders?status=rejected')).json.orders;
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ intakeId: refused.json.intakeId, orderId: 'B-1', status: 'rejected' });
    expect(JSON.parse(kept[0].body)).toEqual(bad);

    for (const reply of [notJson, tooLarge, refused]) expect(reply.text).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
  });

  it('answers an unexpected failure with one line and an error id, logging the details', async () => {
    server = await startTestServer();
    const shop = await server.token(['intake']);
    server.app.deps.plans.plan = () => {
      throw new Error('boom at /secret/path.ts:12');
    };
    await publish(server, approvalFlow()).catch(() => undefined);
    const failed = await shop.request('POST', '/api/v1/orders', { body: order('E-1'), key: 'e1' });
    expect(failed.status).toBe(500);
    expect(failed.json.error).toMatchObject({ code: 'internal', message: 'the server could not complete the request' });
    expect(failed.json.error.errorId).toMatch(/^[0-9a-f-]{36}$/);
    expect(failed.text).not.toContain('boom');
    // A 5xx is stored under its key too: the retry gets the same answer.
    expect((await shop.request('POST', '/api/v1/orders', { body: order('E-1'), key: 'e1' })).text).toBe(failed.text);
  });
});

describe('batch intake', () => {
  it('answers each order of a batch on its own, stores every one, and replays the batch by its key', async () => {
    server = await startTestServer();
    await publish(server, approvalFlow());
    const shop = await server.token(['intake']);
    const body = { orders: [order('B-1'), { ...order('B-2'), currency: 'euro' }, order('B-3')] };
    const sent = await shop.request('POST', '/api/v1/orders/batch', { body, key: 'batch-1' });
    expect(sent.status).toBe(201);
    expect(sent.json.orders.map((o: { orderId: string; status: string }) => [o.orderId, o.status])).toEqual([
      ['B-1', 'accepted'],
      ['B-2', 'rejected'],
      ['B-3', 'accepted'],
    ]);
    expect(sent.json.orders[0].runs[0]).toMatchObject({ flowId: 'approval-gate', status: 'waiting' });
    expect(sent.json.orders[1].problems[0].path).toBe('currency');
    const runs = (await server.admin.get('/api/v1/runs')).json.runs;
    expect(runs.map((r: { runId?: string; id?: string }) => r.runId ?? r.id).sort()).toEqual(
      [sent.json.orders[0].runs[0].runId, sent.json.orders[2].runs[0].runId].sort(),
    );
    expect((await server.admin.get('/api/v1/orders?status=rejected')).json.orders[0].orderId).toBe('B-2');
    const again = await shop.request('POST', '/api/v1/orders/batch', { body, key: 'batch-1' });
    expect([again.status, again.text]).toEqual([201, sent.text]);
    expect((await server.admin.get('/api/v1/runs')).json.runs).toHaveLength(2);

    const none = await shop.request('POST', '/api/v1/orders/batch', { body: { orders: [{ id: 'X' }] }, key: 'b2' });
    expect([none.status, none.json.error.code]).toEqual([400, 'invalid-orders']);
    expect(none.json.error.problems.every((p: { path: string }) => p.path.startsWith('orders.0'))).toBe(true);
    const shape = await shop.request('POST', '/api/v1/orders/batch', { body: [order('B-4')], key: 'b3' });
    expect([shape.status, shape.json.error.code, shape.json.error.problems[0].path]).toEqual([
      400,
      'invalid-batch',
      'orders',
    ]);
    const keyless = await shop.request('POST', '/api/v1/orders/batch', { body });
    expect(keyless.json.error.code).toBe('idempotency-key-required');
  });
});

describe('channel webhooks', () => {
  it("normalizes a raw payload and deduplicates on the channel's own order id", async () => {
    server = await startTestServer();
    await publish(server, approvalFlow());
    const shop = await server.token(['intake']);
    const payload = readFileSync(join(import.meta.dirname, 'testing', 'shopify-order.json'), 'utf8');
    const first = await shop.request('POST', '/api/v1/channels/shopify/orders', { raw: payload, key: 'w1' });
    expect(first.status).toBe(201);
    expect(first.json.orders[0]).toMatchObject({
      status: 'accepted',
      runs: [{ flowId: 'approval-gate', status: 'waiting' }],
    });
    const redelivered = await shop.request('POST', '/api/v1/channels/shopify/orders', { raw: payload, key: 'w2' });
    expect(redelivered.status).toBe(200);
    expect(redelivered.json.orders[0]).toMatchObject({ status: 'duplicate', intakeId: first.json.orders[0].intakeId });
    expect((await server.admin.get('/api/v1/runs')).json.runs).toHaveLength(1);

    const unknown = await shop.request('POST', '/api/v1/channels/nowhere/orders', { raw: payload, key: 'w3' });
    expect(unknown.status).toBe(404);
    const broken = await shop.request('POST', '/api/v1/channels/shopify/orders', { raw: '{"orders": 5}', key: 'w4' });
    expect(broken.status).toBe(400);
    expect(broken.json.error.problems[0].path).toMatch(/^\$/);
  });

  it('takes a webhook without an Idempotency-Key and recognises its redeliveries by the channel order id', async () => {
    server = await startTestServer();
    await publish(server, approvalFlow());
    const shop = await server.token(['intake']);
    const payload = readFileSync(join(import.meta.dirname, 'testing', 'shopify-order.json'), 'utf8');
    // A sender retrying at once: several deliveries of the same order race, none with a key.
    const burst = await Promise.all(
      [1, 2, 3, 4].map(() => shop.request('POST', '/api/v1/channels/shopify/orders', { raw: payload })),
    );
    expect(burst.filter((r) => r.status === 201)).toHaveLength(1);
    expect(burst.every((r) => [200, 201, 409].includes(r.status))).toBe(true);
    const later = await shop.request('POST', '/api/v1/channels/shopify/orders', { raw: payload });
    expect(later.status).toBe(200);
    const accepted = burst.find((r) => r.status === 201)!;
    expect(later.json.orders[0]).toMatchObject({ status: 'duplicate', intakeId: accepted.json.orders[0].intakeId });
    expect((await server.admin.get('/api/v1/runs')).json.runs).toHaveLength(1);
    // The canonical API still requires the key.
    const keyless = await shop.request('POST', '/api/v1/orders', { body: order('K-1') });
    expect([keyless.status, keyless.json.error.code]).toEqual([400, 'idempotency-key-required']);
  });
  it('keeps a refused keyless webhook once: its redeliveries are answered as duplicates, not stored again', async () => {
    server = await startTestServer();
    await publish(server, approvalFlow());
    const shop = await server.token(['intake']);
    const good = JSON.parse(readFileSync(join(import.meta.dirname, 'testing', 'shopify-order.json'), 'utf8'));
    // A record the mapping cannot read (no creation time): refused, however often the sender redelivers it.
    const { created_at: _created, ...broken } = good.order;
    const payload = JSON.stringify({ order: broken });
    const send = (raw: string) => shop.request('POST', '/api/v1/channels/shopify/orders', { raw });
    const first = await send(payload);
    expect([first.status, first.json.orders[0].status]).toEqual([400, 'rejected']);
    const again = await send(payload);
    expect(again.status).toBe(200);
    expect(again.json.orders[0]).toMatchObject({ status: 'duplicate', intakeId: first.json.orders[0].intakeId });
    expect(again.json.orders[0].problems).toEqual(first.json.orders[0].problems);
    const burst = await Promise.all([1, 2, 3].map(() => send(payload)));
    expect(burst.map((r) => [r.status, r.json.orders[0].status])).toEqual(Array(3).fill([200, 'duplicate']));
    const rejected = (await server.admin.get('/api/v1/orders?status=rejected')).json.orders;
    expect(rejected.map((o: { intakeId: string }) => o.intakeId)).toEqual([first.json.orders[0].intakeId]);
    // Another refused record (other text) is a row of its own.
    expect((await send(JSON.stringify({ order: { ...broken, note: 'changed' } }))).status).toBe(400);
    expect((await server.admin.get('/api/v1/orders?status=rejected')).json.orders).toHaveLength(2);
  });
});
