/**
 * One WriteSet applied inside the caller's PostgreSQL transaction, statement for statement as
 * ../sqlite/apply-write.ts does it on SQLite: the same order, the same compare-and-set, the same refusals.
 */
import type { PoolClient } from 'pg';
import type { CommitRefusal, WriteSet } from '../types';
import { named, type Named } from './pg-sql';

/** Thrown inside the transaction to roll the WriteSet back; the committer turns it into a refusal. */
export class PgRefused extends Error {
  constructor(readonly reason: CommitRefusal) {
    super(reason);
  }
}

const W = {
  claimKey:
    named(`INSERT INTO idempotency_keys (scope, key, fingerprint, status, headers_json, body, created_at, expires_at)
    VALUES (@scope, @key, @fingerprint, @status, @headersJson, @body, @createdAt, @expiresAt) ON CONFLICT DO NOTHING`),
  stepRun:
    named(`UPDATE runs SET status = @status, decisions_json = @decisionsJson, result_json = @resultJson, updated_at = @updatedAt,
    version = version + 1 WHERE id = @runId AND version = @expectedVersion AND status = 'waiting'`),
  closeWait:
    named(`UPDATE waits SET closed_at = @closedAt, resolution = @resolution, decided_by = @decidedBy, comment = @comment
    WHERE run_id = @runId AND closed_at IS NULL`),
  user: named(`INSERT INTO users (id, username, password_hash, roles, approval_roles, disabled, created_at, updated_at)
    VALUES (@id, @username, @passwordHash, @roles, @approvalRoles, @disabled, @createdAt, @updatedAt)
    ON CONFLICT (id) DO UPDATE SET username = excluded.username, password_hash = excluded.password_hash, roles = excluded.roles,
    approval_roles = excluded.approval_roles, disabled = excluded.disabled, updated_at = excluded.updated_at`),
  session: named(
    'INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (@tokenHash, @userId, @createdAt, @expiresAt)',
  ),
  token: named(`INSERT INTO api_tokens (id, name, token_hash, roles, approval_roles, created_by, created_at, revoked_at)
    VALUES (@id, @name, @tokenHash, @roles, @approvalRoles, @createdBy, @createdAt, @revokedAt)`),
  tokenRevoke: named('UPDATE api_tokens SET revoked_at = @at WHERE id = @id AND revoked_at IS NULL'),
  flow: named(`INSERT INTO flows (id, name, draft_json, cases_json, required_approvals, updated_by, updated_at, created_at)
    VALUES (@id, @name, @draftJson, @casesJson, @requiredApprovals, @updatedBy, @updatedAt, @createdAt)
    ON CONFLICT (id) DO UPDATE SET name = excluded.name, draft_json = excluded.draft_json, cases_json = excluded.cases_json,
    required_approvals = excluded.required_approvals, updated_by = excluded.updated_by, updated_at = excluded.updated_at`),
  version:
    named(`INSERT INTO flow_versions (flow_id, version, content_hash, flow_json, cases_json, author, published_by, published_at, note)
    VALUES (@flowId, @version, @contentHash, @flowJson, @casesJson, @author, @publishedBy, @publishedAt, @note)`),
  live: named(`INSERT INTO live_versions (flow_id, version, switched_at, switched_by) VALUES (@flowId, @version, @switchedAt, @switchedBy)
    ON CONFLICT (flow_id) DO UPDATE SET version = excluded.version, switched_at = excluded.switched_at, switched_by = excluded.switched_by`),
  request:
    named(`INSERT INTO publish_requests (id, flow_id, flow_json, cases_json, content_hash, note, author, required_approvals, approvals,
    status, version, created_at) VALUES (@id, @flowId, @flowJson, @casesJson, @contentHash, @note, @author, @requiredApprovals,
    @approvals, @status, @version, @createdAt)
    ON CONFLICT (id) DO UPDATE SET approvals = excluded.approvals, status = excluded.status, version = excluded.version`),
  context: named('INSERT INTO contexts (hash, world_json) VALUES (@hash, @worldJson) ON CONFLICT DO NOTHING'),
  order:
    named(`INSERT INTO orders (id, order_id, channel, channel_order_id, body_json, status, problems_json, received_by, received_at, response_json)
    VALUES (@id, @orderId, @channel, @channelOrderId, @bodyJson, @status, @problemsJson, @receivedBy, @receivedAt, @responseJson)
    ON CONFLICT DO NOTHING`),
  run: named(`INSERT INTO runs (id, intake_id, flow_id, flow_version, content_hash, context_hash, run_now, order_id, channel, decisions_json,
    status, version, result_json, created_by, created_at, updated_at) VALUES (@id, @intakeId, @flowId, @flowVersion, @contentHash,
    @contextHash, @runNow, @orderId, @channel, @decisionsJson, @status, @version, @resultJson, @createdBy, @createdAt, @updatedAt)`),
  wait: named(`INSERT INTO waits (id, run_id, run_version, node_id, kind, role, reason, ports_json, created_at, due_at, remind_at, reminded)
    VALUES (@id, @runId, @runVersion, @nodeId, @kind, @role, @reason, @portsJson, @createdAt, @dueAt, @remindAt, 0)`),
  outbox:
    named(`INSERT INTO outbox (dedupe_key, run_id, kind, payload_json, created_at) VALUES (@dedupeKey, @runId, @kind, @payloadJson, @createdAt)
    ON CONFLICT (dedupe_key) DO NOTHING`),
  delivered: named(
    'UPDATE outbox SET delivered_at = @at, attempts = attempts + 1 WHERE seq = @seq AND delivered_at IS NULL',
  ),
  audit: named(`INSERT INTO audit_log (at, actor, action, subject, before_json, after_json)
    VALUES (@at, @actor, @action, @subject, @beforeJson, @afterJson)`),
};

