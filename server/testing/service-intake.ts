/**
 * Orders through the server's own intake services without HTTP: the same parse, routing to live versions and
 * rollout arms, runs and rollout writes that POST /api/v1/orders uses, committed to the real store in batches.
 * For proofs over 100k orders, where one HTTP request per order would take too long on a small machine.
 */
import type { Principal } from '../auth/roles';
import type { ServiceDeps } from '../services/deps';
import { acceptedRecord, intakeWrite, LiveFlows, parseOrder, type IntakeRecord } from '../services/intake';
import { RolloutRouting } from '../services/rollout-intake';

export const INTAKE_TOKEN: Principal = {
  id: 'token:proof',
  name: 'proof',
  kind: 'token',
  roles: ['intake'],
  approvalRoles: [],
};

/** Feeds orders as the canonical intake does, `batch` orders per commit; returns the answers' runs. */
export async function intakeThroughServices(
  deps: ServiceDeps,
  orders: readonly unknown[],
  batch = 500,
): Promise<IntakeRecord['answer'][]> {
  const live = new LiveFlows();
  const rollouts = new RolloutRouting();
  const answers: IntakeRecord['answer'][] = [];
  for (let i = 0; i < orders.length; i += batch) {
    const flows = await live.current(deps);
    const active = await rollouts.current(deps);
    const subscribed = await deps.store.subscribedEvents?.();
    const records = orders.slice(i, i + batch).map((body) => {
      const parsed = parseOrder(body);
      if (!parsed.ok) throw new Error(`order ${i} refused: ${JSON.stringify(parsed.problems)}`);
      return acceptedRecord(deps, INTAKE_TOKEN, flows, parsed.order, JSON.stringify(body), {}, active, subscribed);
    });
    const result = await deps.store.commit(intakeWrite(records));
    if (!result.ok) throw new Error(`commit refused: ${result.reason}`);
    answers.push(...records.map((r) => r.answer));
  }
  return answers;
}
