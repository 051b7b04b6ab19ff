import { afterEach, describe, expect, it, vi } from 'vitest';
import { assignArm, assignmentKey } from '../runtime/index';
import { approvalFlow, order } from './testing/fixtures';
import { pricedOrders, reviewFlow } from './testing/rollout-fixtures';
import { storeRows } from './testing/store-rows';
import { publish, startTestServer, type Client, type TestServer } from './testing/test-server';

// Real servers and SQLite on a shared 2-core machine: seconds, not milliseconds.
vi.setConfig({ testTimeout: 300_000, hookTimeout: 120_000 });

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Sends orders a few at a time (group commit) and returns each answer's runs. */
async function send(
  shop: Client,
  orders: Record<string, unknown>[],
): Promise<{ flowVersion: number; decision: string | null; runId: string }[][]> {
  const answers: { flowVersion: number; decision: string | null; runId: string }[][] = [];
  for (let i = 0; i < orders.length; i += 16) {
    const replies = await Promise.all(orders.slice(i, i + 16).map((o) => shop.post('/api/v1/orders', o)));
    for (const reply of replies) {
      if (reply.status !== 201) throw new Error(`order refused: ${reply.text}`);
      answers.push(reply.json.runs);
    }
  }
  return answers;
}

async function draft(server: TestServer, flow: { id: string }): Promise<void> {
  const saved = await server.admin.put(`/api/v1/flows/${flow.id}`, { flow });
  expect(saved.status).toBe(200);
}

describe('canary rollout', () => {
  it('splits customers by the shared hash, ramps only by adding them, and the kill switch sends everyone back to live', async () => {
    server = await startTestServer();
    await publish(server, reviewFlow(90_100));
    await draft(server, reviewFlow(85_100));
    const shop = await server.token(['intake']);
    const viewer = await server.user('vera', ['viewer']);
    expect((await viewer.post('/api/v1/flows/review-gate/rollouts', { mode: 'canary', note: 'x' })).status).toBe(403);
    const bad = await server.admin.post('/api/v1/flows/review-gate/rollouts', {
      mode: 'canary',
      plan: [25, 5],
      note: 'x',
    });
    expect([bad.status, bad.json.error.problems[0].path]).toEqual([400, 'plan.1']);

    const started = await server.admin.post('/api/v1/flows/review-gate/rollouts', {
      mode: 'canary',
      plan: [5, 25, 50, 100],
      note: 'lower the review threshold',
    });
    expect(started.status).toBe(201);
    expect(started.json).toMatchObject({ state: 'running', percent: 5, candidateVersion: 2, baseVersion: 1 });
    const id = started.json.id as string;
    expect(
      (await server.admin.post('/api/v1/flows/review-gate/rollouts', { mode: 'shadow', note: 'again' })).json.error
        .code,
    ).toBe('rollout-active');

    const orders = pricedOrders(1, 200);
    const at5 = await send(shop, orders);
    const expected5 = orders.map((o) => (assignArm(assignmentKey(o as never), 5, id) === 'candidate' ? 2 : 1));
    expect(at5.map((runs) => runs[0]!.flowVersion)).toEqual(expected5);
    expect(expected5.filter((v) => v === 2).length).toBeGreaterThan(0);

    expect((await server.admin.post(`/api/v1/rollouts/${id}/advance`, {})).json).toMatchObject({
      percent: 25,
      stageIndex: 1,
    });
    const again = pricedOrders(1, 200, 'S1b').map((o, i) => ({ ...o, customer: orders[i]!.customer })); // same customers
    const at25 = await send(shop, again);
    at5.forEach((runs, i) => {
      if (runs[0]!.flowVersion === 2) expect(at25[i]![0]!.flowVersion).toBe(2); // nobody who had the candidate lost it
    });
    expect(at25.filter((r) => r[0]!.flowVersion === 2).length).toBeGreaterThan(expected5.filter((v) => v === 2).length);

    expect((await server.admin.post(`/api/v1/rollouts/${id}/pause`, {})).json.state).toBe('paused');
    expect((await server.admin.post(`/api/v1/rollouts/${id}/pause`, {})).status).toBe(409);
    expect((await server.admin.post(`/api/v1/rollouts/${id}/resume`, {})).json.state).toBe('running');
    expect((await server.admin.post(`/api/v1/rollouts/${id}/rollback`, {})).status).toBe(400); // a note is required
    const killed = await server.admin.post(`/api/v1/rollouts/${id}/rollback`, { note: 'support calls' });
    expect(killed.json).toMatchObject({ state: 'rolled-back', percent: 0 });
    expect(killed.json.reason).toContain('support calls');
    expect(killed.json.reasonDetail).toEqual({ code: 'rolled-back-by', by: 'admin', note: 'support calls' });
    const after = await send(
      shop,
      pricedOrders(1, 100, 'S1c').map((o, i) => ({ ...o, customer: orders[i]!.customer })),
    );
    expect(after.every((runs) => runs[0]!.flowVersion === 1)).toBe(true);
    expect((await server.admin.post(`/api/v1/rollouts/${id}/advance`, {})).status).toBe(409);

    const audit = await server.admin.request('GET', '/api/v1/audit?format=jsonl');
    const actions = audit.text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).action as string);
    expect(actions.filter((a) => a.startsWith('rollout.'))).toEqual([
      'rollout.start',
      'rollout.advance',
      'rollout.pause',
      'rollout.resume',
      'rollout.rollback',
    ]);
    const openapi = (await server.admin.get('/api/openapi.json')).json;
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining(['/api/v1/flows/{flowId}/rollouts', '/api/v1/rollouts/{id}/rollback']),
    );
  });

  it('runs that started on the candidate finish on it after a rollback; completing makes the candidate live', async () => {
    server = await startTestServer();
    const fiona = await server.user('fiona', ['approver'], ['finance-manager']);
    await publish(server, approvalFlow('approval-gate', 'v1'));
    await draft(server, approvalFlow('approval-gate', 'v2'));
    const shop = await server.token(['intake']);
    const started = await server.admin.post('/api/v1/flows/approval-gate/rollouts', {
      mode: 'canary',
      plan: [50, 100],
      note: 'v2',
    });
    const id = started.json.id as string;
    const orders = Array.from({ length: 40 }, (_, i) =>
      order(`AG-${i}`, { customer: { id: `AG-C${i}`, tier: 'vip', tags: [], orderCount: 1, returnRate: 0 } }),
    );
    const runs = (await send(shop, orders)).map((r) => r[0]!);
    const onCandidate = runs.find((r) => r.flowVersion === 2)!;
    expect(onCandidate).toBeDefined();
    await server.admin.post(`/api/v1/rollouts/${id}/rollback`, { note: 'stop' });
    const decided = await fiona.post(`/api/v1/runs/${onCandidate.runId}/decisions`, {
      decision: 'approved',
      comment: 'ok',
    });
    expect(decided.status).toBe(200);
    expect(decided.json).toMatchObject({ flowVersion: 2, status: 'completed' });
    expect(decided.json.outcome.tags).toContain('approved-v2');

    const second = await server.admin.post('/api/v1/flows/approval-gate/rollouts', {
      mode: 'canary',
      candidateVersion: 2,
      note: 'again',
    });
    expect(second.status).toBe(201);
    const done = await server.admin.post(`/api/v1/rollouts/${second.json.id}/complete`, {});
    expect(done.json).toMatchObject({ state: 'completed', percent: 100 });
    expect((await server.admin.get('/api/v1/flows/approval-gate')).json.liveVersion).toBe(2);
  });
});