/** Applies one WriteSet on `client`, inside a transaction the caller opened; throws PgRefused to roll back. */
export async function applyPgWrite(client: PoolClient, set: WriteSet): Promise<void> {
  const run = async (statement: Named, row: object): Promise<number> =>
    (await client.query({ text: statement.text, values: statement.values(row) })).rowCount ?? 0;
  const plain = async (text: string, values: unknown[]): Promise<void> => {
    await client.query(text, values);
  };
  if (set.idempotency && (await run(W.claimKey, set.idempotency)) === 0) throw new PgRefused('duplicate-key');
  if (set.runStep && (await run(W.stepRun, set.runStep)) === 0) throw new PgRefused('version-conflict');
  if (set.waitClose) await run(W.closeWait, set.waitClose);
  for (const u of set.users ?? [])
    await run(W.user, {
      ...u,
      roles: JSON.stringify(u.roles),
      approvalRoles: JSON.stringify(u.approvalRoles),
      disabled: u.disabled ? 1 : 0,
    });
  for (const row of set.sessions ?? []) await run(W.session, row);
  for (const hash of set.sessionsDeleted ?? []) await plain('DELETE FROM sessions WHERE token_hash = $1', [hash]);
  for (const t of set.tokens ?? [])
    await run(W.token, { ...t, roles: JSON.stringify(t.roles), approvalRoles: JSON.stringify(t.approvalRoles) });
  for (const r of set.tokensRevoked ?? []) await run(W.tokenRevoke, r);
  for (const row of set.flows ?? []) await run(W.flow, row);
  for (const row of set.versions ?? []) await run(W.version, row);
  for (const row of set.live ?? []) await run(W.live, row);
  for (const r of set.publishRequests ?? []) await run(W.request, { ...r, approvals: JSON.stringify(r.approvals) });
  for (const row of set.contexts ?? []) await run(W.context, row);
  for (const row of set.orders ?? []) {
    if ((await run(W.order, row)) === 0) throw new PgRefused('duplicate-channel-order');
  }
  for (const row of set.runs ?? []) await run(W.run, row);
  for (const row of set.waits ?? []) await run(W.wait, row);
  for (const id of set.waitsReminded ?? []) await plain('UPDATE waits SET reminded = 1 WHERE id = $1', [id]);
  for (const row of set.outbox ?? [])
    await run(W.outbox, {
      dedupeKey: row.dedupeKey,
      runId: row.runId,
      kind: row.kind,
      payloadJson: row.payloadJson,
      createdAt: row.createdAt,
    });
  for (const row of set.outboxDelivered ?? []) await run(W.delivered, row);
  for (const row of set.audit ?? []) await run(W.audit, row);
  if (set.purgeBefore !== undefined) {
    await plain('DELETE FROM idempotency_keys WHERE expires_at < $1', [set.purgeBefore]);
    await plain('DELETE FROM sessions WHERE expires_at < $1', [set.purgeBefore]);
  }
}
