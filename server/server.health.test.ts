import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routingScore } from '../health/routing-score';
import { approvalFlow, order } from './testing/fixtures';
import { reviewFlow } from './testing/rollout-fixtures';
import { storeRows } from './testing/store-rows';
import { login, publish, startTestServer, type TestServer } from './testing/test-server';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const DAY = 86_400_000;
const HOUR = 3_600_000;
type Kpi = {
  id: string;
  value: number | null;
  numerator?: number;
  denominator: number;
  quantiles?: { q: number; value: number }[];
};

describe('the remote-region aging guard', () => {
  it('raises a remote order on hold longer than the configured hours to the top of the inbox, once, with an escalation', async () => {
    server = await startTestServer({ remoteAgingHours: 24 });
    await server.user('fay', ['approver'], ['finance-manager']);
    await publish(server, approvalFlow('approval-gate', 'v1', 1000)); // an SLA far away: only aging moves anything
    const shop = await server.token(['intake']);
    const remote = { country: 'CN', province: 'Xinjiang', city: 'Kashgar', remote: true };
    expect((await shop.post('/api/v1/orders', order('R-1', { shippingAddress: remote }))).status).toBe(201);
    server.clock.advance(HOUR);
    expect((await shop.post('/api/v1/orders', order('N-1'))).status).toBe(201); // near, a later deadline
    expect((await shop.post('/api/v1/orders', order('N-0'))).status).toBe(201);
    server.clock.advance(23.5 * HOUR); // R-1 has waited 24.5 h, the others 23.5 h
    expect((await server.app.sweeper.sweepOnce()).agedRemote).toBe(1);
    expect((await server.app.sweeper.sweepOnce()).agedRemote).toBe(0); // once
    const again = await login(server.url, 'fay', 'fay-password-1');
    const inbox = (await again.get('/api/v1/inbox')).json.items;
    // R-1 first although the others' deadlines are no later; the near orders keep their usual order behind it.
    expect(inbox.map((i: { orderId: string; priority: boolean }) => [i.orderId, i.priority])[0]).toEqual(['R-1', true]);
    expect(
      inbox
        .slice(1)
        .map((i: { orderId: string; priority: boolean }) => [i.orderId, i.priority])
        .sort(),
    ).toEqual([
      ['N-0', false],
      ['N-1', false],
    ]);
    const escalations = "SELECT count(*) AS n FROM outbox WHERE kind = 'escalation'";
    expect(await storeRows(server.app.deps.store, escalations)).toEqual([{ n: 1 }]);
  });
});

