import { runFlow } from '../../runtime/index';
import type { RunResult } from '../../runtime/index';
import { auditEntry } from '../audit/audit';
import { decidableRoles, type Principal } from '../auth/roles';
import { HttpError } from '../http/errors';
import type { Answer } from '../http/route';
import type { RunRow, WaitRow, WriteSet } from '../store/types/index';
import type { ServiceDeps } from './deps';
import { callRows, effectRows, eventRows, runSummary, storedResult, waitRowFor } from './run-rows';
import { canonicalOrder } from './received-order';
import { runContext } from './world';

/** Ports only the SLA timer may take. */
const TIMER_PORTS = new Set(['timed_out']);
/** Decisions that need a comment saying why. */
const NEEDS_COMMENT = new Set(['rejected', 'fail']);

export interface DecisionInput {
  readonly decision: string;
  readonly comment?: string;
}

/**
 * Resumes a run BY REPLAY: the pinned version's plan re-runs the canonical order the intake decided on (re-derived
 * from the stored text, a channel record through its mapping), at the run's own
 * instant, with every decision so far plus this one. Nothing stored about the run's state is trusted.
 */
export async function replay(
  deps: ServiceDeps,
  run: RunRow,
  decisions: Readonly<Record<string, string>>,
  trace = false,
): Promise<RunResult> {
  const version = await deps.store.version(run.flowId, run.flowVersion);
  if (!version || version.contentHash !== run.contentHash) {
    throw new Error(
      `run ${run.id} is pinned to ${run.flowId} v${run.flowVersion} (${run.contentHash.slice(0, 12)}), which is missing or changed`,
    );
  }
  const [order, world] = await Promise.all([deps.store.order(run.intakeId), deps.store.worldJson(run.contextHash)]);
  if (!order || world === undefined)
    throw new Error(`run ${run.id}: its order ${run.intakeId} or world ${run.contextHash.slice(0, 12)} is missing`);
  // The order the intake decided on: a channel record is normalized again, never replayed raw.
  const canonical = canonicalOrder(order, run.orderId);
  if (!canonical.ok)
    throw new Error(`run ${run.id}: its order ${run.intakeId} cannot be replayed: ${canonical.message}`);
  const plan = deps.plans.plan(version.contentHash, version.flowJson);
  return runFlow(plan, canonical.order, runContext(world, run.runNow), {
    decisions,
    trace,
    liveCalls: true,
  });
}

/** The checks a person's decision must pass; the timer skips them. */
async function mayDecide(
  deps: ServiceDeps,
  principal: Principal,
  run: RunRow,
  wait: WaitRow,
  input: DecisionInput,
  now: number,
): Promise<void> {
  const roles = decidableRoles(principal);
  if (roles !== undefined && !roles.includes(wait.role))
    throw new HttpError(403, 'not-your-role', `this ${wait.kind} waits for role "${wait.role}"`);
  const ports = JSON.parse(wait.portsJson) as string[];
  if (!ports.includes(input.decision) || TIMER_PORTS.has(input.decision)) {
    const choices = ports.filter((p) => !TIMER_PORTS.has(p));
    throw new HttpError(
      400,
      'invalid-decision',
      `"${input.decision}" is not a decision for ${wait.nodeId}; choose one of: ${choices.join(', ')}`,
      [{ path: 'decision', message: `one of ${choices.join(', ')}` }],
    );
  }
  if (NEEDS_COMMENT.has(input.decision) && !input.comment?.trim()) {
    throw new HttpError(400, 'comment-required', `a comment saying why is required to decide "${input.decision}"`, [
      { path: 'comment', message: 'required for this decision' },
    ]);
  }
  if (wait.dueAt !== null && now > wait.dueAt)
    throw new HttpError(
      409,
      'sla-expired',
      `the deadline passed at ${new Date(wait.dueAt).toISOString()}; the run continues as timed out`,
    );
  if (deps.config.refuseSelfApproval) {
    const version = await deps.store.version(run.flowId, run.flowVersion);
    if (principal.id === run.createdBy)
      throw new HttpError(403, 'self-approval', 'you sent this order, so someone else must decide it');
    if (version && (principal.id === version.author || principal.id === version.publishedBy)) {
      throw new HttpError(
        403,
        'self-approval',
        `you wrote or published ${run.flowId} v${run.flowVersion}, so someone else must decide its holds`,
      );
    }
  }
}

