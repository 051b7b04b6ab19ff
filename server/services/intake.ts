import { performance } from 'node:perf_hooks';
import { zodParseOptions, parseOrder as checkOrder } from '../../runtime/index';
import type { Order } from '../../runtime/index';
import { triggerTakes } from '../../nodes/index';
import type { Principal } from '../auth/roles';
import { isoAt } from '../clock';
import type { PathProblem } from '../http/errors';
import type {
  OrderRow,
  OutboxRow,
  RolloutDiffRow,
  RolloutObservationRow,
  RunRow,
  VersionRow,
  WaitRow,
  WriteSet,
} from '../store/types/index';
import type { ServiceDeps } from './deps';
import { newId } from './hash';
import { rolloutWrites, versionForOrder, type ActiveRollout } from './rollout-intake';
import { callRows, compactOutcome, effectRows, eventRows, runSummary, storedResult, waitRowFor } from './run-rows';

export interface IntakeSource {
  /** The route's channel for webhooks (dedupe key), absent for canonical orders. */
  readonly channel?: string;
  readonly channelOrderId?: string;
  /** A rejected channel record's hash (its redeliveries are duplicates). */
  readonly payloadHash?: string;
}

/** Everything one accepted order writes and answers. */
export interface IntakeRecord {
  readonly order: OrderRow;
  readonly runs: RunRow[];
  readonly waits: WaitRow[];
  readonly outbox: OutboxRow[];
  readonly rolloutObservations?: RolloutObservationRow[];
  readonly rolloutDiffs?: RolloutDiffRow[];
  readonly answer: ReturnType<typeof orderAnswer>;
  readonly counted: { flow: string; version: string; outcome: string; seconds: number }[];
}

/** On the server, API-call nodes wait for the relay to perform their call. */
const LIVE = { liveCalls: true } as const;

/** Live versions, re-read only when a publish moved one (a single small query per order). */
export class LiveFlows {
  private signature: string | undefined;
  private versions: VersionRow[] = [];

  async current(deps: ServiceDeps): Promise<VersionRow[]> {
    const signature = await deps.store.liveSignature();
    if (signature !== this.signature) {
      this.versions = await deps.store.liveVersions();
      this.signature = signature;
    }
    return this.versions;
  }
}

const orderAnswer = (
  intakeId: string,
  orderId: string | null,
  status: 'accepted' | 'rejected' | 'duplicate',
  runs: unknown[],
  problems?: PathProblem[],
) => ({ intakeId, orderId, status, runs, ...(problems ? { problems } : {}) });

const ENGLISH = zodParseOptions('en');

/** The canonical order, or every problem with its path (a valid order skips zod: the fast check built from its schema). */
export function parseOrder(body: unknown): { ok: true; order: Order } | { ok: false; problems: PathProblem[] } {
  const parsed = checkOrder(body, ENGLISH);
  if (parsed.success) return { ok: true, order: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
  };
}

/** A refused order is kept with its problems, never dropped. */
export function rejectedRecord(
  deps: ServiceDeps,
  principal: Principal,
  bodyJson: string,
  problems: PathProblem[],
  source: IntakeSource,
): IntakeRecord {
  const now = deps.clock.now();
  const id = newId('ord');
  const orderId = rawId(bodyJson);
  const answer = orderAnswer(id, orderId, 'rejected', [], problems);
  const order: OrderRow = {
    id,
    orderId,
    channel: source.channel ?? null,
    channelOrderId: null,
    bodyJson,
    status: 'rejected',
    problemsJson: JSON.stringify(problems),
    receivedBy: principal.id,
    receivedAt: now,
    responseJson: JSON.stringify(answer),
    ...(source.payloadHash === undefined ? {} : { payloadHash: source.payloadHash }),
  };
  return { order, runs: [], waits: [], outbox: [], answer, counted: [] };
}

function rawId(bodyJson: string): string | null {
  try {
    const value = JSON.parse(bodyJson) as unknown;
    const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
    return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
  } catch {
    return null;
  }
}

/**
 * Runs a valid order through every live flow whose trigger takes it; one run row per flow that does.
 * A flow with an active rollout runs the order on the version of its arm (the run is pinned to it).
 * `subscribed`: the order events some webhook takes (store.subscribedEvents); absent, every event row.
 */
