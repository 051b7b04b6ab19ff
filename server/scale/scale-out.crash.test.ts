import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { removeScaleOut, scaleOutConfig, deleteRedisPrefix } from '../testing/backends';
import { bundleChild, freePort, startChild, type Child } from '../testing/child-server';
import { pgCrashViolations, type Acknowledged } from '../testing/crash-checks';
import { approvalFlow, order } from '../testing/fixtures';
import { seededRandom } from '../testing/seeded-random';
import { ADMIN_PASSWORD, Client, login } from '../testing/test-server';

/**
 * Two API processes and two workers on PostgreSQL + BullMQ. SIGKILL one of them at random while orders
 * arrive (on either API) and decisions and SLA timeouts fire; start it again; halfway, Redis loses every
 * key of this deployment. Then: every acknowledged order is there once, no run advanced twice, every
 * effect is recorded once, and every stored result equals a crash-free replay.
 * ORDERFLOW_SCALE_KILLS (≥ 100 for the long run: npm run test:scale-long) and _SEED change the run.
 */
const KILLS = Number(process.env.ORDERFLOW_SCALE_KILLS ?? 10);
const SEED = Number(process.env.ORDERFLOW_SCALE_SEED ?? 20261207);
// Real processes, PostgreSQL and Redis on a shared 2-core machine: seconds per kill, not milliseconds.
vi.setConfig({ testTimeout: 120_000 + KILLS * 20_000, hookTimeout: 120_000 });
const SLA_HOURS = 0.0004; // 1.44 s: some holds are decided, others time out between kills

const engine = scaleOutConfig();
let bundle: string;

interface Proc {
  readonly name: string;
  readonly env: Record<string, string>;
  readonly url?: string;
  child?: Child;
}
const procs: Proc[] = [];

