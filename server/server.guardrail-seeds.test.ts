/**
 * Auto-rollback judged where the server judges it: A/B rollouts over seeded orders that run through the intake
 * services (the code POST /api/v1/orders runs, testing/service-intake.ts) into the real store, with the arms'
 * observations and runs stored, and the guardrail looks made by the server's sweeper (tickRollouts on the stored
 * arm sums) — the service layer with real SQLite (PostgreSQL when the suite runs on it), not HTTP: 100 runs over HTTP take too long on a small machine.
 * ORDERFLOW_GUARDRAIL_SEEDS seeded runs per case: 100 in `npm run test:guardrails-100`, 3 in the normal suite.
 */
import { loadavg } from 'node:os';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SYSTEM } from './auth/principal';
import { actOnRollout, rolloutView, startRollout } from './services/rollouts';
import { startRolloutSchema } from './services/rollout-settings';
import type { RolloutRow, WriteSet } from './store/types/index';
import { testBackend } from './testing/backends';
import { pricedOrders, reviewFlow } from './testing/rollout-fixtures';
import { intakeThroughServices } from './testing/service-intake';
import { publish, startTestServer, type TestServer } from './testing/test-server';

vi.setConfig({ testTimeout: 3_600_000, hookTimeout: 120_000 });

const SEEDS = Number(process.env.ORDERFLOW_GUARDRAIL_SEEDS ?? 3);
const CHECK_EVERY = 400; // candidate orders between two looks
const MAX_LOOKS = 12; // the configured looks: a regression must be rolled back within them
const BATCH = 2 * CHECK_EVERY; // a 50/50 A/B: about CHECK_EVERY candidate orders per batch

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await publish(server, reviewFlow(90_100)); // v1, live: reviews 10% of orders
  for (const candidate of [reviewFlow(90_100, 'Same rule, new name'), reviewFlow(85_100)]) {
    // v2 identical, v3 reviews 15%: each stored as a version by a shadow rollout, stopped at once.
    expect((await server.admin.put('/api/v1/flows/review-gate', { flow: candidate })).status).toBe(200);
    const started = await server.admin.post('/api/v1/flows/review-gate/rollouts', { mode: 'shadow', note: 'store' });
    await server.admin.post(`/api/v1/rollouts/${started.json.id}/rollback`, { note: 'stored' });
  }
});
afterAll(async () => server?.close());

async function commit(write: WriteSet): Promise<void> {
  const result = await server.app.deps.store.commit(write);
  if (!result.ok) throw new Error(`commit refused: ${result.reason}`);
}

/**
 * One seeded A/B run: orders of this seed in batches, a sweep after each; the look (1-based) that rolled the
 * candidate back, or null when MAX_LOOKS looks found nothing. The rollout id (the hash's salt) is the seed's,
 * so each run is reproducible.
 */
async function seededRun(seed: number, candidateVersion: number): Promise<{ look: number; reason: string } | null> {
  const deps = server.app.deps;
  const input = startRolloutSchema.parse({
    mode: 'ab',
    candidateVersion,
    percent: 50,
    metric: 'reviewRate',
    minSample: 400,
    checkEveryOrders: CHECK_EVERY,
    note: `seed ${seed}`,
  });
  const answer = await startRollout(deps, SYSTEM, 'review-gate', input);
  const id = `ro_seed_${candidateVersion}_${seed}`;
  const row = { ...answer.write!.rollout!.row, id } satisfies RolloutRow;
  await commit({ ...answer.write, rollout: { row, expectedRevision: null } });
  let looks = 0;
  for (let batch = 0; looks < MAX_LOOKS; batch++) {
    await intakeThroughServices(
      deps,
      pricedOrders(seed * 1_000 + batch, BATCH, `G${candidateVersion}-${seed}-${batch}`),
    );
    looks += (await server.app.sweeper.sweepOnce()).rollouts.looked;
    const now = rolloutView((await deps.store.rollout(id))!);
    if (now.state === 'rolled-back') return { look: looks, reason: now.reason ?? '' };
  }
  const stop = await actOnRollout(deps, SYSTEM, id, 'rollback', `seed ${seed}: ${MAX_LOOKS} looks done`);
  await commit(stop.write!);
  return null;
}

const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

describe(`guardrails over ${SEEDS} seeded A/B runs through the intake services and the sweeper (${testBackend()})`, () => {
  it(`roll back an identical candidate in 0 of ${SEEDS} runs of ${MAX_LOOKS} looks`, async () => {
    const started = performance.now();
    const rolledBack: { seed: number; reason: string }[] = [];
    for (let seed = 0; seed < SEEDS; seed++) {
      const breach = await seededRun(seed, 2);
      if (breach) rolledBack.push({ seed, reason: breach.reason });
    }
    expect(rolledBack).toEqual([]);
    console.log(
      `identical candidate: rolled back in ${rolledBack.length} of ${SEEDS} seeded runs of ${MAX_LOOKS} looks ` +
        `(${CHECK_EVERY} candidate orders per look); ${((performance.now() - started) / 1000).toFixed(0)} s, load ${load()}`,
    );
  });

  it(`roll back a +5 pp review-rate regression within ${MAX_LOOKS} looks in ${SEEDS} of ${SEEDS} runs`, async () => {
    const started = performance.now();
    const results = [];
    for (let seed = 0; seed < SEEDS; seed++) results.push(await seededRun(10_000 + seed, 3));
    expect(results.filter((r) => r === null).length).toBe(0);
    for (const r of results) expect(r!.reason).toMatch(/^guardrail reviewRate breached/);
    const at = results.map((r) => r!.look);
    console.log(
      `+5 pp review regression: rolled back in ${results.length} of ${SEEDS} seeded runs, at look ` +
        `${Math.min(...at)}..${Math.max(...at)} (mean ${(at.reduce((s, x) => s + x, 0) / at.length).toFixed(1)}) of ` +
        `${MAX_LOOKS}; ${((performance.now() - started) / 1000).toFixed(0)} s, load ${load()}`,
    );
  });
});