/**
 * A decision (by a person, or 'timed_out' by the SLA timer) as one compare-and-set on the run's
 * version: whoever commits first moves the run; everyone else's write is refused and answered 409.
 */
export async function decide(
  deps: ServiceDeps,
  principal: Principal,
  runId: string,
  input: DecisionInput,
  byTimer = false,
): Promise<Answer> {
  const run = await deps.store.run(runId);
  if (!run) throw new HttpError(404, 'not-found', `there is no run "${runId}"`);
  const wait = run.status === 'waiting' ? await deps.store.openWait(runId) : undefined;
  if (!wait) throw new HttpError(409, 'not-waiting', `run ${runId} is ${run.status}; there is nothing to decide`);
  if (wait.kind === 'api-call')
    throw new HttpError(409, 'api-call-pending', `run ${runId} waits for an API call at ${wait.nodeId}, not a person`);
  const now = deps.clock.now();
  if (!byTimer) await mayDecide(deps, principal, run, wait, input, now);
  const {
    result,
    nextVersion,
    nextWait,
    write: step,
  } = await stepRun(deps, run, wait, input.decision, {
    by: principal.id,
    comment: input.comment ?? null,
    now,
  });
  const write: WriteSet = {
    ...step,
    audit: [
      auditEntry(
        now,
        principal,
        'run.decide',
        runId,
        { version: run.version, status: run.status, nodeId: wait.nodeId },
        { version: nextVersion, status: result.status, decision: input.decision, comment: input.comment ?? null },
      ),
    ],
  };
  const summary = runSummary({ ...run, version: nextVersion }, result.status, result, nextWait);
  return {
    status: 200,
    body: {
      ...summary,
      decided: { nodeId: wait.nodeId, decision: input.decision, by: principal.id, at: new Date(now).toISOString() },
    },
    write,
    committed: () => {
      deps.metrics.runs.inc({
        flow: run.flowId,
        version: String(run.flowVersion),
        outcome: result.status === 'completed' ? (result.outcome?.decision ?? 'completed') : result.status,
      });
      if (byTimer) deps.metrics.slaBreaches.inc();
    },
    refused: () => {
      throw new HttpError(
        409,
        'decided-meanwhile',
        `run ${runId} moved on while this decision was made (it was at version ${run.version}); read it again`,
      );
    },
  };
}

/** One step of a waiting run with `decision` for its open wait: the WriteSet (CAS on the version) and the result. */
export async function stepRun(
  deps: ServiceDeps,
  run: RunRow,
  wait: WaitRow,
  decision: string,
  how: { readonly by: string; readonly comment: string | null; readonly now: number; readonly resolution?: string },
): Promise<{ result: RunResult; nextVersion: number; nextWait: WaitRow | undefined; write: WriteSet }> {
  const { now } = how;
  const decisions = { ...(JSON.parse(run.decisionsJson) as Record<string, string>), [wait.nodeId]: decision };
  const result = await replay(deps, run, decisions);
  const nextVersion = run.version + 1;
  const nextWait = waitRowFor(result, run.id, nextVersion, now);
  const resolution = how.resolution ?? decision;
  const byPerson = wait.kind !== 'api-call';
  const write: WriteSet = {
    runStep: {
      runId: run.id,
      expectedVersion: run.version,
      status: result.status,
      decisionsJson: JSON.stringify(decisions),
      resultJson: storedResult(result),
      updatedAt: now,
    },
    waitClose: { runId: run.id, closedAt: now, resolution, decidedBy: how.by, comment: how.comment },
    waits: nextWait ? [nextWait] : [],
    outbox: [
      ...effectRows(result, run.id, now),
      // A person's (or the timer's) decision is an effect and an order event; an API's answer is neither.
      ...(byPerson
        ? [
            {
              dedupeKey: `${wait.id}:decided`,
              runId: run.id,
              kind: 'decision',
              payloadJson: JSON.stringify({ runId: run.id, nodeId: wait.nodeId, decision: resolution, by: how.by }),
              createdAt: now,
            },
          ]
        : []),
      ...eventRows(
        result,
        run,
        nextVersion,
        now,
        byPerson ? { nodeId: wait.nodeId, decision: resolution, by: how.by } : undefined,
        await deps.store.subscribedEvents?.(),
      ),
      ...callRows(result, run.id, nextVersion, now),
    ],
  };
  return { result, nextVersion, nextWait, write };
}
