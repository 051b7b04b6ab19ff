import { afterEach, describe, expect, it, vi } from 'vitest';
import { RunWorker, type RunWorkerOptions } from '../queue/run-worker';
import { runJobId } from '../queue/run-jobs';
import { deleteRedisPrefix } from '../testing/backends';
import { approvalFlow, order } from '../testing/fixtures';
import { publish, startTestServer, type TestServer } from '../testing/test-server';

// Real PostgreSQL and Redis on a shared 2-core machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const SLA_HOURS = 0.0004; // 1.44 s: the delayed job fires while the test watches
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let server: TestServer;
const workers: RunWorker[] = [];
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.close()));
  await server?.close();
});

async function waitingRun(): Promise<{ runId: string; dueAt: number }> {
  expect((await publish(server, approvalFlow('approval-gate', 'v1', SLA_HOURS))).status).toBe(201);
  const reply = await server.admin.post('/api/v1/orders', order(`Q-${Date.now()}`));
  expect(reply.status).toBe(201);
  const run = reply.json.runs[0];
  expect(run.status).toBe('waiting');
  return { runId: run.runId, dueAt: Date.parse(run.waiting.dueAt) };
}

function startWorker(options: Partial<RunWorkerOptions> = {}): RunWorker {
  const { config } = server.app.deps;
  const worker = new RunWorker(server.app.deps, server.app.fastify.log, {
    redisUrl: config.redisUrl!,
    prefix: config.queuePrefix,
    ...options,
  });
  workers.push(worker);
  return worker;
}

async function until(what: string, check: () => Promise<boolean> | boolean, ms = 20_000): Promise<void> {
  for (const started = Date.now(); Date.now() - started < ms; await sleep(50)) if (await check()) return;
  throw new Error(`timed out waiting until ${what}`);
}

const decisionEffects = async (runId: string) =>
  (await server.app.deps.store.pendingOutbox(10_000)).filter((e) => e.runId === runId && e.kind === 'decision').length;

describe('SLA timers on BullMQ (PostgreSQL + Redis)', () => {
  it('fires the deadline from a delayed job, and the same job delivered again does nothing', async () => {
    server = await startTestServer({}, { backend: 'postgres' });
    const { runId, dueAt } = await waitingRun();
    const queue = server.app.dispatcher!.queue;
    const job = await queue.getJob(runJobId({ runId, expectedVersion: 1 }));
    expect(job?.opts.delay).toBe(dueAt - server.clock.now());

    server.clock.advance(dueAt - server.clock.now() + 1);
    const worker = startWorker();
    await until('the job moved the run', async () => (await server.app.deps.store.run(runId))?.status !== 'waiting');
    const run = (await server.admin.get(`/api/v1/runs/${runId}`)).json;
    expect([run.status, run.decision, run.version, run.decisions]).toEqual([
      'completed',
      'hold',
      2,
      { finance: 'timed_out' },
    ]);
    expect(worker.counts['timed-out']).toBe(1);

    // At-least-once delivery: the same job (same run version) again finds the run moved on.
    await queue.add(
      'timeout',
      { runId, expectedVersion: 1 },
      { jobId: 'redelivered-' + runJobId({ runId, expectedVersion: 1 }) },
    );
    await until('the redelivery was handled', () => worker.counts.stale === 1);
    expect((await server.app.deps.store.run(runId))?.version).toBe(2);
    expect(await decisionEffects(runId)).toBe(1);
    expect(await server.app.sweeper.sweepOnce()).toMatchObject({ timedOut: 0, reminded: 0 });
  });

  it('loses the job with Redis and still times out once, from the database sweeper', async () => {
    server = await startTestServer({}, { backend: 'postgres' });
    const { runId, dueAt } = await waitingRun();
    expect(await deleteRedisPrefix(server.app.deps.config.queuePrefix)).toBeGreaterThan(0);
    server.clock.advance(dueAt - server.clock.now() + 1);
    const worker = startWorker();
    await sleep(500);
    expect((await server.app.deps.store.run(runId))?.status).toBe('waiting'); // nothing left in Redis to fire it
    expect((await server.app.sweeper.sweepOnce()).timedOut).toBe(1);
    expect((await server.app.deps.store.run(runId))?.version).toBe(2);
    expect(worker.counts['timed-out']).toBe(0);
    expect(await decisionEffects(runId)).toBe(1);
  });

  it('a worker that stalls past its job lock: the job is redelivered and the redelivery does nothing', async () => {
    server = await startTestServer({}, { backend: 'postgres' });
    const { runId, dueAt } = await waitingRun();
    server.clock.advance(dueAt - server.clock.now() + 1);
    let stalled = false;
    // Worker A commits the timeout, then freezes (no lock renewal) three times longer than its lock.
    // Stall checks are shared per queue (the first worker's interval paces everyone's): both check often.
    const a = startWorker({
      lockDurationMs: 1000,
      stalledIntervalMs: 200,
      skipLockRenewal: true,
      afterStep: async (outcome) => {
        if (outcome.kind !== 'timed-out') return;
        stalled = true;
        await sleep(3500);
      },
    });
    await until('worker A stalls after its step', () => stalled);
    // Worker B checks for stalled jobs often; it takes the expired job over.
    const b = startWorker({ lockDurationMs: 1000, stalledIntervalMs: 200 });
    await until('the stalled job was delivered again', () => a.counts.stale + b.counts.stale >= 1);
    expect(a.counts['timed-out'] + b.counts['timed-out']).toBe(1);
    const run = await server.app.deps.store.run(runId);
    expect([run?.status, run?.version]).toEqual(['completed', 2]);
    expect(await decisionEffects(runId)).toBe(1);
    expect((await server.app.deps.store.waitsOfRun(runId)).map((w) => w.resolution)).toEqual(['timed_out']);
  });
});