beforeAll(async () => {
  bundle = await bundleChild();
  const common = {
    ORDERFLOW_DATABASE_URL: engine.databaseUrl!,
    ORDERFLOW_DATABASE_SCHEMA: engine.databaseSchema,
    ORDERFLOW_REDIS_URL: engine.redisUrl!,
    ORDERFLOW_QUEUE_PREFIX: engine.queuePrefix,
    ORDERFLOW_DATABASE_POOL_SIZE: '4',
    ORDERFLOW_EDITOR: 'off',
    ORDERFLOW_SEED: 'false',
    ORDERFLOW_LOG_LEVEL: 'error',
    ORDERFLOW_ADMIN_PASSWORD: ADMIN_PASSWORD,
    ORDERFLOW_SWEEP_INTERVAL_MS: '50',
    // Timers come from the queue; the sweeper only backs it up (and so catches what the flush lost).
    ORDERFLOW_BACKSTOP_SWEEP_MS: '1000',
    ORDERFLOW_REFUSE_SELF_APPROVAL: 'false',
  };
  for (const name of ['api-1', 'api-2']) {
    const port = await freePort();
    procs.push({
      name,
      url: `http://127.0.0.1:${port}`,
      env: { ...common, ORDERFLOW_ROLE: 'api', ORDERFLOW_PORT: String(port) },
    });
  }
  for (const name of ['worker-1', 'worker-2'])
    procs.push({ name, env: { ...common, ORDERFLOW_ROLE: 'worker', ORDERFLOW_PORT: '0' } });
});
afterAll(async () => {
  for (const p of procs) p.child?.process.kill('SIGKILL');
  await removeScaleOut(engine);
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('scale-out crash safety (PostgreSQL + BullMQ, 2 API + 2 worker processes)', () => {
  it(`survives ${KILLS} SIGKILLs of API and worker processes and a Redis loss, losing and doubling nothing`, async () => {
    const random = seededRandom(SEED);
    const acked: Acknowledged = { orders: new Map(), decisions: new Map() };
    const unanswered = new Set<number>();
    const waiting = new Set<string>();
    let next = 0;
    const start = async (p: Proc) => (p.child = await startChild(bundle, p.env));
    await start(procs[0]!); // the first API process migrates the schema and creates the admin
    await Promise.all(procs.slice(1).map(start));

    const apis = procs.filter((p) => p.url);
    const admin = await login(apis[0]!.url!, 'admin', ADMIN_PASSWORD);
    const token = async (body: object, key: string) =>
      (await admin.post('/api/v1/tokens', body, key)).json.token as string;
    const shopToken = await token({ name: 'shop', roles: ['intake'] }, 'token-shop');
    const financeToken = await token(
      { name: 'finance', roles: ['approver'], approvalRoles: ['finance-manager'] },
      'token-fin',
    );
    await admin.put('/api/v1/flows/approval-gate', { flow: approvalFlow('approval-gate', 'v1', SLA_HOURS) }, 'save-1');
    expect((await admin.post('/api/v1/flows/approval-gate/publish', { note: 'crash test' }, 'publish-1')).status).toBe(
      201,
    );
    const as = (bearer: string) => apis.map((p) => new Client(p.url!, { authorization: `Bearer ${bearer}` }));
    const shops = as(shopToken);
    const finances = as(financeToken);
    const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;

    const sendOrder = async (n: number) => {
      unanswered.add(n);
      const reply = await pick(shops).post('/api/v1/orders', order(`S-${n}`), `order-${n}`);
      if (reply.status !== 201) throw new Error(`order ${n}: ${reply.status} ${reply.text}`);
      unanswered.delete(n);
      const runs = reply.json.runs as { runId: string; status: string }[];
      acked.orders.set(`S-${n}`, { intakeId: reply.json.intakeId, runIds: runs.map((r) => r.runId) });
      for (const r of runs) if (r.status === 'waiting') waiting.add(r.runId);
    };
    const sendDecision = async (runId: string) => {
      const decision = random() < 0.5 ? 'approved' : 'rejected';
      const reply = await pick(finances).post(
        `/api/v1/runs/${runId}/decisions`,
        { decision, comment: 'crash test' },
        `decide-${runId}-${decision}`,
      );
      if (reply.status === 200) acked.decisions.set(runId, decision);
      if (reply.status === 200 || reply.status === 409) waiting.delete(runId);
    };
    let loading = true;
    /** Orders and decisions on whichever API answers; a request cut by a kill is retried with its key. */
    const load = async (worker: number) => {
      while (loading) {
        try {
          const retry = [...unanswered][worker];
          if (retry !== undefined) await sendOrder(retry);
          else if (worker % 2 === 1 && waiting.size > 0) await sendDecision(pick([...waiting]));
          else await sendOrder(next++);
        } catch {
          await sleep(20); // that API process was killed: the next request goes to either one
        }
      }
    };
    const loaders = [0, 1, 2, 3].map(load);

    let flushed = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      const answeredBefore = acked.orders.size + acked.decisions.size;
      for (let i = 0; i < 300 && acked.orders.size + acked.decisions.size === answeredBefore; i++) await sleep(10);
      await sleep(random() * 200);
      const victim = pick(procs);
      victim.child!.process.kill('SIGKILL');
      await victim.child!.exited;
      if (kill === Math.floor(KILLS / 2)) flushed = await deleteRedisPrefix(engine.queuePrefix);
      await start(victim);
    }
    loading = false;
    await Promise.all(loaders);
    for (const n of [...unanswered]) await sendOrder(n);
    // Every hold ends: decided, or timed out by a worker (queue or backstop sweeper).
    for (let i = 0; i < 300 && (await admin.get('/api/v1/runs?status=waiting&limit=1')).json.runs.length > 0; i++)
      await sleep(100);
    for (const p of procs) p.child!.process.kill('SIGTERM');
    expect(await Promise.all(procs.map((p) => p.child!.exited))).toEqual([0, 0, 0, 0]);

    const client = new pg.Client({
      connectionString: engine.databaseUrl,
      options: `-c search_path=${engine.databaseSchema}`,
    });
    await client.connect();
    try {
      const violations = await pgCrashViolations(async (sql) => (await client.query(sql)).rows, acked);
      console.log(
        `scale-out crash test: ${KILLS} kills (seed ${SEED}), Redis lost ${flushed} keys once, ${acked.orders.size} orders and ${acked.decisions.size} decisions acknowledged`,
      );
      expect(flushed).toBeGreaterThan(0);
      expect(acked.orders.size).toBeGreaterThanOrEqual(KILLS);
      expect(violations).toEqual([]);
    } finally {
      await client.end();
    }
  });
});
