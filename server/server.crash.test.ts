import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bundleChild, freePort, startChild, type Child } from './testing/child-server';
import { crashViolations, type Acknowledged } from './testing/crash-checks';
import { approvalFlow, order } from './testing/fixtures';
import { seededRandom } from './testing/seeded-random';
import { ADMIN_PASSWORD, Client, login } from './testing/test-server';

// Real servers, scrypt and SQLite on a shared 2-core machine: seconds, not milliseconds.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

/**
 * SIGKILL at random points while orders arrive and decisions and SLA timeouts fire; restart; repeat.
 * Then: every acknowledged order is there once, no run advanced twice, every effect is recorded once,
 * and every stored result equals a crash-free replay. ORDERFLOW_CRASH_KILLS / _SEED change the run.
 */
const KILLS = Number(process.env.ORDERFLOW_CRASH_KILLS ?? 50);
const SEED = Number(process.env.ORDERFLOW_CRASH_SEED ?? 20261207);
const SLA_HOURS = 0.0004; // 1.44 s: some holds are decided, others time out between kills

let bundle: string;
let dataDir: string;
let env: Record<string, string>;

beforeAll(async () => {
  bundle = await bundleChild();
  dataDir = mkdtempSync(join(tmpdir(), 'orderflow-crash-'));
  const port = await freePort();
  env = {
    ORDERFLOW_DATA_DIR: dataDir,
    ORDERFLOW_PORT: String(port),
    ORDERFLOW_EDITOR: 'off',
    ORDERFLOW_SEED: 'false',
    ORDERFLOW_LOG_LEVEL: 'warn',
    ORDERFLOW_ADMIN_PASSWORD: ADMIN_PASSWORD,
    ORDERFLOW_SWEEP_INTERVAL_MS: '50',
    ORDERFLOW_REFUSE_SELF_APPROVAL: 'false',
  };
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('crash safety', () => {
  it(`survives ${KILLS} SIGKILLs with nothing acknowledged lost and nothing done twice`, async () => {
    const random = seededRandom(SEED);
    const acked: Acknowledged = { orders: new Map(), decisions: new Map() };
    const unanswered = new Set<number>(); // orders sent whose answer was lost: resent with the same key
    const waiting = new Set<string>(); // acknowledged runs that may still be decided
    let next = 0;
    let child: Child = await startChild(bundle, env);
    const url = `http://127.0.0.1:${env.ORDERFLOW_PORT}`;
    const admin = await login(url, 'admin', ADMIN_PASSWORD);
    const shopToken = (await admin.post('/api/v1/tokens', { name: 'shop', roles: ['intake'] }, 'token-shop')).json
      .token as string;
    const financeToken = (
      await admin.post(
        '/api/v1/tokens',
        { name: 'finance', roles: ['approver'], approvalRoles: ['finance-manager'] },
        'token-fin',
      )
    ).json.token as string;
    const shop = new Client(url, { authorization: `Bearer ${shopToken}` });
    const finance = new Client(url, { authorization: `Bearer ${financeToken}` });
    await admin.put('/api/v1/flows/approval-gate', { flow: approvalFlow('approval-gate', 'v1', SLA_HOURS) }, 'save-1');
    expect((await admin.post('/api/v1/flows/approval-gate/publish', { note: 'crash test' }, 'publish-1')).status).toBe(
      201,
    );

    const sendOrder = async (n: number) => {
      unanswered.add(n);
      const reply = await shop.post('/api/v1/orders', order(`C-${n}`), `order-${n}`);
      if (reply.status !== 201) throw new Error(`order ${n}: ${reply.status} ${reply.text}`);
      unanswered.delete(n);
      const runs = reply.json.runs as { runId: string; status: string }[];
      acked.orders.set(`C-${n}`, { intakeId: reply.json.intakeId, runIds: runs.map((r) => r.runId) });
      for (const r of runs) if (r.status === 'waiting') waiting.add(r.runId);
    };
    const sendDecision = async (runId: string) => {
      const decision = random() < 0.5 ? 'approved' : 'rejected';
      const reply = await finance.post(
        `/api/v1/runs/${runId}/decisions`,
        { decision, comment: 'crash test' },
        `decide-${runId}-${decision}`,
      );
      if (reply.status === 200) acked.decisions.set(runId, decision);
      if (reply.status === 200 || reply.status === 409) waiting.delete(runId);
    };
    /** Orders and decisions until the process dies under it (a failed fetch ends the loop). */
    const load = async (worker: number) => {
      try {
        for (;;) {
          const retry = [...unanswered][worker];
          if (retry !== undefined) await sendOrder(retry);
          else if (worker % 2 === 1 && waiting.size > 0)
            await sendDecision([...waiting][Math.floor(random() * waiting.size)]!);
          else await sendOrder(next++);
        }
      } catch {
        // the server was killed mid-request: whatever it had not answered is retried next time
      }
    };

    for (let kill = 0; kill < KILLS; kill++) {
      if (kill > 0) child = await startChild(bundle, env);
      const workers = [0, 1, 2, 3].map(load);
      // Kill at a random point once this incarnation has answered something (or after 3 s).
      const answeredBefore = acked.orders.size + acked.decisions.size;
      for (let i = 0; i < 300 && acked.orders.size + acked.decisions.size === answeredBefore; i++) await sleep(10);
      await sleep(random() * 200);
      child.process.kill('SIGKILL');
      await Promise.all([child.exited, ...workers]);
    }

    child = await startChild(bundle, env);
    for (const n of [...unanswered]) await sendOrder(n);
    for (let i = 0; i < 100 && (await admin.get('/api/v1/runs?status=waiting&limit=1')).json.runs.length > 0; i++)
      await sleep(100);
    child.process.kill('SIGTERM');
    expect(await child.exited).toBe(0);

    console.log(
      `crash test: ${KILLS} kills (seed ${SEED}), ${acked.orders.size} orders and ${acked.decisions.size} decisions acknowledged`,
    );
    expect(acked.orders.size).toBeGreaterThanOrEqual(KILLS);
    expect(crashViolations(dataDir, acked)).toEqual([]);
  }, 900_000);
});
