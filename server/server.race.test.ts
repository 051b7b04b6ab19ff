import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { approvalFlow, order } from './testing/fixtures';
import { gatedStore, publish, startTestServer, type Client, type TestServer } from './testing/test-server';

// Real servers, scrypt and SQLite on a shared 2-core machine: seconds, not milliseconds.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

/**
 * N people decide the same hold at once while its SLA timer is due in the same millisecond: the
 * compare-and-set on the run's version lets exactly one through; every other decision gets 409.
 */
let server: TestServer;
let gate: ReturnType<typeof gatedStore>;
let shop: Client;
const approvers: Client[] = [];

beforeAll(async () => {
  server = await startTestServer({}, { wrapStore: (store) => (gate = gatedStore(store)).store });
  await publish(server, approvalFlow());
  shop = await server.token(['intake']);
  for (let i = 0; i < 4; i++) approvers.push(await server.token(['approver'], ['finance-manager']));
});
afterAll(async () => server.close());

describe('a decision races the timer', () => {
  for (const n of [2, 8, 64]) {
    it(`N = ${n} concurrent decisions plus the timer due the same ms: exactly one applies`, async () => {
      const run = (await shop.post('/api/v1/orders', order(`R-${n}`))).json.runs[0];
      server.clock.set(Date.parse(run.waiting.dueAt)); // due now: people may still decide, and so may the timer
      // Commits are held until every decider and the timer have read the run and computed their step.
      const release = gate.hold();
      const decisions = Array.from({ length: n }, (_, i) =>
        approvers[i % approvers.length]!.post(`/api/v1/runs/${run.runId}/decisions`, {
          decision: i % 2 ? 'rejected' : 'approved',
          comment: `decider ${i}`,
        }),
      );
      const timerSweep = server.app.sweeper.sweepOnce();
      while (gate.waiting() < n + 1) await new Promise((resolve) => setTimeout(resolve, 5));
      release();
      const [timer, ...replies] = await Promise.all([timerSweep, ...decisions]);
      const applied = replies.filter((r) => r.status === 200).length + timer.timedOut;
      expect(applied).toBe(1);
      for (const r of replies.filter((reply) => reply.status !== 200)) expect(r.status).toBe(409);
      // All read the run before the winner committed: the version check turned the others away.
      for (const r of replies.filter((reply) => reply.status !== 200))
        expect(r.json.error.code).toBe('decided-meanwhile');

      const detail = (await server.admin.get(`/api/v1/runs/${run.runId}`)).json;
      expect(detail).toMatchObject({ status: 'completed', version: 2 });
      expect(Object.keys(detail.decisions)).toEqual(['finance']);
      expect(detail.waits).toHaveLength(1);
      const audit = (await server.admin.get('/api/v1/audit?limit=10000')).json.entries;
      expect(
        audit.filter((e: { action: string; subject: string }) => e.action === 'run.decide' && e.subject === run.runId),
      ).toHaveLength(1);
      const effects = (await server.app.deps.store.pendingOutbox(10_000)).filter(
        (e) => e.runId === run.runId && e.kind === 'decision',
      );
      expect(effects).toHaveLength(1);
      server.clock.set(Date.parse(run.waiting.dueAt) + 1);
    });
  }
});
