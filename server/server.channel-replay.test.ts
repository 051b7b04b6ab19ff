/**
 * A held order resumes on the canonical order the intake decided on, whatever its source (issue 13). A channel
 * webhook stores the channel's raw record; approving (or timing out) its hold replays the flow, which must read
 * the record through the channel's mapping again, never run on the raw record. Real Shopify fixture
 * (channels/fixtures, source in SOURCES.md) over HTTP against the real store.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { normalize } from '../channels/index';
import { computeTotals, type Order } from '../runtime/index';
import { order } from './testing/fixtures';
import { publish, startTestServer, type TestServer } from './testing/test-server';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const HOUR = 3_600_000;
const SHOPIFY = readFileSync(join(import.meta.dirname, '..', 'channels', 'fixtures', 'shopify-1.json'), 'utf8');

/** What the notify step says: every part of the order a wrong input would change. */
const MESSAGE =
  '{{id}} for {{customer.id}}: {{totals.subtotal.amount}} {{currency}} subtotal, {{totals.total.amount}} total, {{totals.itemCount}} items {{lines}}';

const node = (id: string, type: string, config: Record<string, unknown>) => ({
  id,
  type,
  typeVersion: 1,
  config,
  position: { x: 0, y: 0 },
});
const edge = (source: string, sourcePort: string, target: string) => ({
  id: `${source}-${sourcePort}`,
  source,
  sourcePort,
  target,
});

/** Orders of 500.00 or more wait for finance; approved or timed out, a notify step reads the order. */
const highValueFlow = {
  format: 'orderflow/flow',
  formatVersion: 1,
  id: 'high-value-review',
  name: 'High-value review',
  description: '',
  nodes: [
    node('start', 'trigger', { channels: [], statuses: [] }),
    node('big', 'condition', { expression: { '>=': [{ var: 'totals.subtotal.amount' }, 50_000] } }),
    node('finance', 'approval', { role: 'finance-manager', reason: 'High-value order', slaHours: 1 }),
    node('tell', 'notify', { channel: 'wecom', to: 'ops', message: MESSAGE }),
    node('accept', 'end', { decision: 'accept', reason: 'approved' }),
    node('tell-late', 'notify', { channel: 'wecom', to: 'ops', message: MESSAGE }),
    node('late', 'end', { decision: 'hold', reason: 'finance did not answer in time' }),
    node('cancel', 'end', { decision: 'cancel', reason: 'rejected by finance' }),
    node('small', 'end', { decision: 'accept', reason: 'small order' }),
  ],
  edges: [
    edge('start', 'start', 'big'),
    edge('big', 'true', 'finance'),
    edge('big', 'false', 'small'),
    edge('finance', 'approved', 'tell'),
    edge('tell', 'next', 'accept'),
    edge('finance', 'rejected', 'cancel'),
    edge('finance', 'timed_out', 'tell-late'),
    edge('tell-late', 'next', 'late'),
  ],
};

/** The canonical order the intake decides on for this payload (the channel's own normalizer). */
function canonicalOf(channel: string, payload: string): Order {
  const [first] = normalize(channel, payload);
  if (!first?.ok) throw new Error(`${channel} fixture does not normalize`);
  return JSON.parse(JSON.stringify(first.order)) as Order;
}

/** The notify text for this order, filled from the canonical order and its totals. */
function messageFor(o: Order): string {
  const totals = computeTotals(o, []);
  return `${o.id} for ${o.customer.id}: ${totals.subtotal.amount} ${o.currency} subtotal, ${totals.total.amount} total, ${totals.itemCount} items ${JSON.stringify(o.lines)}`;
}

/** The same Shopify order under another order id (a second webhook of the same shop). */
function shopifyWithId(id: number): string {
  const payload = JSON.parse(SHOPIFY) as { order: Record<string, unknown> };
  payload.order.id = id;
  return JSON.stringify(payload);
}

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
  expect((await publish(server, highValueFlow)).status).toBe(201);
});
afterEach(async () => server.close());

