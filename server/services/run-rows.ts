import type { RunResult, FulfilmentPlan, Outcome } from '../../runtime/index';
import type { OutboxRow, RunRow, RunStatus, WaitRow } from '../store/types/index';
import { routingScore } from '../../health/routing-score';
import { newId } from './hash';

const HOUR = 3_600_000;
/** The reminder goes out when this share of the SLA has passed. */
export const REMINDER_AT_SHARE = 0.8;

/** A route plan without the rivals it weighed: what was chosen, and how many options were weighed. */
export type CompactFulfilment = Omit<FulfilmentPlan, 'candidates' | 'omitted'> & {
  readonly candidatesWeighed: number;
  /** health/'s routing rationality (0–100), scored while the rivals were still known; absent: nothing routed. */
  readonly routingScore?: number;
};
export type CompactOutcome = Omit<Outcome, 'fulfilment'> & { readonly fulfilment: CompactFulfilment | null };

/**
 * The outcome as stored and answered at intake. The router's list of rivals (why each lost) is ~90% of a
 * routed order's result (7 KB of 8 KB in the examples); runs are deterministic, so GET /api/v1/runs/{id}
 * re-derives it by replay instead of every order writing it twice.
 */
export function compactOutcome(outcome: Outcome | CompactOutcome | null): CompactOutcome | null {
  if (!outcome?.fulfilment || !('candidates' in outcome.fulfilment)) return outcome as CompactOutcome | null;
  const { candidates, omitted, ...plan } = outcome.fulfilment;
  const score = routingScore(outcome.fulfilment);
  return {
    ...outcome,
    fulfilment: {
      ...plan,
      candidatesWeighed: candidates.length + (omitted?.count ?? 0),
      ...(score ? { routingScore: score.score } : {}),
    },
  };
}

/** What a run row keeps of a result: the path, status and compact outcome (no resumable state: resume replays). */
export type StoredResult = Omit<RunResult, 'state' | 'outcome'> & { readonly outcome: CompactOutcome | null };

export function storedResult(result: RunResult, outcome = compactOutcome(result.outcome)): string {
  // Named fields, not `{ state, ...kept }`: the rest copy made this a third slower per order (absent
  // optional fields are undefined, which JSON leaves out).
  const stored: StoredResult = {
    status: result.status,
    flowId: result.flowId,
    orderId: result.orderId,
    outcome,
    totals: result.totals,
    trace: result.trace,
    waiting: result.waiting,
    problems: result.problems,
    error: result.error,
  };
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
    role: hold.role ?? (hold.kind === 'qc' ? 'qc' : hold.kind === 'api-call' ? 'system' : 'order-reviewer'),
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
  outcome = compactOutcome(result.outcome),
) {
  return {
    runId: run.id,
    flowId: run.flowId,
    flowVersion: run.flowVersion,
    contentHash: run.contentHash,
    version: run.version,
    status,
    decision: result.outcome?.decision ?? null,
    outcome,
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

/** Order events a webhook can subscribe to. */
export const ORDER_EVENTS = ['order.accepted', 'order.held', 'order.decided', 'order.routed', 'order.failed'] as const;
export type OrderEvent = (typeof ORDER_EVENTS)[number];

/**
 * The events one run step raises, as `event` outbox rows (the relay fans each out to the webhooks
 * subscribed to it). Keyed by run version, so a replayed or redelivered step adds nothing. With
 * `subscribed` (the events some webhook takes now), only those: a subscriber gets only events raised
 * after it subscribed, so a row nobody takes would be claimed and marked done for nothing (it was 8 of
 * an order's ~16 rows with the examples, and half of the relay's work).
 */
export function eventRows(
  result: RunResult,
  run: Pick<RunRow, 'id' | 'flowId' | 'flowVersion' | 'orderId' | 'channel'>,
  runVersion: number,
  now: number,
  decided?: { readonly nodeId: string; readonly decision: string; readonly by: string },
  subscribed?: ReadonlySet<string>,
): OutboxRow[] {
  const raised: OrderEvent[] = [];
  if (decided) raised.push('order.decided');
  if (result.status === 'waiting' && result.waiting?.kind !== 'api-call') raised.push('order.held');
  if (result.status === 'failed') raised.push('order.failed');
  if (result.status === 'completed' && result.outcome?.decision === 'accept') raised.push('order.accepted');
  if (result.status === 'completed' && result.outcome?.fulfilment) raised.push('order.routed');
  const types = subscribed ? raised.filter((type) => subscribed.has(type)) : raised;
  if (types.length === 0) return [];
  const fulfilment = result.outcome?.fulfilment;
  // Fields left undefined are left out of the JSON (cheaper than spreading optional parts in).
  const waiting = result.waiting ? { nodeId: result.waiting.nodeId, reason: result.waiting.reason } : undefined;
  const shipments = fulfilment?.shipments.map((s) => ({
    warehouseId: s.warehouseId,
    carrierId: s.carrierId,
    cost: s.cost,
    promisedBy: s.promisedBy,
  }));
  const createdAt = new Date(now).toISOString();
  return types.map((type) => {
    const dedupeKey = `${run.id}:v${runVersion}:${type}`;
    const data = {
      runId: run.id,
      runVersion,
      flowId: run.flowId,
      flowVersion: run.flowVersion,
      orderId: run.orderId,
      channel: run.channel,
      status: result.status,
      decision: result.outcome?.decision ?? null,
      tags: result.outcome?.tags ?? [],
      attributes: result.outcome?.attributes ?? {},
      waiting,
      decided,
      shipments,
      error: result.error,
    };
    return {
      dedupeKey,
      runId: run.id,
      kind: 'event',
      payloadJson: JSON.stringify({ id: dedupeKey, type, createdAt, data }),
      createdAt: now,
    };
  });
}

/**
 * The API call a run waits for, as an `api-call` outbox row: the relay performs it and resumes the run
 * with the answer. Keyed by run version, so the same wait is called for once (retries reuse the row).
 */
export function callRows(result: RunResult, runId: string, runVersion: number, now: number): OutboxRow[] {
  const waiting = result.waiting;
  if (waiting?.kind !== 'api-call' || waiting.call === undefined) return [];
  return [
    {
      dedupeKey: `${runId}:v${runVersion}:call:${waiting.nodeId}`,
      runId,
      kind: 'api-call',
      payloadJson: JSON.stringify({ runId, runVersion, nodeId: waiting.nodeId, request: waiting.call }),
      createdAt: now,
    },
  ];
}
