import { SYSTEM } from '../auth/principal';
import { HttpError } from '../http/errors';
import { decide } from '../services/decisions';
import type { ServiceDeps } from '../services/deps';
import type { RunJob } from './run-jobs';

/** What a timeout job found: it moved the run, the run was elsewhere already, or the deadline is still ahead. */
export type TimeoutOutcome =
  | { readonly kind: 'timed-out' }
  | { readonly kind: 'stale'; readonly why: string }
  | { readonly kind: 'not-due'; readonly dueAt: number };

/**
 * Continues a run on `timed_out` if, and only if, it is still at the version the job expects, waiting,
 * and past its deadline: one compare-and-set on that version, so any number of deliveries of the same
 * job (and the sweeper, and a person deciding) advance the run at most once.
 */
export async function timeoutStep(deps: ServiceDeps, job: RunJob): Promise<TimeoutOutcome> {
  const run = await deps.store.run(job.runId);
  if (!run) return { kind: 'stale', why: 'no such run' };
  if (run.version !== job.expectedVersion || run.status !== 'waiting')
    return { kind: 'stale', why: `run is ${run.status} at version ${run.version}` };
  const wait = await deps.store.openWait(run.id);
  if (!wait || wait.dueAt === null) return { kind: 'stale', why: 'no open hold with a deadline' };
  if (wait.dueAt > deps.clock.now()) return { kind: 'not-due', dueAt: wait.dueAt };
  let answer;
  try {
    answer = await decide(deps, SYSTEM, run.id, { decision: 'timed_out' }, true);
  } catch (error) {
    if (error instanceof HttpError) return { kind: 'stale', why: error.message }; // decided meanwhile
    throw error;
  }
  // decide() re-read the run: refuse to step a version this job was not made for.
  if (answer.write?.runStep?.expectedVersion !== job.expectedVersion)
    return { kind: 'stale', why: 'run moved while the job ran' };
  const result = await deps.store.commit(answer.write);
  if (!result.ok) return { kind: 'stale', why: result.reason };
  answer.committed?.();
  return { kind: 'timed-out' };
}
