import type { RunContext, RunResult, Order } from '../../runtime/index';
import { runOrder, assignArm, assignmentKey, observe, compareResults } from '../../runtime/index';
import type {
  RolloutArm,
  RolloutDiffRow,
  RolloutObservationRow,
  RolloutRow,
  RunRow,
  VersionRow,
} from '../store/types/index';
import type { ServiceDeps } from './deps';
import { storedResult } from './run-rows';

/** A rollout that splits orders now, with its candidate version's content. */
export interface ActiveRollout {
  readonly row: RolloutRow;
  readonly candidate: VersionRow;
}

/** Active rollouts by flow; candidate versions are immutable, so they are read once. */
export class RolloutRouting {
  private readonly versions = new Map<string, VersionRow>();

  async current(deps: ServiceDeps): Promise<Map<string, ActiveRollout>> {
    const active = new Map<string, ActiveRollout>();
    for (const row of await deps.store.activeRollouts()) {
      const key = `${row.flowId}:${row.candidateVersion}`;
      let candidate = this.versions.get(key);
      if (!candidate) {
        candidate = await deps.store.version(row.flowId, row.candidateVersion);
        if (!candidate) continue;
        this.versions.set(key, candidate);
      }
      active.set(row.flowId, { row, candidate });
    }
    return active;
  }
}

/** The version an order runs on and its arm (undefined: no rollout on this flow's live version). */
export function versionForOrder(
  rollout: ActiveRollout | undefined,
  live: VersionRow,
  order: Order,
): { version: VersionRow; arm: RolloutArm | undefined; rollout: ActiveRollout | undefined } {
  // A rollout splits the version it started from; once another version is live it no longer applies.
  if (!rollout || rollout.row.baseVersion !== live.version)
    return { version: live, arm: undefined, rollout: undefined };
  if (rollout.row.mode === 'shadow') return { version: live, arm: 'live', rollout };
  const arm = assignArm(assignmentKey(order), rollout.row.percent, rollout.row.id);
  if (arm === 'candidate') return { version: rollout.candidate, arm, rollout };
  return { version: live, arm: arm === 'baseline' ? 'baseline' : undefined, rollout };
}

function observation(
  rollout: RolloutRow,
  arm: RolloutArm,
  result: RunResult,
  order: Order,
  runId: string | null,
  now: number,
  capturedEffects = 0,
): RolloutObservationRow {
  return {
    rolloutId: rollout.id,
    stage: rollout.stageIndex,
    arm,
    runId,
    orderId: order.id,
    ...observe(result, order.shippingAddress.remote),
    capturedEffects,
    createdAt: now,
  };
}

export interface RolloutWrites {
  readonly observations: RolloutObservationRow[];
  readonly diffs: RolloutDiffRow[];
}

/**
 * What a run adds to its rollout: the arm's observation; in shadow mode also the candidate's run of the
 * same order at the same instant and world — its effects are counted as captured and never reach the
 * outbox — and the fields where it would have decided differently.
 */
export function rolloutWrites(
  deps: ServiceDeps,
  routed: ReturnType<typeof versionForOrder>,
  run: RunRow,
  result: RunResult,
  order: Order,
  ctx: RunContext,
  now: number,
): RolloutWrites {
  const writes: RolloutWrites = { observations: [], diffs: [] };
  const rollout = routed.rollout;
  if (!rollout || routed.arm === undefined) return writes;
  writes.observations.push(observation(rollout.row, routed.arm, result, order, run.id, now));
  if (rollout.row.mode !== 'shadow') return writes;
  const plan = deps.plans.plan(rollout.candidate.contentHash, rollout.candidate.flowJson);
  const shadow = runOrder(plan, order, ctx);
  const effects = shadow.outcome?.effects.length ?? 0;
  writes.observations.push(observation(rollout.row, 'shadow', shadow, order, null, now, effects));
  const diffs = compareResults(result, shadow);
  if (diffs.length > 0)
    writes.diffs.push({
      rolloutId: rollout.row.id,
      orderId: order.id,
      intakeId: run.intakeId,
      liveRunId: run.id,
      diffsJson: JSON.stringify(diffs),
      candidateResultJson: storedResult(shadow),
      createdAt: now,
    });
  return writes;
}