export function acceptedRecord(
  deps: ServiceDeps,
  principal: Principal,
  live: readonly VersionRow[],
  order: Order,
  bodyJson: string,
  source: IntakeSource,
  rollouts: ReadonlyMap<string, ActiveRollout> = new Map(),
  subscribed?: ReadonlySet<string>,
): IntakeRecord {
  const now = deps.clock.now();
  const intakeId = newId('ord');
  const ctx = { ...deps.world.context, now: isoAt(now) };
  const runs: RunRow[] = [];
  const waits: WaitRow[] = [];
  const outbox: OutboxRow[] = [];
  const summaries: unknown[] = [];
  const counted: IntakeRecord['counted'] = [];
  const rolloutObservations: RolloutObservationRow[] = [];
  const rolloutDiffs: RolloutDiffRow[] = [];
  for (const liveVersion of live) {
    const routed = versionForOrder(rollouts.get(liveVersion.flowId), liveVersion, order);
    const version = routed.version;
    const plan = deps.plans.plan(version.contentHash, version.flowJson);
    if (!triggerTakes(plan.start, order)) continue; // the trigger does not take it: no run
    const started = performance.now();
    // The path only: what each node changed is recomputed by replay when someone opens the run.
    const result = deps.plans.runOrder(plan, order, ctx, LIVE);
    const seconds = (performance.now() - started) / 1000;
    const first = result.trace[0];
    if (result.trace.length === 1 && first?.type === 'trigger' && first.port === null) continue; // the trigger does not take it
    const outcome = compactOutcome(result.outcome);
    const run: RunRow = {
      id: newId('run'),
      intakeId,
      flowId: version.flowId,
      flowVersion: version.version,
      contentHash: version.contentHash,
      contextHash: deps.world.hash,
      runNow: ctx.now,
      orderId: order.id,
      channel: order.channel,
      decisionsJson: '{}',
      status: result.status,
      version: 1,
      resultJson: storedResult(result, outcome),
      createdBy: principal.id,
      createdAt: now,
      updatedAt: now,
    };
    const wait = waitRowFor(result, run.id, run.version, now);
    runs.push(run);
    if (wait) waits.push(wait);
    if (routed.rollout) {
      const extra = rolloutWrites(deps, routed, run, result, order, ctx, now);
      rolloutObservations.push(...extra.observations);
      rolloutDiffs.push(...extra.diffs);
    }
    outbox.push(
      ...effectRows(result, run.id, now),
      ...eventRows(result, run, run.version, now, undefined, subscribed),
      ...callRows(result, run.id, run.version, now),
    );
    summaries.push(runSummary(run, result.status, result, wait, outcome));
    counted.push({
      flow: version.flowId,
      version: String(version.version),
      outcome: result.status === 'completed' ? (result.outcome?.decision ?? 'completed') : result.status,
      seconds,
    });
  }
  const answer = orderAnswer(intakeId, order.id, 'accepted', summaries);
  const row: OrderRow = {
    id: intakeId,
    orderId: order.id,
    channel: source.channel ?? order.channel,
    channelOrderId: source.channelOrderId ?? null,
    bodyJson,
    status: 'accepted',
    // Kept only where a redelivery is answered from it (channel webhooks); keyed requests replay from the key's row.
    problemsJson: null,
    receivedBy: principal.id,
    receivedAt: now,
    responseJson: source.channelOrderId === undefined ? null : JSON.stringify(answer),
  };
  return { order: row, runs, waits, outbox, rolloutObservations, rolloutDiffs, answer, counted };
}

/** What a batch of intake records writes in one commit. */
export function intakeWrite(records: readonly IntakeRecord[]): WriteSet {
  return {
    orders: records.map((r) => r.order),
    runs: records.flatMap((r) => r.runs),
    waits: records.flatMap((r) => r.waits),
    outbox: records.flatMap((r) => r.outbox),
    rolloutObservations: records.flatMap((r) => r.rolloutObservations ?? []),
    rolloutDiffs: records.flatMap((r) => r.rolloutDiffs ?? []),
  };
}

export function countRuns(deps: ServiceDeps, records: readonly IntakeRecord[]): void {
  for (const record of records) {
    for (const c of record.counted) {
      deps.metrics.runs.inc({ flow: c.flow, version: c.version, outcome: c.outcome });
      deps.metrics.runDuration.observe(c.seconds);
    }
  }
}
