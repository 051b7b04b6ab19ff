import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { approvalFlow, order } from './testing/fixtures';
import { gatedStore, publish, startTestServer, type TestServer } from './testing/test-server';
import { seed } from './seed';

// Real servers, scrypt and SQLite on a shared 2-core machine: seconds, not milliseconds.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Cases for approvalFlow: the first expects what the flow does, the second does not. */
function cases(secondExpects: 'waiting' | 'completed') {
  return {
    format: 'orderflow/cases',
    formatVersion: 1,
    flowId: 'approval-gate',
    cases: [
      {
        name: 'approved orders are accepted',
        order: order('CASE-1'),
        decisions: { finance: 'approved' },
        expect: { status: 'completed', decision: 'accept', tags: ['approved-v1'] },
      },
      { name: 'orders wait for finance', order: order('CASE-2'), expect: { status: secondExpects } },
    ],
  };
}

describe('publishing', () => {
  it('refuses a flow whose test case fails or that does not validate, and keeps the live version', async () => {
    server = await startTestServer();
    expect(
      (await server.admin.put('/api/v1/flows/approval-gate', { flow: approvalFlow(), cases: cases('waiting') })).status,
    ).toBe(201);
    const good = await server.admin.post('/api/v1/flows/approval-gate/publish', { note: 'first' });
    expect(good.json).toMatchObject({ published: true, casesRun: 2, version: { version: 1 } });

    await server.admin.put('/api/v1/flows/approval-gate', {
      flow: approvalFlow('approval-gate', 'v2'),
      cases: cases('completed'),
    });
    const failing = await server.admin.post('/api/v1/flows/approval-gate/publish', { note: 'second' });
    expect([failing.status, failing.json.error.code]).toEqual([422, 'checks-failed']);
    expect(failing.json.error.problems.map((p: { message: string }) => p.message).join('\n')).toContain(
      'approved orders are accepted: tags: expected approved-v1, got approved-v2',
    );

    const broken = { ...approvalFlow(), edges: [] };
    await server.admin.put('/api/v1/flows/approval-gate', { flow: broken, cases: null });
    const invalid = await server.admin.post('/api/v1/flows/approval-gate/publish', { note: 'third' });
    expect(invalid.status).toBe(422);
    expect(invalid.json.error.problems.every((p: { path: string }) => p.path.startsWith('flow'))).toBe(true);
    expect((await server.admin.get('/api/v1/flows/approval-gate')).json.liveVersion).toBe(1);
    expect((await server.admin.post('/api/v1/flows/approval-gate/publish', {})).status).toBe(400); // a note is required
  });

  it('with four-eyes, publishes only after enough approvals from people other than the author', async () => {
    server = await startTestServer({ publishApprovals: 2 });
    const author = await server.user('ann', ['editor', 'publisher']);
    const first = await server.user('bob', ['publisher']);
    const second = await server.user('cat', ['publisher']);
    const opened = await publish(server, approvalFlow(), 'needs two', author);
    expect(opened.status).toBe(202);
    const requestId = opened.json.request.id;
    expect((await author.post(`/api/v1/publish-requests/${requestId}/approve`, {})).json.error.code).toBe(
      'self-approval',
    );
    expect((await first.post(`/api/v1/publish-requests/${requestId}/approve`, {})).json).toMatchObject({
      published: false,
      request: { approvals: [first.id] },
    });
    expect((await server.admin.get('/api/v1/flows/approval-gate')).json.liveVersion).toBeNull();
    const done = await second.post(`/api/v1/publish-requests/${requestId}/approve`, {});
    expect(done.status).toBe(201);
    expect(done.json).toMatchObject({
      published: true,
      version: { version: 1, author: author.id, publishedBy: second.id, note: 'needs two' },
    });
    const audit = (await server.admin.get('/api/v1/audit')).json.entries.map((e: { action: string }) => e.action);
    expect(audit.filter((a: string) => a === 'publish.approve')).toHaveLength(2);
    expect(audit).toContain('flow.publish');
  });

  it('two approvals of the same four-eyes request at once: one counts, the other is told to approve again', async () => {
    let gate!: ReturnType<typeof gatedStore>;
    server = await startTestServer({ publishApprovals: 3 }, { wrapStore: (store) => (gate = gatedStore(store)).store });
    const author = await server.user('ann', ['editor', 'publisher']);
    const [bob, cat, dan] = [
      await server.user('bob', ['publisher']),
      await server.user('cat', ['publisher']),
      await server.user('dan', ['publisher']),
    ];
    const requestId = (await publish(server, approvalFlow(), 'needs three', author)).json.request.id;
    const release = gate.hold();
    const both = [bob, cat].map((who) => who.post(`/api/v1/publish-requests/${requestId}/approve`, {}));
    while (gate.waiting() < 2) await new Promise((resolve) => setTimeout(resolve, 10));
    release();
    const answers = await Promise.all(both);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    expect(answers.find((a) => a.status === 409)!.json.error.code).toBe('approval-conflict');
    const winner = answers[0]!.status === 200 ? bob : cat;
    const loser = winner === bob ? cat : bob;
    const stored = async () =>
      (await server!.admin.get('/api/v1/publish-requests')).json.requests.find(
        (r: { id: string }) => r.id === requestId,
      );
    expect((await stored()).approvals).toEqual([winner.id]);
    // The one told to approve again does, and the third approval publishes: no approval was lost.
    expect((await loser.post(`/api/v1/publish-requests/${requestId}/approve`, {})).json.request.approvals).toEqual([
      winner.id,
      loser.id,
    ]);
    expect((await dan.post(`/api/v1/publish-requests/${requestId}/approve`, {})).status).toBe(201);
    expect((await stored()).approvals).toEqual([winner.id, loser.id, dan.id]);
  });

  it('limits login attempts', async () => {
    server = await startTestServer({ loginRatePerMinute: 3 }); // the admin's sign-in is the first
    const attempt = () =>
      fetch(`${server!.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: 'wrong' }),
      });
    expect((await attempt()).status).toBe(401);
    expect((await attempt()).status).toBe(401);
    const limited = await attempt();
    expect(limited.status).toBe(429);
    expect(((await limited.json()) as { error: { code: string } }).error.code).toBe('rate-limited');
  });

  it('seeds the example flows on the first start, published through their test cases', async () => {
    server = await startTestServer({}, { seedExamples: true });
    const flows = (await server.admin.get('/api/v1/flows')).json.flows;
    const examples = readdirSync(new URL('../examples/flows/', import.meta.url))
      .filter((name) => name.endsWith('.flow.json'))
      .map((name) => [name.replace('.flow.json', ''), 1])
      .sort(([a], [b]) => String(a).localeCompare(String(b)));
    expect(examples.length).toBeGreaterThan(4);
    const seeded = flows.map((f: { id: string; liveVersion: number }) => [f.id, f.liveVersion]);
    expect(seeded.sort(([a]: [string], [b]: [string]) => a.localeCompare(b))).toEqual(examples);
  });

  it('seeds only the example flows ORDERFLOW_SEED_FLOWS names, and refuses to start on an unknown one', async () => {
    server = await startTestServer({ seedFlows: ['vip-priority', 'returns-qc'] }, { seedExamples: true });
    const flows = (await server.admin.get('/api/v1/flows')).json.flows as { id: string; liveVersion: number }[];
    expect(flows.map((f) => [f.id, f.liveVersion]).sort()).toEqual([
      ['returns-qc', 1],
      ['vip-priority', 1],
    ]);
    await server.close();
    server = await startTestServer();
    const deps = server.app.deps;
    const misspelt = { ...deps, config: { ...deps.config, seed: true, seedFlows: ['vip-priorty'] } };
    await expect(seed(misspelt)).rejects.toThrow(
      /ORDERFLOW_SEED_FLOWS names vip-priorty, which is not an example flow \(.*vip-priority/,
    );
  });

  it('two publishes at the same moment: one takes the next version, the other gets a clean 409', async () => {
    let gate!: ReturnType<typeof gatedStore>;
    server = await startTestServer({}, { wrapStore: (store) => (gate = gatedStore(store)).store });
    await publish(server, approvalFlow('approval-gate', 'v1'));
    await server.admin.put('/api/v1/flows/approval-gate', { flow: approvalFlow('approval-gate', 'v2') });
    const release = gate.hold();
    const both = [1, 2].map(() => server!.admin.post('/api/v1/flows/approval-gate/publish', { note: 'same time' }));
    while (gate.waiting() < 2) await new Promise((resolve) => setTimeout(resolve, 10));
    release();
    const answers = await Promise.all(both);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    const lost = answers.find((a) => a.status === 409)!;
    expect(lost.json.error.code).toBe('publish-conflict');
    expect(lost.json.error.message).toMatch(/version 2/);
    const versions = await server.admin.get('/api/v1/flows/approval-gate/versions');
    expect(versions.json.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
  });
});