describe('guardrails over HTTP', () => {
  it('roll back a candidate that reviews 5 pp more orders within the configured looks, and say why', async () => {
    server = await startTestServer();
    await publish(server, reviewFlow(90_100)); // reviews 10%
    await draft(server, reviewFlow(85_100)); // reviews 15%
    const shop = await server.token(['intake']);
    const started = await server.admin.post('/api/v1/flows/review-gate/rollouts', {
      mode: 'ab',
      percent: 50,
      metric: 'reviewRate',
      minSample: 400,
      checkEveryOrders: 200,
      note: 'A/B of the lower threshold',
    });
    const id = started.json.id as string;
    const MAX_LOOKS = 15;
    let looks = 0;
    let rollout = started.json;
    for (let batch = 0; looks < MAX_LOOKS && rollout.state === 'running'; batch++) {
      await send(shop, pricedOrders(100 + batch, 400));
      looks += (await server.app.sweeper.sweepOnce()).rollouts.looked;
      rollout = (await server.admin.get(`/api/v1/rollouts/${id}`)).json;
    }
    expect(rollout.state).toBe('rolled-back');
    expect(rollout.percent).toBe(0);
    expect(rollout.reason).toMatch(
      /^guardrail reviewRate breached in stage 1: candidate 1\d\.\d\d% .* vs baseline \d+\.\d\d%/,
    );
    const review = rollout.stage.checks.find((c: { metric: string }) => c.metric === 'reviewRate');
    expect(review.breach).toBe(true);
    // The reason as a code and its data (the editor says it in each language): the breaching look's figures.
    expect(rollout.reasonDetail).toMatchObject({
      code: 'guardrail-breach',
      stage: 1,
      metric: 'reviewRate',
      tolerance: 0.01,
    });
    expect(rollout.reasonDetail.candidate - rollout.reasonDetail.baseline).toBeCloseTo(
      rollout.reasonDetail.worseBy,
      10,
    );
    expect(rollout.reasonDetail.z).toBeGreaterThan(3);
    expect(rollout.reason).toContain(`z=${rollout.reasonDetail.z.toFixed(2)}`);
    // The A/B report: the observed difference with its 95% interval. The candidate reviews 5 pp more by
    // construction, but which orders each arm holds at the rollback's look varies with timing (PostgreSQL and
    // the sweeper interleave differently from run to run), and a 95% interval misses the true value one run in
    // twenty — once in CI (upper bound 4.86 pp). What always holds: the interval excludes 0 and sits on a rise.
    const ab = rollout.stage.ab;
    expect(ab.significant).toBe(true);
    expect(ab.interval[0]).toBeGreaterThan(0);
    expect((ab.interval[0] + ab.interval[1]) / 2).toBeCloseTo(ab.difference, 10);
    expect(ab.difference).toBeGreaterThan(0.015);
    expect(ab.difference).toBeLessThan(0.085);
    console.log(`+5 pp review regression over HTTP: rolled back after ${looks} look(s); ${rollout.reason}`);
    const audit = await server.admin.request('GET', '/api/v1/audit?format=jsonl');
    const auto = audit.text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
      .find((e) => e.action === 'rollout.auto-rollback');
    expect(auto.after.reason).toEqual(rollout.reasonDetail);
  });
});

