/**
 * Shadow rollouts at volume: ORDERFLOW_SHADOW_ORDERS orders (2,000 in the normal suite, 100,000 in
 * `npm run test:shadow-100k`) through the server's own intake services (testing/service-intake.ts: the code
 * POST /api/v1/orders runs, without one HTTP request per order) into the real store: SQLite in a temp dir, or
 * PostgreSQL when the suite runs on it.
 * The flows and rollouts are set up over HTTP.
 */
import { loadavg } from 'node:os';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rolloutDetail } from './services/rollouts';
import { pricedOrders, reviewFlow } from './testing/rollout-fixtures';
import { testBackend } from './testing/backends';
import { intakeThroughServices } from './testing/service-intake';
import { storeRows } from './testing/store-rows';
import { publish, startTestServer, type TestServer } from './testing/test-server';

vi.setConfig({ testTimeout: 1_800_000, hookTimeout: 120_000 });

const ORDERS = Number(process.env.ORDERFLOW_SHADOW_ORDERS ?? 2_000);
const CHUNK = 5_000; // orders generated at a time (100k order objects at once would be a lot of memory)

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const subtotalOf = (o: Record<string, unknown>) =>
  (o.lines as { unitPrice: { amount: number } }[])[0]!.unitPrice.amount;

async function shadow(
  server: TestServer,
  flowId: string,
  liveThreshold: number,
  candidate: ReturnType<typeof reviewFlow>,
) {
  expect((await publish(server, reviewFlow(liveThreshold, `Review from ${liveThreshold}`, flowId))).status).toBe(201);
  expect((await server.admin.put(`/api/v1/flows/${flowId}`, { flow: candidate })).status).toBe(200);
  const started = await server.admin.post(`/api/v1/flows/${flowId}/rollouts`, { mode: 'shadow', note: 'at volume' });
  expect(started.json).toMatchObject({ mode: 'shadow', candidateVersion: 2, baseVersion: 1 });
  return started.json.id as string;
}

describe(`shadow rollout over ${ORDERS.toLocaleString('en')} orders through the intake services`, () => {
  it('executes no candidate effect, finds 0 differences for an identical candidate and exactly the changed orders for another', async () => {
    server = await startTestServer();
    // Same rule, new name: an identical candidate.
    const same = await shadow(server, 'review-same', 90_100, reviewFlow(90_100, 'Same rule, new name', 'review-same'));
    // A lower threshold: orders with a subtotal in [¥851, ¥901) are held instead of accepted.
    const changed = await shadow(server, 'review-lower', 90_100, reviewFlow(85_100, 'Lower', 'review-lower'));

    const started = performance.now();
    let acceptedLive = 0;
    let heldOnlyByCandidate: string[] = [];
    let acceptedByLowerCandidate = 0;
    for (let from = 0; from < ORDERS; from += CHUNK) {
      const orders = pricedOrders(1_000 + from / CHUNK, Math.min(CHUNK, ORDERS - from), `SH${from / CHUNK}`);
      const answers = await intakeThroughServices(server.app.deps, orders);
      for (const answer of answers) {
        const runs = answer.runs as { flowId: string; flowVersion: number }[];
        expect(runs.map((r) => `${r.flowId}@${r.flowVersion}`).sort()).toEqual(['review-lower@1', 'review-same@1']);
      }
      acceptedLive += orders.filter((o) => subtotalOf(o) < 90_100).length;
      acceptedByLowerCandidate += orders.filter((o) => subtotalOf(o) < 85_100).length;
      heldOnlyByCandidate = heldOnlyByCandidate.concat(
        orders.filter((o) => subtotalOf(o) >= 85_100 && subtotalOf(o) < 90_100).map((o) => o.id as string),
      );
    }
    const seconds = (performance.now() - started) / 1000;

    const store = server.app.deps.store;
    const sameDetail = await rolloutDetail(server.app.deps, same);
    const changedDetail = await rolloutDetail(server.app.deps, changed);
    // Every order ran on live and on the candidate (shadow arm).
    expect([sameDetail.total.baseline.orders, sameDetail.total.candidate.orders]).toEqual([ORDERS, ORDERS]);
    expect([changedDetail.total.baseline.orders, changedDetail.total.candidate.orders]).toEqual([ORDERS, ORDERS]);
    expect(sameDetail.differingOrders).toBe(0);
    expect(changedDetail.differingOrders).toBe(heldOnlyByCandidate.length);
    const differing = await storeRows<{ orderId: string }>(
      store,
      'SELECT order_id AS "orderId" FROM rollout_diffs WHERE rollout_id = ? ORDER BY order_id',
      changed,
    );
    expect(differing.map((d) => d.orderId)).toEqual([...heldOnlyByCandidate].sort());

    // The candidates' effects were counted, never written: every notify in the outbox is a live (version 1) run's.
    expect(sameDetail.capturedEffects).toBe(acceptedLive);
    expect(changedDetail.capturedEffects).toBe(acceptedByLowerCandidate);
    const outbox = await storeRows<{ flowId: string | null; flowVersion: number | null; n: number }>(
      store,
      `SELECT r.flow_id AS "flowId", r.flow_version AS "flowVersion", count(*) AS n FROM outbox o
       LEFT JOIN runs r ON r.id = o.run_id WHERE o.kind = 'notify' GROUP BY r.flow_id, r.flow_version ORDER BY r.flow_id`,
    );
    expect(outbox.map((r) => ({ ...r, n: Number(r.n) }))).toEqual([
      { flowId: 'review-lower', flowVersion: 1, n: acceptedLive },
      { flowId: 'review-same', flowVersion: 1, n: acceptedLive },
    ]);

    console.log(
      `shadow over ${ORDERS} orders × 2 rollouts through the intake services (${testBackend()}): ${seconds.toFixed(1)} s; ` +
        `identical candidate: 0 differences, ${sameDetail.capturedEffects} effects captured, 0 executed; ` +
        `lower threshold: ${changedDetail.differingOrders} differing orders (expected ${heldOnlyByCandidate.length}), ` +
        `${changedDetail.capturedEffects} effects captured, 0 executed; live notifications in the outbox ` +
        `${acceptedLive} per flow; load average ${loadavg()
          .map((x) => x.toFixed(2))
          .join(' ')}`,
    );
  });
});
