/**
 * Fulfilment events from channel payloads (issue 15): the channel webhook intake reads them with the channel's
 * mapping and stores them, so the health KPIs compute from what the channel reported. Real fixtures
 * (channels/fixtures, sources in SOURCES.md) over HTTP against real SQLite.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { reviewFlow } from './testing/rollout-fixtures';
import { storeRows } from './testing/store-rows';
import { publish, startTestServer, type TestServer } from './testing/test-server';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const FIXTURES = join(import.meta.dirname, '..', 'channels', 'fixtures');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

type Kpi = { id: string; value: number | null; numerator?: number; denominator: number };
const firstTouch = async (s: TestServer, channel: string) =>
  ((await s.admin.get(`/api/v1/health/kpis?channel=${channel}`)).json.kpis as Kpi[]).find(
    (k) => k.id === 'first-touch-on-time',
  )!;

describe('fulfilment events from channel payloads', () => {
  it('stores the Douyin parcel and its promise from the real payload, once, and the KPIs follow the delivery', async () => {
    server = await startTestServer();
    await publish(server, reviewFlow(90_100));
    const shop = await server.token(['intake']);
    const payload = fixture('douyin-1.json');
    const first = await shop.request('POST', '/api/v1/channels/douyin/orders', { raw: payload });
    expect(first.status).toBe(201);
    expect(first.json.events).toBe(1);
    const id = 'douyin:6936476692437472563';
    const stored = await storeRows<{ type: string; at: string; eventJson: string }>(
      server.app.deps.store,
      'SELECT type, at, event_json AS "eventJson" FROM fulfilment_events WHERE order_id = ? ORDER BY seq',
      id,
    );
    // logistics_info[0].ship_time 1731916566 and exp_ship_time 1732031999, read in Asia/Shanghai.
    expect(stored.map((r) => [r.type, r.at])).toEqual([['shipped', '2024-11-18T15:56:06+08:00']]);
    expect(JSON.parse(stored[0]!.eventJson)).toMatchObject({
      channel: 'douyin',
      shipmentId: '6936476692437472563',
      promise: { handoverBy: '2024-11-19T23:59:59+08:00' },
    });
    // Shipped is not a carrier scan: the promise has passed with no scan, so the order counts as late.
    expect(await firstTouch(server, 'douyin')).toMatchObject({ numerator: 0, denominator: 1 });

    // The same order again (a redelivered webhook): answered as a duplicate, its event not stored twice.
    const again = await shop.request('POST', '/api/v1/channels/douyin/orders', { raw: payload });
    expect([again.status, again.json.orders[0].status, again.json.events]).toEqual([200, 'duplicate', 0]);

    // An update of the order: the carrier's signed-for time (2024-11-19 10:00 +08:00) is now set.
    const signed = payload.replace('"logistics_receipt_time": 0', '"logistics_receipt_time": 1731981600');
    expect(signed).not.toBe(payload);
    const update = await shop.request('POST', '/api/v1/channels/douyin/orders', { raw: signed });
    expect([update.status, update.json.events]).toEqual([200, 1]);
    const types = await storeRows<{ type: string; at: string }>(
      server.app.deps.store,
      'SELECT type, at FROM fulfilment_events WHERE order_id = ? ORDER BY seq',
      id,
    );
    expect(types).toEqual([
      { type: 'shipped', at: '2024-11-18T15:56:06+08:00' },
      { type: 'delivered', at: '2024-11-19T10:00:00+08:00' },
    ]);
    // By hand: first touch (the delivery scan) 11-19 10:00 ≤ promised handover 11-19 23:59:59 → 1 of 1 on time.
    expect(await firstTouch(server, 'douyin')).toMatchObject({ value: 100, numerator: 1, denominator: 1 });
  });

  it('reads Shopify fulfilments: shipped when created, the carrier status at its update; failed ones give none', async () => {
    server = await startTestServer();
    await publish(server, reviewFlow(90_100));
    const shop = await server.token(['intake']);
    const payload = fixture('shopify-1.json'); // its one fulfilment has status "failure": nothing shipped
    const first = await shop.request('POST', '/api/v1/channels/shopify/orders', { raw: payload });
    expect([first.status, first.json.events]).toEqual([201, 0]);
    const moving = payload
      .replace('"status": "failure"', '"status": "success", "shipment_status": "in_transit"')
      .replace(/"updated_at": "2014-03-07T16:14:08-05:00"/, '"updated_at": "2014-03-08T09:30:00-05:00"');
    expect(moving).not.toBe(payload);
    const update = await shop.request('POST', '/api/v1/channels/shopify/orders', { raw: moving });
    expect([update.status, update.json.events]).toEqual([200, 2]);
    const rows = await storeRows<{ type: string; at: string }>(
      server.app.deps.store,
      "SELECT type, at FROM fulfilment_events WHERE order_id = 'shopify:450789469' ORDER BY type",
    );
    expect(rows).toEqual([
      { type: 'carrier-scan', at: '2014-03-08T09:30:00-05:00' },
      { type: 'shipped', at: '2014-03-07T16:14:08-05:00' },
    ]);
  });
});