describe('ramp by time', () => {
  it('advances a stage when its time is up only after a look with the minimum sample found it healthy', async () => {
    server = await startTestServer();
    await publish(server, reviewFlow(90_100));
    await draft(server, reviewFlow(90_100, 'Same rule, new name'));
    const shop = await server.token(['intake']);
    const started = await server.admin.post('/api/v1/flows/review-gate/rollouts', {
      mode: 'canary',
      plan: [50, 100],
      stageMinutes: 60,
      minSample: 100,
      checkEveryOrders: 50,
      note: 'by time',
    });
    const id = started.json.id as string;
    server.clock.advance(61 * 60_000);
    await server.app.sweeper.sweepOnce(); // time is up, but nothing was judged yet
    expect((await server.admin.get(`/api/v1/rollouts/${id}`)).json).toMatchObject({ percent: 50, stageIndex: 0 });
    await send(shop, pricedOrders(3, 400));
    expect((await server.app.sweeper.sweepOnce()).rollouts).toMatchObject({ advanced: 1, rolledBack: 0 });
    const advanced = (await server.admin.get(`/api/v1/rollouts/${id}`)).json;
    expect(advanced).toMatchObject({ percent: 100, stageIndex: 1, state: 'running' });
    const audit = await server.admin.request('GET', '/api/v1/audit?format=jsonl');
    expect(audit.text).toContain('"action":"rollout.advance","subject":"review-gate"');
  });
});

describe('shadow rollout', () => {
  it('runs every order on both, executes no candidate effect, and an identical candidate differs on no order', async () => {
    server = await startTestServer();
    await publish(server, reviewFlow(90_100));
    await draft(server, reviewFlow(90_100, 'Same rule, new name'));
    const shop = await server.token(['intake']);
    const started = await server.admin.post('/api/v1/flows/review-gate/rollouts', { mode: 'shadow', note: 'rename' });
    expect(started.json).toMatchObject({ mode: 'shadow', percent: 0 });
    const N = 600;
    const runs = (await send(shop, pricedOrders(7, N))).map((r) => r[0]!);
    expect(runs.every((r) => r.flowVersion === 1)).toBe(true); // live decides every order
    const accepted = runs.filter((r) => r.decision === 'accept').length;
    const detail = (await server.admin.get(`/api/v1/rollouts/${started.json.id}`)).json;
    expect(detail.differingOrders).toBe(0);
    expect((await server.app.sweeper.sweepOnce()).rollouts).toMatchObject({ looked: 1, rolledBack: 0 });
    expect(detail.capturedEffects).toBe(accepted); // the candidate notified as often as live, into the void
    const executed = "SELECT count(*) AS n FROM outbox WHERE kind = 'notify'";
    expect(await storeRows(server.app.deps.store, executed)).toEqual([{ n: accepted }]); // only live's notifications reached the outbox
  });

  it('stores the orders a changed candidate would decide differently, exactly those', async () => {
    server = await startTestServer();
    await publish(server, reviewFlow(90_100));
    await draft(server, reviewFlow(85_100));
    const shop = await server.token(['intake']);
    const started = await server.admin.post('/api/v1/flows/review-gate/rollouts', {
      mode: 'shadow',
      note: 'threshold',
    });
    const orders = pricedOrders(8, 300);
    await send(shop, orders);
    const subtotal = (o: Record<string, unknown>) =>
      (o.lines as { unitPrice: { amount: number } }[])[0]!.unitPrice.amount;
    const expected = orders.filter((o) => subtotal(o) >= 85_100 && subtotal(o) < 90_100).map((o) => o.id);
    const diffs = (await server.admin.get(`/api/v1/rollouts/${started.json.id}/differences?limit=1000`)).json;
    expect(diffs.total).toBe(expected.length);
    expect(diffs.differences.map((d: { orderId: string }) => d.orderId).sort()).toEqual([...expected].sort());
    expect(diffs.differences[0].diffs).toEqual(
      expect.arrayContaining([{ field: 'decision', before: 'accept', after: 'hold' }]),
    );
  });
});