describe('order health on the server', () => {
  it('takes fulfilment events and computes the KPIs from live runs and events, equal to a hand computation', async () => {
    server = await startTestServer();
    await publish(server, reviewFlow(90_100));
    const shop = await server.token(['intake']);
    // Four orders placed 2026-11-11 00:11 +08:00 (the fixture's), two in Xinjiang; the handover promise is 24 h.
    for (const [id, province] of [
      ['H-1', 'Shanghai'],
      ['H-2', 'Shanghai'],
      ['H-3', 'Xinjiang'],
      ['H-4', 'Xinjiang'],
    ] as const)
      expect(
        (
          await shop.post(
            '/api/v1/orders',
            order(id, { shippingAddress: { country: 'CN', province, city: 'x', remote: province === 'Xinjiang' } }),
          )
        ).status,
      ).toBe(201);

    const bad = await shop.post('/api/v1/events', {
      events: [{ type: 'carrier-scan', orderId: 'H-1', at: 'yesterday' }],
    });
    expect([bad.status, bad.json.error.problems[0].path]).toEqual([400, 'events.0.at']);
    const events = [
      { type: 'carrier-scan', orderId: 'H-1', at: '2026-11-11T10:00:00+08:00' }, // before handover 11-12 00:11: on time
      { type: 'carrier-scan', orderId: 'H-2', at: '2026-11-12T08:00:00+08:00' }, // after: late
      { type: 'exception', orderId: 'H-1', at: '2026-11-11T12:00:00+08:00' },
      { type: 'exception-resolved', orderId: 'H-1', at: '2026-11-11T18:00:00+08:00' }, // 6 h
      { type: 'exception', orderId: 'H-2', at: '2026-11-12T09:00:00+08:00' },
      { type: 'exception-resolved', orderId: 'H-2', at: '2026-11-12T19:00:00+08:00' }, // 10 h
    ];
    expect((await shop.post('/api/v1/events', { events })).json).toEqual({ stored: 6 });
    expect((await (await server.user('vic', ['viewer'])).post('/api/v1/events', { events })).status).toBe(403);
    server.clock.advance(3 * DAY); // every handover deadline has passed: H-3 and H-4 count as missed
    const viewer = await login(server.url, 'vic', 'vic-password-1'); // sessions last 12 h
    const reply = await viewer.get('/api/v1/health/kpis?flowId=review-gate');
    if (reply.status !== 200) throw new Error(reply.text);
    const kpis = reply.json;
    expect(kpis.runs).toBe(4);
    const byId = new Map<string, Kpi>(kpis.kpis.map((k: Kpi) => [k.id, k]));
    // By hand: scanned by the promise: H-1 only, of 4 orders due → 25%.
    expect(byId.get('first-touch-on-time')).toMatchObject({ value: 25, numerator: 1, denominator: 4 });
    // Recovery hours [6, 10], nearest rank: median 6, p90 10.
    expect(byId.get('exception-recovery')!.quantiles).toEqual([
      { q: 0.5, value: 6 },
      { q: 0.9, value: 10 },
    ]);
    expect(kpis.kpis.find((k: { id: string }) => k.id === 'first-touch-on-time').definition.zh).toMatch(
      /[\u4e00-\u9fff]/,
    );

    const xinjiang = (await viewer.get('/api/v1/health/kpis?flowId=review-gate&province=Xinjiang')).json;
    expect(xinjiang.runs).toBe(2);
    expect(xinjiang.kpis.find((k: Kpi) => k.id === 'first-touch-on-time')).toMatchObject({ value: 0, denominator: 2 });
    const none = (await viewer.get('/api/v1/health/kpis?flowId=review-gate&from=2027-01-01')).json;
    expect(none.kpis.find((k: Kpi) => k.id === 'first-touch-on-time').denominator).toBe(0);

    const report = await viewer.get('/api/v1/health/report?flowId=review-gate');
    expect(report.headers.get('content-type')).toContain('text/html');
    expect(report.text).toContain('首触达准时率');
    expect(report.text).toContain('25.00% (1/4)');
  });
});

describe('order health of routed orders', () => {
  it('answers from the stored compact result, with the routing score the run had when it decided', async () => {
    server = await startTestServer({}, { seedExamples: true });
    const shop = await server.token(['intake']);
    const cases = JSON.parse(
      readFileSync(join(import.meta.dirname, '..', 'examples', 'flows', 'multi-warehouse.cases.json'), 'utf8'),
    );
    const sent = await shop.post('/api/v1/orders', cases.cases[0].order);
    const run = sent.json.runs.find((r: { flowId: string }) => r.flowId === 'multi-warehouse');
    // Independently: the full plan (rivals replayed by GET /runs/{id}) scored by health/.
    const full = (await server.admin.get(`/api/v1/runs/${run.runId}`)).json.outcome.fulfilment;
    const expected = routingScore(full)!.score;
    expect(run.outcome.fulfilment.routingScore).toBe(expected);
    const reply = await server.admin.get('/api/v1/health/kpis?flowId=multi-warehouse');
    expect(reply.status).toBe(200); // it was a 500: the stored plan has no rivals to score against
    const rationality = reply.json.kpis.find((k: Kpi) => k.id === 'routing-rationality');
    expect(rationality).toMatchObject({ value: expected, denominator: 1 });
  });
});
