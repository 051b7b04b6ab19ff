import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { normalize } from '../channels/index';
import { order } from './testing/fixtures';
import { startMockServer, type MockServer } from './testing/mock-receiver';
import { publish, startTestServer, type TestServer } from './testing/test-server';

// Real servers, real HTTP and SQLite on a shared 2-core machine: seconds, not milliseconds.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const EXAMPLES = join(import.meta.dirname, '..', 'examples', 'connectors');
const SECRETS: Record<string, string> = {
  WMS_TOKEN: 'Bearer wms-secret-1',
  TMS_API_KEY: 'tms-key-1',
  CRM_TOKEN: 'crm-1',
};

let server: TestServer;
let mock: MockServer;
beforeEach(async () => {
  mock = await startMockServer();
  server = await startTestServer(
    { outboundHosts: '127.0.0.1', outboxBackoffMs: 1000, outboxMaxAttempts: 5 },
    { random: () => 1, secrets: (name) => SECRETS[name] },
  );
});
afterEach(async () => {
  await server.close();
  await mock.close();
});

/** An example flow with its hosts pointed at the local mock server (the examples name real-looking hosts). */
function example(name: string, change: (flow: Record<string, unknown>) => void = () => undefined) {
  const text = readFileSync(join(EXAMPLES, `${name}.flow.json`), 'utf8').replace(
    /https:\/\/(wms|tms|crm)\.example\.com/g,
    (_m, system: string) => `${mock.url}/${system}`,
  );
  const flow = JSON.parse(text) as Record<string, unknown> & { id: string };
  change(flow);
  return flow;
}
const nodeConfig = (flow: Record<string, unknown>, id: string) =>
  (flow.nodes as { id: string; config: Record<string, unknown> }[]).find((n) => n.id === id)!.config;

/** Relay passes, moving the clock past any backoff, until nothing is due. */
async function drain(): Promise<void> {
  for (let i = 0; i < 10; i++) {
    const report = await server.app.relay.relayOnce();
    if (report.delivered + report.retrying + report.dead === 0) return;
    server.clock.advance(60_000);
  }
}

async function send(id: string) {
  const shop = await server.token(['intake']);
  const intake = await shop.post('/api/v1/orders', order(id));
  expect(intake.status).toBe(201);
  return intake.json.runs[0];
}

