import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { approvalFlow, order } from './testing/fixtures';
import { publish, startTestServer, type TestServer } from './testing/test-server';

// Real servers, scrypt and SQLite on a shared 2-core machine: seconds, not milliseconds.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer({ outboundHosts: '127.0.0.1' });
});

/** A webhook taking these order events: event rows are written only for events someone subscribes to. */
async function subscribe(events: string[]): Promise<void> {
  const created = await server.admin.post('/api/v1/webhooks', { url: 'http://127.0.0.1:9/hook', events });
  expect(created.status).toBe(201);
}
afterEach(async () => server.close());

const HOUR = 3_600_000;

describe('publish → intake → wait → decide', () => {
  it('runs an order to a hold, lists it in the approver inbox, and completes it on approval', async () => {
    const published = await publish(server, approvalFlow());
    expect(published.status).toBe(201);
    expect(published.json.version).toMatchObject({ version: 1, live: true, note: 'test publish' });
    const shop = await server.token(['intake']);
    const finance = await server.user('fiona', ['approver'], ['finance-manager']);
    await subscribe(['order.held', 'order.decided', 'order.accepted', 'order.routed', 'order.failed']);

    const intake = await shop.post('/api/v1/orders', order('A-1'));
    expect(intake.status).toBe(201);
    const [run] = intake.json.runs;
    expect(run).toMatchObject({
      flowId: 'approval-gate',
      flowVersion: 1,
      status: 'waiting',
      waiting: { nodeId: 'finance', role: 'finance-manager' },
    });
    expect(run.waiting.dueAt).toBe(new Date(server.clock.now() + HOUR).toISOString());

    const inbox = await finance.get('/api/v1/inbox');
    expect(inbox.json.items).toHaveLength(1);
    expect(inbox.json.items[0]).toMatchObject({
      runId: run.runId,
      orderId: 'A-1',
      decisions: ['approved', 'rejected'],
    });
    expect(inbox.json.items[0].path.map((s: { nodeId: string }) => s.nodeId)).toEqual(['start', 'finance']);

    const decided = await finance.post(`/api/v1/runs/${run.runId}/decisions`, {
      decision: 'approved',
      comment: 'looks fine',
    });
    expect(decided.status).toBe(200);
    expect(decided.json).toMatchObject({ status: 'completed', decision: 'accept', version: 2 });
    expect(decided.json.outcome.tags).toEqual(['approved-v1']);

    const detail = await finance.get(`/api/v1/runs/${run.runId}`);
    expect(detail.json).toMatchObject({
      status: 'completed',
      decisions: { finance: 'approved' },
      order: { id: 'A-1' },
    });
    expect(detail.json.trace.map((s: { nodeId: string }) => s.nodeId)).toEqual([
      'start',
      'finance',
      'tag-ok',
      'notify',
      'accept',
    ]);
    expect(detail.json.waits[0]).toMatchObject({
      resolution: 'approved',
      decidedBy: finance.id,
      comment: 'looks fine',
    });
    expect((await finance.get('/api/v1/inbox')).json.items).toEqual([]);

    // The notify effect left through the outbox once; the decision was audited with before/after.
    const effects = await server.app.deps.store.pendingOutbox(100);
    expect(
      effects
        .filter((e) => e.kind !== 'event')
        .map((e) => e.kind)
        .sort(),
    ).toEqual(['decision', 'notify']);
    // Order events for webhooks: held at intake, then decided and accepted.
    expect(effects.filter((e) => e.kind === 'event').map((e) => JSON.parse(e.payloadJson).type)).toEqual([
      'order.held',
      'order.decided',
      'order.accepted',
    ]);
    const audit = (await server.admin.get('/api/v1/audit')).json.entries.filter(
      (e: { action: string }) => e.action === 'run.decide',
    );
    expect(audit).toMatchObject([
      {
        subject: run.runId,
        actor: finance.id,
        actorName: 'fiona',
        before: { version: 1, status: 'waiting' },
        after: { version: 2, status: 'completed', decision: 'approved' },
      },
    ]);
  });

  it('refuses a rejection without a comment, another role, and the sender deciding their own order', async () => {
    await publish(server, approvalFlow());
    const shop = await server.token(['intake']);
    const run = (await shop.post('/api/v1/orders', order('A-2'))).json.runs[0];
    const finance = await server.user('fiona', ['approver'], ['finance-manager']);
    const legal = await server.user('lee', ['approver'], ['legal']);
    const senderApprover = await server.token(['intake', 'approver'], ['finance-manager']);
    const own = (await senderApprover.post('/api/v1/orders', order('A-3'))).json.runs[0];

    expect((await finance.post(`/api/v1/runs/${run.runId}/decisions`, { decision: 'rejected' })).json.error.code).toBe(
      'comment-required',
    );
    expect((await finance.post(`/api/v1/runs/${run.runId}/decisions`, { decision: 'timed_out' })).json.error.code).toBe(
      'invalid-decision',
    );
    expect((await legal.post(`/api/v1/runs/${run.runId}/decisions`, { decision: 'approved' })).status).toBe(403);
    expect((await legal.get('/api/v1/inbox')).json.items).toEqual([]);
    const self = await senderApprover.post(`/api/v1/runs/${own.runId}/decisions`, { decision: 'approved' });
    expect([self.status, self.json.error.code]).toEqual([403, 'self-approval']);

    const rejected = await finance.post(`/api/v1/runs/${run.runId}/decisions`, {
      decision: 'rejected',
      comment: 'subsidy too high',
    });
    expect(rejected.json).toMatchObject({ status: 'completed', decision: 'cancel' });
    const again = await finance.post(`/api/v1/runs/${run.runId}/decisions`, { decision: 'approved' });
    expect([again.status, again.json.error.code]).toEqual([409, 'not-waiting']);
  });
});

