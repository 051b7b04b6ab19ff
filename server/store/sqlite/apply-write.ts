import type Database from 'better-sqlite3';
import { approvalStep } from '../publish-approval';
import type { CommitRefusal, RolloutRow, WriteSet } from '../types/index';
import { WRITE_SQL, type WriteStatement } from '../write-sql';
import * as rows from '../write-rows';

/** Thrown inside a transaction to roll back one WriteSet; caught by the committer. */
export class Refused extends Error {
  constructor(readonly reason: CommitRefusal) {
    super(reason);
  }
}

type Statement = Database.Statement;

/** The prepared statements, made once per connection. */
export function prepareWrites(db: Database.Database): Record<WriteStatement, Statement> {
  const statements = Object.entries(WRITE_SQL).map(([name, sql]) => [name, db.prepare(sql)]);
  return Object.fromEntries(statements) as Record<WriteStatement, Statement>;
}

export type Writes = ReturnType<typeof prepareWrites>;

/** Applies one WriteSet inside the caller's transaction; throws Refused to roll it back. */
export function applyWrite(w: Writes, set: WriteSet): void {
  if (set.idempotency && w.claimKey.run(set.idempotency).changes === 0) throw new Refused('duplicate-key');
  if (set.runStep && w.stepRun.run(set.runStep).changes === 0) throw new Refused('version-conflict');
  if (set.waitClose) w.closeWait.run(set.waitClose);
  for (const u of set.users ?? []) w.user.run(rows.userParams(u));
  for (const row of set.sessions ?? []) w.session.run(row);
  for (const hash of set.sessionsDeleted ?? []) w.sessionDelete.run(hash);
  for (const t of set.tokens ?? []) w.token.run(rows.tokenParams(t));
  for (const r of set.tokensRevoked ?? []) w.tokenRevoke.run(r);
  for (const row of set.flows ?? []) w.flow.run(row);
  for (const row of set.versions ?? []) {
    if (w.version.run(row).changes === 0) throw new Refused('version-conflict');
  }
  for (const row of set.live ?? []) w.live.run(row);
  for (const r of set.publishRequests ?? []) w.request.run(rows.requestParams(r));
  if (set.publishApproval && w.requestApproval.run(approvalStep(set.publishApproval)).changes === 0)
    throw new Refused('version-conflict');
  for (const row of set.contexts ?? []) w.context.run(row);
  for (const row of set.orders ?? []) {
    if (w.order.run(rows.orderParams(row)).changes === 0) throw new Refused('duplicate-channel-order');
  }
  for (const row of set.runs ?? []) w.run.run(row);
  for (const row of set.waits ?? []) w.wait.run(row);
  for (const id of set.waitsReminded ?? []) w.reminded.run(id);
  for (const id of set.waitsPrioritized ?? []) w.prioritized.run(id);
  for (const row of set.outbox ?? []) w.outbox.run(rows.outboxParams(row));
  for (const row of set.outboxDelivered ?? [])
    if (w.delivered.run(rows.fenced(row)).changes === 0) throw new Refused('outbox-moved');
  for (const row of set.outboxFailed ?? []) w.failed.run(rows.fenced(row));
  for (const row of set.outboxRetried ?? []) if (w.retried.run(row).changes === 0) throw new Refused('outbox-moved');
  for (const row of set.outboxDiscarded ?? [])
    if (w.discarded.run(row).changes === 0) throw new Refused('outbox-moved');
  for (const row of set.webhooks ?? []) w.webhook.run(rows.webhookParams(row));
  for (const row of set.webhooksDeleted ?? []) w.webhookDelete.run(row);
  for (const row of set.audit ?? []) w.audit.run(row);
  if (set.rollout) applyRollout(w, set.rollout.row, set.rollout.expectedRevision);
  for (const o of set.rolloutObservations ?? []) w.rolloutObservation.run(rows.observationParams(o));
  for (const row of set.rolloutDiffs ?? []) w.rolloutDiff.run(row);
  for (const row of set.fulfilmentEvents ?? []) w.fulfilmentEvent.run(rows.fulfilmentEventParams(row));
  if (set.purgeBefore !== undefined) {
    w.purgeKeys.run(set.purgeBefore);
    w.purgeSessions.run(set.purgeBefore);
  }
}

/** Insert, or compare-and-set on the revision; a second active rollout of a flow is a conflict too. */
function applyRollout(w: Writes, row: RolloutRow, expectedRevision: number | null): void {
  if (expectedRevision !== null) {
    if (w.rolloutUpdate.run({ ...row, expectedRevision }).changes === 0) throw new Refused('version-conflict');
    return;
  }
  try {
    w.rolloutInsert.run(row);
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw new Refused('version-conflict');
    throw error;
  }
}