describe('connector examples over real HTTP', () => {
  it('pushes an accepted order to a WMS and keeps the WMS order number', async () => {
    mock.handle((request) => ({ status: 201, body: { wmsOrderId: `WMS-${request.json.orderNo}` } }));
    expect((await publish(server, example('wms-push'))).status).toBe(201);
    const run = await send('OF-1');
    expect(run).toMatchObject({ status: 'waiting', waiting: { nodeId: 'push-to-wms', kind: 'api-call' } });
    // Nobody can decide an API call by hand, and it is not in anyone's inbox.
    expect((await server.admin.post(`/api/v1/runs/${run.runId}/decisions`, { decision: 'ok' })).status).toBe(409);
    expect((await server.admin.get('/api/v1/inbox')).json.items).toEqual([]);

    await drain();
    expect(mock.requests).toHaveLength(1);
    const [call] = mock.requests;
    expect(call).toMatchObject({ method: 'POST', path: '/wms/api/v1/outbound-orders' });
    expect(call!.headers.authorization).toBe('Bearer wms-secret-1');
    expect(call!.headers['x-warehouse-client']).toBe('orderflow');
    expect(call!.headers['idempotency-key']).toBe(`${run.runId}:v1:call:push-to-wms`);
    expect(call!.json).toMatchObject({ orderNo: 'OF-1', channel: 'tmall', customer: { id: 'CN-C90001' } });
    expect(call!.json.lines[0]).toMatchObject({ sku: expect.any(String), quantity: expect.any(Number) });

    const detail = await server.admin.get(`/api/v1/runs/${run.runId}`);
    expect(detail.json).toMatchObject({ status: 'completed', version: 2, outcome: { decision: 'accept' } });
    expect(detail.json.outcome.attributes).toEqual({ wmsOrderId: 'WMS-OF-1' });
    expect(detail.json.waits[0]).toMatchObject({ kind: 'api-call', resolution: 'ok' });
    const metrics = (await server.app.fastify.inject({ method: 'GET', url: '/metrics' })).body;
    expect(metrics).toMatch(/orderflow_runs_total\{[^}]*flow="wms-push"[^}]*outcome="accept"[^}]*\} 1/);
    // The secret is nowhere in what the server stored or shows.
    expect(detail.text).not.toContain('wms-secret-1');
    expect(JSON.stringify(await server.app.deps.store.pendingOutbox(1000))).not.toContain('wms-secret-1');
  });

  it('a JD webhook order sends its canonical order to the WMS and resumes on it when the WMS answers', async () => {
    mock.handle((request) => ({ status: 201, body: { wmsOrderId: `WMS-${request.json.orderNo}` } }));
    expect((await publish(server, example('wms-push'))).status).toBe(201);
    const payload = readFileSync(join(import.meta.dirname, '..', 'channels', 'fixtures', 'jd-1.json'), 'utf8');
    const [normalized] = normalize('jd', payload);
    if (!normalized?.ok) throw new Error('the JD fixture does not normalize');
    const shop = await server.token(['intake']);
    const intake = await shop.request('POST', '/api/v1/channels/jd/orders', { raw: payload });
    const [run] = intake.json.orders[0].runs;
    expect(run).toMatchObject({ status: 'waiting', waiting: { nodeId: 'push-to-wms', kind: 'api-call' } });

    await drain();
    expect(mock.requests.map((r) => r.json)).toEqual([
      {
        orderNo: 'jd:249786309732',
        channel: 'jd',
        shipTo: JSON.parse(JSON.stringify(normalized.order.shippingAddress)),
        lines: JSON.parse(JSON.stringify(normalized.order.lines)),
        customer: { id: normalized.order.customer.id },
      },
    ]);
    // The answer replays the run on the canonical order: it completes with the WMS number of that order.
    const detail = (await server.admin.get(`/api/v1/runs/${run.runId}`)).json;
    expect(detail).toMatchObject({ status: 'completed', outcome: { decision: 'accept' }, orderId: 'jd:249786309732' });
    expect(detail.outcome.attributes).toEqual({ wmsOrderId: 'WMS-jd:249786309732' });
    expect(detail.order).toEqual(JSON.parse(JSON.stringify(normalized.order)));
  });

  it('asks a TMS for a quote and routes by the quoted carrier', async () => {
    mock.handle((request) => ({
      status: 200,
      body: { carrier: request.json.destination.province === 'Shanghai' ? 'jd' : 'sf', fee: { amount: 880 } },
    }));
    await publish(server, example('tms-quote'));
    const run = await send('OF-2');
    await drain();
    expect(mock.requests[0]!.headers['x-api-key']).toBe('tms-key-1');
    expect(mock.requests[0]!.json).toMatchObject({ orderNo: 'OF-2', service: 'standard' });
    expect(mock.requests[0]!.json.skus.length).toBeGreaterThan(0);
    const detail = await server.admin.get(`/api/v1/runs/${run.runId}`);
    const quoted = mock.requests[0]!.json.destination.province === 'Shanghai' ? 'jd' : 'sf';
    expect(detail.json.outcome).toMatchObject({
      tags: [`wave-${quoted}`],
      attributes: { carrier: quoted, quotedFee: 880 },
    });
    expect(detail.json.trace.map((s: { nodeId: string }) => s.nodeId)).toContain('by-carrier');
  });

  it('writes a CRM tag for a VIP, and tags the order to redo it when the CRM keeps failing', async () => {
    await publish(server, example('crm-tag'));
    const first = await send('OF-3');
    await drain();
    expect(mock.requests[0]).toMatchObject({ method: 'POST', path: '/crm/api/customers/CN-C90001/tags' });
    expect(mock.requests[0]!.json).toEqual({ tag: 'double-11-buyer', source: { orderNo: 'OF-3', channel: 'tmall' } });
    expect((await server.admin.get(`/api/v1/runs/${first.runId}`)).json.outcome.tags).toEqual([]);

    mock.handle(() => ({ status: 503, body: { error: 'maintenance' } }));
    const second = await send('OF-4');
    await drain();
    // retries: 2 → three calls in all, the same idempotency key each time, then the error port.
    const calls = mock.requests.slice(1);
    expect(calls).toHaveLength(3);
    expect(new Set(calls.map((c) => c.headers['idempotency-key'])).size).toBe(1);
    const detail = await server.admin.get(`/api/v1/runs/${second.runId}`);
    expect(detail.json).toMatchObject({ status: 'completed', outcome: { tags: ['crm-sync-failed'] } });
    expect(detail.json.waits[0]).toMatchObject({
      resolution: 'error',
      comment: expect.stringContaining('answered 503'),
    });
  });
});

