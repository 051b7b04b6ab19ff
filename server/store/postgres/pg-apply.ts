/**
 * A WriteSet on PostgreSQL, statement for statement as ../sqlite/apply-write.ts applies it on SQLite:
 * the same order, the same compare-and-set, the same refusals.
 */
import type { CommitRefusal, RolloutRow, WriteSet } from '../types/index';
import { approvalStep } from '../publish-approval';
import { WRITE_SQL, type WriteStatement } from '../write-sql';
import * as rows from '../write-rows';
import { named, type Named } from './pg-sql';

/** The write statements (../write-sql.ts) with `$n` placeholders and their binders. */
const W = Object.fromEntries(Object.entries(WRITE_SQL).map(([name, sql]) => [name, named(sql)])) as Record<
  WriteStatement,
  Named
>;

/** A SQL literal: PostgreSQL's standard strings (quotes doubled, backslashes literal), integers, NULL. */
export function literal(value: unknown): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`not a number to store: ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return `'${value.replace(/'/g, "''")}'`;
  throw new Error(`cannot store a ${typeof value} as a SQL literal`);
}

/** The statement with its `$n` placeholders filled from the row. */
const bound = (statement: Named, row: object): string => {
  const values = statement.values(row);
  return statement.text.replace(/\$(\d+)/g, (_, n: string) => literal(values[Number(n) - 1]));
};

/** Marks the exception a refused WriteSet raises inside the block. */
export const REFUSED = 'orderflow-refused:';

/**
 * One WriteSet as ONE statement: a plpgsql DO block, statement for statement as ../sqlite/apply-write.ts
 * applies it, each refusal a RAISE that rolls the whole block back. A statement is its own transaction,
 * so a commit is one round trip to the database instead of one per row (the API's cost on PostgreSQL).
 */
export function writeSetSql(set: WriteSet): string {
  const lines: string[] = [];
  const add = (statement: Named, row: object, refuse?: CommitRefusal) => {
    lines.push(`${bound(statement, row)};`);
    if (refuse) lines.push(`IF NOT FOUND THEN RAISE EXCEPTION '${REFUSED}${refuse}'; END IF;`);
  };
  /** A one-value statement (`?`), its value filled in. */
  const plain = (sql: string, value: unknown) => lines.push(`${sql.replace('?', literal(value))};`);
  if (set.idempotency) add(W.claimKey, set.idempotency, 'duplicate-key');
  if (set.runStep) add(W.stepRun, set.runStep, 'version-conflict');
  if (set.waitClose) add(W.closeWait, set.waitClose);
  for (const u of set.users ?? []) add(W.user, rows.userParams(u));
  for (const row of set.sessions ?? []) add(W.session, row);
  for (const hash of set.sessionsDeleted ?? []) plain(WRITE_SQL.sessionDelete, hash);
  for (const t of set.tokens ?? []) add(W.token, rows.tokenParams(t));
  for (const r of set.tokensRevoked ?? []) add(W.tokenRevoke, r);
  for (const row of set.flows ?? []) add(W.flow, row);
  for (const row of set.versions ?? []) add(W.version, row, 'version-conflict');
  for (const row of set.live ?? []) add(W.live, row);
  for (const r of set.publishRequests ?? []) add(W.request, rows.requestParams(r));
  if (set.publishApproval) add(W.requestApproval, approvalStep(set.publishApproval), 'version-conflict');
  for (const row of set.contexts ?? []) add(W.context, row);
  for (const row of set.orders ?? []) add(W.order, rows.orderParams(row), 'duplicate-channel-order');
  for (const row of set.runs ?? []) add(W.run, row);
  for (const row of set.waits ?? []) add(W.wait, row);
  for (const id of set.waitsReminded ?? []) plain(WRITE_SQL.reminded, id);
  for (const id of set.waitsPrioritized ?? []) plain(WRITE_SQL.prioritized, id);
  for (const row of set.outbox ?? []) add(W.outbox, rows.outboxParams(row));
  for (const row of set.outboxDelivered ?? []) add(W.delivered, rows.fenced(row), 'outbox-moved');
  for (const row of set.outboxFailed ?? []) add(W.failed, rows.fenced(row));
  for (const row of set.outboxRetried ?? []) add(W.retried, row, 'outbox-moved');
  for (const row of set.outboxDiscarded ?? []) add(W.discarded, row, 'outbox-moved');
  for (const row of set.webhooks ?? []) add(W.webhook, rows.webhookParams(row));
  for (const row of set.webhooksDeleted ?? []) add(W.webhookDelete, row);
  for (const row of set.audit ?? []) add(W.audit, row);
  if (set.rollout) lines.push(rolloutSql(set.rollout.row, set.rollout.expectedRevision));
  for (const o of set.rolloutObservations ?? []) add(W.rolloutObservation, rows.observationParams(o));
  for (const row of set.rolloutDiffs ?? []) add(W.rolloutDiff, row);
  for (const row of set.fulfilmentEvents ?? []) add(W.fulfilmentEvent, rows.fulfilmentEventParams(row));
  if (set.purgeBefore !== undefined) {
    plain(WRITE_SQL.purgeKeys, set.purgeBefore);
    plain(WRITE_SQL.purgeSessions, set.purgeBefore);
  }
  if (lines.length === 0) return '';
  const body = lines.join('\n');
  // A dollar-quote tag the body cannot contain, so no value can end the block early.
  let tag = 'orderflow';
  while (body.includes(`$${tag}$`)) tag += '_';
  return `DO $${tag}$ BEGIN\n${body}\nEND $${tag}$`;
}

/** The parts of a WriteSet the stored function orderflow_apply (migration 007) applies: intake, decisions, deliveries. */
const FUNCTION_PARTS = new Set<string>([
  'idempotency',
  'runStep',
  'waitClose',
  'orders',
  'runs',
  'waits',
  'outbox',
  'outboxDelivered',
  'outboxFailed',
  'audit',
  'rolloutObservations',
]);

/**
 * The set as orderflow_apply's jsonb argument when the function covers every part of it (the common
 * WriteSets); undefined for the rest (users, publishes, rollouts, …), which go through writeSetSql.
 */
export function functionArgument(set: WriteSet): string | undefined {
  const parts: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(set)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    if (!FUNCTION_PARTS.has(key)) return undefined;
    parts[key] = value;
  }
  if (Object.keys(parts).length === 0) return undefined;
  if (set.rolloutObservations) parts.rolloutObservations = set.rolloutObservations.map(rows.observationParams);
  return JSON.stringify(parts);
}

/**
 * Insert, or compare-and-set on the revision, as ../sqlite/apply-write.ts applyRollout: a moved revision
 * or a second active rollout of a flow (the partial unique index) is refused 'version-conflict'.
 */
function rolloutSql(row: RolloutRow, expectedRevision: number | null): string {
  if (expectedRevision !== null)
    return `${bound(W.rolloutUpdate, { ...row, expectedRevision })};
IF NOT FOUND THEN RAISE EXCEPTION '${REFUSED}version-conflict'; END IF;`;
  return `BEGIN ${bound(W.rolloutInsert, row)};
EXCEPTION WHEN unique_violation THEN RAISE EXCEPTION '${REFUSED}version-conflict'; END;`;
}