describe('SLA', () => {
  it('sends a reminder before the deadline and continues on timed_out when it passes', async () => {
    await publish(server, approvalFlow());
    await subscribe(['order.held', 'order.decided', 'order.accepted', 'order.routed', 'order.failed']);
    const shop = await server.token(['intake']);
    const run = (await shop.post('/api/v1/orders', order('T-1'))).json.runs[0];

    server.clock.advance(0.5 * HOUR);
    expect(await server.app.sweeper.sweepOnce()).toMatchObject({ timedOut: 0, reminded: 0 });
    server.clock.advance(0.3 * HOUR);
    expect(await server.app.sweeper.sweepOnce()).toMatchObject({ timedOut: 0, reminded: 1 });
    expect(await server.app.sweeper.sweepOnce()).toMatchObject({ timedOut: 0, reminded: 0 });

    server.clock.advance(0.2 * HOUR);
    expect(await server.app.sweeper.sweepOnce()).toMatchObject({ timedOut: 1, reminded: 0 });
    const detail = (await server.admin.get(`/api/v1/runs/${run.runId}`)).json;
    expect(detail).toMatchObject({ status: 'completed', decision: 'hold', decisions: { finance: 'timed_out' } });
    expect(detail.waits[0]).toMatchObject({ resolution: 'timed_out', decidedBy: 'system' });
    const finance = await server.user('fiona', ['approver'], ['finance-manager']);
    expect((await finance.post(`/api/v1/runs/${run.runId}/decisions`, { decision: 'approved' })).status).toBe(409);
    const effects = await server.app.deps.store.pendingOutbox(100);
    expect(
      effects
        .filter((e) => e.kind !== 'event')
        .map((e) => e.kind)
        .sort(),
    ).toEqual(['decision', 'reminder']);
    expect(effects.filter((e) => e.kind === 'event').map((e) => JSON.parse(e.payloadJson).type)).toEqual([
      'order.held',
      'order.decided',
    ]);
    expect(await server.app.fastify.inject({ method: 'GET', url: '/metrics' }).then((r) => r.body)).toContain(
      'orderflow_sla_breaches_total 1',
    );
  });

  it('refuses a person deciding after the deadline even before the sweeper ran', async () => {
    await publish(server, approvalFlow());
    const run = (await (await server.token(['intake'])).post('/api/v1/orders', order('T-2'))).json.runs[0];
    const finance = await server.user('fiona', ['approver'], ['finance-manager']);
    server.clock.advance(HOUR + 1);
    const late = await finance.post(`/api/v1/runs/${run.runId}/decisions`, { decision: 'approved' });
    expect([late.status, late.json.error.code]).toEqual([409, 'sla-expired']);
  });
});

describe('pinning', () => {
  it('resumes waiting runs on the version they started on after v2 is published, and rollback brings v1 back', async () => {
    await publish(server, approvalFlow('approval-gate', 'v1'));
    const shop = await server.token(['intake']);
    const finance = await server.user('fiona', ['approver'], ['finance-manager']);
    const onV1 = (await shop.post('/api/v1/orders', order('P-1'))).json.runs[0];
    const v2 = await publish(server, approvalFlow('approval-gate', 'v2'), 'v2 tags differently');
    expect(v2.json.version).toMatchObject({ version: 2, live: true });
    const onV2 = (await shop.post('/api/v1/orders', order('P-2'))).json.runs[0];
    expect([onV1.flowVersion, onV2.flowVersion]).toEqual([1, 2]);

    const first = await finance.post(`/api/v1/runs/${onV1.runId}/decisions`, { decision: 'approved' });
    expect(first.json).toMatchObject({ flowVersion: 1, status: 'completed' });
    expect(first.json.outcome.tags).toEqual(['approved-v1']);
    expect(
      (await finance.post(`/api/v1/runs/${onV2.runId}/decisions`, { decision: 'approved' })).json.outcome.tags,
    ).toEqual(['approved-v2']);

    const rollback = await server.admin.post('/api/v1/flows/approval-gate/versions/1/publish', {
      note: 'v2 was wrong',
    });
    expect(rollback.json.version).toMatchObject({ version: 1, live: true });
    const versions = (await server.admin.get('/api/v1/flows/approval-gate/versions')).json.versions;
    expect(versions.map((v: { version: number; live: boolean }) => [v.version, v.live])).toEqual([
      [1, true],
      [2, false],
    ]);
    expect((await shop.post('/api/v1/orders', order('P-3'))).json.runs[0].flowVersion).toBe(1);
  });
});