describe('API calls are kept in bounds', () => {
  it('a hung receiver takes the timeout port after the retries', async () => {
    mock.handle(() => ({ hang: true }));
    await publish(
      server,
      example('tms-quote', (flow) => Object.assign(nodeConfig(flow, 'quote'), { timeoutMs: 200, retries: 1 })),
    );
    const run = await send('OF-5');
    await drain();
    expect(mock.requests).toHaveLength(2);
    const detail = await server.admin.get(`/api/v1/runs/${run.runId}`);
    expect(detail.json.outcome.tags).toEqual(['wave-default']);
    expect(detail.json.waits[0]).toMatchObject({ resolution: 'timeout' });
  });

  it('a redirect to a host off the allow-list is not followed; the run takes the error port', async () => {
    const offList = await startMockServer(() => ({ status: 201, body: { wmsOrderId: 'STOLEN' } }));
    try {
      mock.handle(() => ({ status: 307, headers: { location: `http://localhost:${offList.port}/steal` } }));
      await publish(server, example('wms-push'));
      const run = await send('OF-6');
      await drain();
      expect(offList.requests).toEqual([]);
      const detail = await server.admin.get(`/api/v1/runs/${run.runId}`);
      expect(detail.json.outcome).toMatchObject({ decision: 'hold', attributes: {} });
      expect(detail.json.waits[0].comment).toContain('allow-list');
    } finally {
      await offList.close();
    }
  });

  it('a secret the server does not have makes a dead letter; once set, an admin retries it', async () => {
    delete SECRETS.CRM_TOKEN;
    try {
      await publish(server, example('crm-tag'));
      const run = await send('OF-7');
      await drain();
      expect(mock.requests).toEqual([]);
      const dead = await server.admin.get('/api/v1/outbox/dead');
      expect(dead.json.entries).toHaveLength(1);
      expect(dead.json.entries[0]).toMatchObject({ kind: 'api-call', status: 'dead' });
      expect(dead.json.entries[0].lastError).toContain('ORDERFLOW_SECRET_CRM_TOKEN');
      expect((await server.admin.get(`/api/v1/runs/${run.runId}`)).json.status).toBe('waiting');

      SECRETS.CRM_TOKEN = 'crm-1';
      expect((await server.admin.post(`/api/v1/outbox/${dead.json.entries[0].seq}/retry`, {})).status).toBe(200);
      await drain();
      expect(mock.requests).toHaveLength(1);
      expect((await server.admin.get(`/api/v1/runs/${run.runId}`)).json.status).toBe('completed');
    } finally {
      SECRETS.CRM_TOKEN = 'crm-1';
    }
  });

  it('a call to a host off the allow-list is never made', async () => {
    await server.close();
    server = await startTestServer({ outboundHosts: 'wms.example.com' }, { secrets: (name) => SECRETS[name] });
    await publish(server, example('wms-push'));
    const run = await send('OF-8');
    await drain();
    expect(mock.requests).toEqual([]);
    const detail = await server.admin.get(`/api/v1/runs/${run.runId}`);
    expect(detail.json.outcome.decision).toBe('hold');
    expect(detail.json.waits[0].comment).toContain('not on this deployment');
  });
});
