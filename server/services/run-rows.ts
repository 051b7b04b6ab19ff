import type { RunResult } from '../../runtime/engine/types';
import type { FulfilmentPlan, Outcome } from '../../runtime/order/outcome';
import type { OutboxRow, RunRow, RunStatus, WaitRow } from '../store/types';
import { newId } from './hash';

const HOUR = 3_600_000;
/** The reminder goes out when this share of the SLA has passed. */
export const REMINDER_AT_SHARE = 0.8;

/** A route plan without the rivals it weighed: what was chosen, and how many options were weighed. */
export type CompactFulfilment = Omit<FulfilmentPlan, 'candidates' | 'omitted'> & { readonly candidatesWeighed: number };
export type CompactOutcome = Omit<Outcome, 'fulfilment'> & { readonly fulfilment: CompactFulfilment | null };

/**
 * The outcome as stored and answered at intake. The router's list of rivals (why each lost) is ~90% of a
 * routed order's result (7 KB of 8 KB in the examples); runs are deterministic, so GET /api/v1/runs/{id}
 * re-derives it by replay instead of every order writing it twice.
 */
export function compactOutcome(outcome: Outcome | CompactOutcome | null): CompactOutcome | null {
  if (!outcome?.fulfilment || !('candidates' in outcome.fulfilment)) return outcome as CompactOutcome | null;
  const { candidates, omitted, ...plan } = outcome.fulfilment;
  return { ...outcome, fulfilment: { ...plan, candidatesWeighed: candidates.length + (omitted?.count ?? 0) } };
}

/** What a run row keeps of a result: the path, status and compact outcome (no resumable state: resume replays). */
export type StoredResult = Omit<RunResult, 'state' | 'outcome'> & { readonly outcome: CompactOutcome | null };

export function storedResult(result: RunResult): string {
  const { state: _state, outcome, ...kept } = result;
  const stored: StoredResult = { ...kept, outcome: compactOutcome(outcome) };
  return JSON.stringify(stored);
}

/** The wait row for a run that stopped at a person's hold; approvals get a deadline and a reminder time. */
export function waitRowFor(result: RunResult, runId: string, runVersion: number, now: number): WaitRow | undefined {
  const waiting = result.waiting;
  if (!waiting) return undefined;
  const hold = waiting.hold;
  const slaMs = hold.kind === 'approval' && hold.slaHours !== undefined ? hold.slaHours * HOUR : undefined;
  return {
    id: newId('wait'),
    runId,
    runVersion,
    nodeId: waiting.nodeId,
    kind: hold.kind,
    role: hold.role ?? (hold.kind === 'qc' ? 'qc' : 'order-reviewer'),
    reason: waiting.reason,
    portsJson: JSON.stringify(waiting.ports),
    createdAt: now,
    dueAt: slaMs === undefined ? null : Math.round(now + slaMs),
    remindAt: slaMs === undefined ? null : Math.round(now + slaMs * REMINDER_AT_SHARE),
    reminded: false,
    closedAt: null,
    resolution: null,
    decidedBy: null,
    comment: null,
  };
}

/** The flow's effects (notifications, CRM tags) for the outbox; keyed by position, so a replay adds only new ones. */
export function effectRows(result: RunResult, runId: string, now: number): OutboxRow[] {
  return (result.outcome?.effects ?? []).map((effect, i) => ({
    dedupeKey: `${runId}:effect:${i}`,
    runId,
    kind: effect.kind,
    payloadJson: JSON.stringify(effect),
    createdAt: now,
  }));
}

/** How a run is shown in answers: status, decision, totals, the waiting hold and its deadline. */
export function runSummary(
  run: Pick<RunRow, 'id' | 'flowId' | 'flowVersion' | 'contentHash' | 'version'>,
  status: RunStatus,
  result: RunResult | StoredResult,
  wait?: WaitRow,
) {
  return {
    runId: run.id,
    flowId: run.flowId,
    flowVersion: run.flowVersion,
    contentHash: run.contentHash,
    version: run.version,
    status,
    decision: result.outcome?.decision ?? null,
    outcome: compactOutcome(result.outcome),
    totals: result.totals,
    waiting:
      result.waiting && wait
        ? {
            waitId: wait.id,
            nodeId: wait.nodeId,
            kind: wait.kind,
            role: wait.role,
            reason: wait.reason,
            ports: result.waiting.ports,
            dueAt: wait.dueAt === null ? null : new Date(wait.dueAt).toISOString(),
          }
        : null,
    ...(result.problems ? { problems: result.problems } : {}),
    ...(result.error ? { error: result.error } : {}),
  };
}