describe('a held channel order resumes on its canonical order', () => {
  it('approving a Shopify webhook order finishes the run on the order the intake decided on', async () => {
    const shop = await server.token(['intake']);
    const finance = await server.user('fiona', ['approver'], ['finance-manager']);
    const expected = canonicalOf('shopify', SHOPIFY);
    // By hand from shopify-1.json: three iPods at 199.00 USD → subtotal 59,700 cents, over the 50,000 threshold.
    expect([expected.id, expected.currency, computeTotals(expected, []).subtotal.amount]).toEqual([
      'shopify:450789469',
      'USD',
      59_700,
    ]);

    const intake = await shop.request('POST', '/api/v1/channels/shopify/orders', { raw: SHOPIFY });
    expect(intake.status).toBe(201);
    const [run] = intake.json.orders[0].runs;
    expect(run).toMatchObject({ flowId: 'high-value-review', status: 'waiting', waiting: { nodeId: 'finance' } });

    // The inbox shows the canonical order, not the Shopify record.
    const inbox = (await finance.get('/api/v1/inbox')).json.items;
    expect(inbox).toHaveLength(1);
    expect(inbox[0].order).toEqual(expected);

    const decided = await finance.post(`/api/v1/runs/${run.runId}/decisions`, { decision: 'approved' });
    expect(decided.status).toBe(200);
    expect(decided.json).toMatchObject({ status: 'completed', decision: 'accept' });

    const detail = (await finance.get(`/api/v1/runs/${run.runId}`)).json;
    expect(detail).toMatchObject({ status: 'completed', orderId: expected.id, decisions: { finance: 'approved' } });
    expect(detail.order).toEqual(expected);
    // The record as Shopify sent it, kept beside the canonical order.
    expect(JSON.parse(detail.received)).toEqual((JSON.parse(SHOPIFY) as { order: unknown }).order);
    expect(detail.trace.map((s: { nodeId: string }) => s.nodeId)).toEqual([
      'start',
      'big',
      'finance',
      'tell',
      'accept',
    ]);
    const notify = detail.outcome.effects.filter((e: { kind: string }) => e.kind === 'notify');
    expect(notify.map((e: { message: string }) => e.message)).toEqual([messageFor(expected)]);
    // The effect recorded for delivery says the same.
    const effects = await server.app.deps.store.pendingOutbox(100);
    const sent = effects
      .filter((e) => e.runId === run.runId && e.kind === 'notify')
      .map((e) => (JSON.parse(e.payloadJson) as { message: string }).message);
    expect(sent).toEqual([messageFor(expected)]);
  });

  it('the SLA timer replays a channel order on its canonical order too', async () => {
    const shop = await server.token(['intake']);
    const payload = shopifyWithId(450789470);
    const expected = canonicalOf('shopify', payload);
    expect(expected.id).toBe('shopify:450789470');
    const run = (await shop.request('POST', '/api/v1/channels/shopify/orders', { raw: payload })).json.orders[0]
      .runs[0];
    expect(run.status).toBe('waiting');

    server.clock.advance(HOUR + 1);
    expect(await server.app.sweeper.sweepOnce()).toMatchObject({ timedOut: 1 });
    const detail = (await server.admin.get(`/api/v1/runs/${run.runId}`)).json;
    expect(detail).toMatchObject({ status: 'completed', decision: 'hold', decisions: { finance: 'timed_out' } });
    expect(detail.order).toEqual(expected);
    const notify = detail.outcome.effects.filter((e: { kind: string }) => e.kind === 'notify');
    expect(notify.map((e: { message: string }) => e.message)).toEqual([messageFor(expected)]);
  });

  it('a canonical order from a batch and one from POST /orders resume on themselves', async () => {
    const shop = await server.token(['intake']);
    const finance = await server.user('fiona', ['approver'], ['finance-manager']);
    // The fixture order is ¥598 (59,800 fen): over the threshold.
    const single = order('P-1');
    const batched = order('B-1', { customer: { ...(order('B-1').customer as object), id: 'C-batch' } });
    const one = (await shop.post('/api/v1/orders', single)).json.runs[0];
    const many = (await shop.post('/api/v1/orders/batch', { orders: [batched] })).json.orders[0].runs[0];
    for (const [run, sent] of [
      [one, single],
      [many, batched],
    ] as const) {
      expect(run.status).toBe('waiting');
      const decided = await finance.post(`/api/v1/runs/${run.runId}/decisions`, { decision: 'approved' });
      expect(decided.json).toMatchObject({ status: 'completed', decision: 'accept' });
      const detail = (await finance.get(`/api/v1/runs/${run.runId}`)).json;
      const expected = JSON.parse(JSON.stringify(sent)) as Order;
      expect(detail.order).toMatchObject(expected);
      const notify = detail.outcome.effects.filter((e: { kind: string }) => e.kind === 'notify');
      expect(notify.map((e: { message: string }) => e.message)).toEqual([messageFor(detail.order as Order)]);
      expect(notify[0].message).toContain(
        `${sent.id as string} for ${(sent.customer as { id: string }).id}: 59800 CNY`,
      );
    }
  });
});
