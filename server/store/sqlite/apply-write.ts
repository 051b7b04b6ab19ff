import type Database from 'better-sqlite3';
import { approvalStep } from '../publish-approval';
import type { CommitRefusal, RolloutRow, WriteSet } from '../types/index';

/** Thrown inside a transaction to roll back one WriteSet; caught by the committer. */
export class Refused extends Error {
  constructor(readonly reason: CommitRefusal) {
    super(reason);
  }
}

type Statement = Database.Statement;

/** The prepared statements, made once per connection. */
export function prepareWrites(db: Database.Database) {
  const s = (sql: string): Statement => db.prepare(sql);
  return {
    claimKey:
      s(`INSERT INTO idempotency_keys (scope, key, fingerprint, status, headers_json, body, created_at, expires_at)
      VALUES (@scope, @key, @fingerprint, @status, @headersJson, @body, @createdAt, @expiresAt) ON CONFLICT DO NOTHING`),
    stepRun:
      s(`UPDATE runs SET status = @status, decisions_json = @decisionsJson, result_json = @resultJson, updated_at = @updatedAt,
      version = version + 1 WHERE id = @runId AND version = @expectedVersion AND status = 'waiting'`),
    closeWait:
      s(`UPDATE waits SET closed_at = @closedAt, resolution = @resolution, decided_by = @decidedBy, comment = @comment
      WHERE run_id = @runId AND closed_at IS NULL`),
    user: s(`INSERT INTO users (id, username, password_hash, roles, approval_roles, disabled, created_at, updated_at)
      VALUES (@id, @username, @passwordHash, @roles, @approvalRoles, @disabled, @createdAt, @updatedAt)
      ON CONFLICT (id) DO UPDATE SET username = excluded.username, password_hash = excluded.password_hash, roles = excluded.roles,
      approval_roles = excluded.approval_roles, disabled = excluded.disabled, updated_at = excluded.updated_at`),
    session: s(
      'INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (@tokenHash, @userId, @createdAt, @expiresAt)',
    ),
    sessionDelete: s('DELETE FROM sessions WHERE token_hash = ?'),
    token: s(`INSERT INTO api_tokens (id, name, token_hash, roles, approval_roles, created_by, created_at, revoked_at)
      VALUES (@id, @name, @tokenHash, @roles, @approvalRoles, @createdBy, @createdAt, @revokedAt)`),
    tokenRevoke: s('UPDATE api_tokens SET revoked_at = @at WHERE id = @id AND revoked_at IS NULL'),
    flow: s(`INSERT INTO flows (id, name, draft_json, cases_json, required_approvals, updated_by, updated_at, created_at)
      VALUES (@id, @name, @draftJson, @casesJson, @requiredApprovals, @updatedBy, @updatedAt, @createdAt)
      ON CONFLICT (id) DO UPDATE SET name = excluded.name, draft_json = excluded.draft_json, cases_json = excluded.cases_json,
      required_approvals = excluded.required_approvals, updated_by = excluded.updated_by, updated_at = excluded.updated_at`),
    version:
      s(`INSERT INTO flow_versions (flow_id, version, content_hash, flow_json, cases_json, author, published_by, published_at, note)
      VALUES (@flowId, @version, @contentHash, @flowJson, @casesJson, @author, @publishedBy, @publishedAt, @note)
      ON CONFLICT DO NOTHING`),
    live: s(`INSERT INTO live_versions (flow_id, version, switched_at, switched_by) VALUES (@flowId, @version, @switchedAt, @switchedBy)
      ON CONFLICT (flow_id) DO UPDATE SET version = excluded.version, switched_at = excluded.switched_at, switched_by = excluded.switched_by`),
    request:
      s(`INSERT INTO publish_requests (id, flow_id, flow_json, cases_json, content_hash, note, author, required_approvals, approvals,
      status, version, created_at) VALUES (@id, @flowId, @flowJson, @casesJson, @contentHash, @note, @author, @requiredApprovals,
      @approvals, @status, @version, @createdAt)
      ON CONFLICT (id) DO UPDATE SET approvals = excluded.approvals, status = excluded.status, version = excluded.version`),
    requestApproval: s(`UPDATE publish_requests SET approvals = @approvals, status = @status, version = @version
      WHERE id = @id AND status = 'pending' AND approvals = @expectedApprovals`),
    context: s('INSERT INTO contexts (hash, world_json) VALUES (@hash, @worldJson) ON CONFLICT DO NOTHING'),
    order:
      s(`INSERT INTO orders (id, order_id, channel, channel_order_id, body_json, status, problems_json, received_by, received_at, response_json,
      payload_hash) VALUES (@id, @orderId, @channel, @channelOrderId, @bodyJson, @status, @problemsJson, @receivedBy, @receivedAt,
      @responseJson, @payloadHash)
      ON CONFLICT DO NOTHING`),
    run: s(`INSERT INTO runs (id, intake_id, flow_id, flow_version, content_hash, context_hash, run_now, order_id, channel, decisions_json,
      status, version, result_json, created_by, created_at, updated_at) VALUES (@id, @intakeId, @flowId, @flowVersion, @contentHash,
      @contextHash, @runNow, @orderId, @channel, @decisionsJson, @status, @version, @resultJson, @createdBy, @createdAt, @updatedAt)`),
    wait: s(`INSERT INTO waits (id, run_id, run_version, node_id, kind, role, reason, ports_json, created_at, due_at, remind_at, reminded)
      VALUES (@id, @runId, @runVersion, @nodeId, @kind, @role, @reason, @portsJson, @createdAt, @dueAt, @remindAt, 0)`),
    reminded: s('UPDATE waits SET reminded = 1 WHERE id = ?'),
    prioritized: s('UPDATE waits SET priority = 1 WHERE id = ?'),
    outbox:
      s(`INSERT INTO outbox (dedupe_key, run_id, kind, payload_json, created_at) VALUES (@dedupeKey, @runId, @kind, @payloadJson, @createdAt)
      ON CONFLICT (dedupe_key) DO NOTHING`),
    delivered: s(
      `UPDATE outbox SET delivered_at = @at, attempts = attempts + 1 WHERE seq = @seq AND delivered_at IS NULL
      AND (@claimedBy IS NULL OR claimed_by = @claimedBy)`,
    ),
    failed:
      s(`UPDATE outbox SET attempts = @attempts, next_attempt_at = @nextAttemptAt, last_error = @error, dead_at = @deadAt,
    claimed_by = NULL, lease_until = NULL
      WHERE seq = @seq AND delivered_at IS NULL AND dead_at IS NULL
      AND (@claimedBy IS NULL OR claimed_by = @claimedBy)`),
    retried: s(`UPDATE outbox SET dead_at = NULL, attempts = 0, next_attempt_at = @at
      WHERE seq = @seq AND delivered_at IS NULL AND dead_at IS NOT NULL AND discarded_at IS NULL`),
    discarded: s(`UPDATE outbox SET discarded_at = @at
      WHERE seq = @seq AND delivered_at IS NULL AND dead_at IS NOT NULL AND discarded_at IS NULL`),
    webhook: s(`INSERT INTO webhooks (id, url, events, secret, description, created_by, created_at, deleted_at)
      VALUES (@id, @url, @events, @secret, @description, @createdBy, @createdAt, @deletedAt)`),
    webhookDelete: s('UPDATE webhooks SET deleted_at = @at WHERE id = @id AND deleted_at IS NULL'),
    audit: s(`INSERT INTO audit_log (at, actor, action, subject, before_json, after_json)
      VALUES (@at, @actor, @action, @subject, @beforeJson, @afterJson)`),
    rolloutInsert:
      s(`INSERT INTO rollouts (id, flow_id, candidate_version, base_version, mode, state, percent, stage_index,
      stage_started_at, settings_json, checked_orders, reason, created_by, created_at, updated_at, revision) VALUES (@id, @flowId,
      @candidateVersion, @baseVersion, @mode, @state, @percent, @stageIndex, @stageStartedAt, @settingsJson, @checkedOrders, @reason,
      @createdBy, @createdAt, @updatedAt, @revision)`),
    rolloutUpdate: s(`UPDATE rollouts SET state = @state, percent = @percent, stage_index = @stageIndex,
      stage_started_at = @stageStartedAt, settings_json = @settingsJson, checked_orders = @checkedOrders, reason = @reason,
      updated_at = @updatedAt, revision = @revision WHERE id = @id AND revision = @expectedRevision`),
    rolloutObservation:
      s(`INSERT INTO rollout_observations (rollout_id, stage, arm, run_id, order_id, error, review, currency,
      discount, routed, cost_currency, cost, remote, remote_served, captured_effects, created_at) VALUES (@rolloutId, @stage, @arm,
      @runId, @orderId, @error, @review, @currency, @discount, @routed, @costCurrency, @cost, @remote, @remoteServed,
      @capturedEffects, @createdAt)`),
    rolloutDiff:
      s(`INSERT INTO rollout_diffs (rollout_id, order_id, intake_id, live_run_id, diffs_json, candidate_result_json,
      created_at) VALUES (@rolloutId, @orderId, @intakeId, @liveRunId, @diffsJson, @candidateResultJson, @createdAt)`),
    fulfilmentEvent: s(`INSERT INTO fulfilment_events (order_id, type, at, event_json, received_by, received_at)
      VALUES (@orderId, @type, @at, @eventJson, @receivedBy, @receivedAt)`),
    purgeKeys: s('DELETE FROM idempotency_keys WHERE expires_at < ?'),
    purgeSessions: s('DELETE FROM sessions WHERE expires_at < ?'),
  };
}

export type Writes = ReturnType<typeof prepareWrites>;

/** Applies one WriteSet inside the caller's transaction; throws Refused to roll it back. */
export function applyWrite(w: Writes, set: WriteSet): void {
  if (set.idempotency && w.claimKey.run(set.idempotency).changes === 0) throw new Refused('duplicate-key');
  if (set.runStep && w.stepRun.run(set.runStep).changes === 0) throw new Refused('version-conflict');
  if (set.waitClose) w.closeWait.run(set.waitClose);
  for (const u of set.users ?? []) {
    w.user.run({
      ...u,
      roles: JSON.stringify(u.roles),
      approvalRoles: JSON.stringify(u.approvalRoles),
      disabled: u.disabled ? 1 : 0,
    });
  }
  for (const row of set.sessions ?? []) w.session.run(row);
  for (const hash of set.sessionsDeleted ?? []) w.sessionDelete.run(hash);
  for (const t of set.tokens ?? [])
    w.token.run({ ...t, roles: JSON.stringify(t.roles), approvalRoles: JSON.stringify(t.approvalRoles) });
  for (const r of set.tokensRevoked ?? []) w.tokenRevoke.run(r);
  for (const row of set.flows ?? []) w.flow.run(row);
  for (const row of set.versions ?? []) {
    if (w.version.run(row).changes === 0) throw new Refused('version-conflict');
  }
  for (const row of set.live ?? []) w.live.run(row);
  for (const r of set.publishRequests ?? []) w.request.run({ ...r, approvals: JSON.stringify(r.approvals) });
  if (set.publishApproval && w.requestApproval.run(approvalStep(set.publishApproval)).changes === 0)
    throw new Refused('version-conflict');
  for (const row of set.contexts ?? []) w.context.run(row);
  for (const row of set.orders ?? []) {
    if (w.order.run({ ...row, payloadHash: row.payloadHash ?? null }).changes === 0)
      throw new Refused('duplicate-channel-order');
  }
  for (const row of set.runs ?? []) w.run.run(row);
  for (const row of set.waits ?? []) w.wait.run(row);
  for (const id of set.waitsReminded ?? []) w.reminded.run(id);
  for (const id of set.waitsPrioritized ?? []) w.prioritized.run(id);
  for (const row of set.outbox ?? [])
    w.outbox.run({
      dedupeKey: row.dedupeKey,
      runId: row.runId,
      kind: row.kind,
      payloadJson: row.payloadJson,
      createdAt: row.createdAt,
    });
  for (const row of set.outboxDelivered ?? [])
    if (w.delivered.run(fenced(row)).changes === 0) throw new Refused('outbox-moved');
  for (const row of set.outboxFailed ?? []) w.failed.run(fenced(row));
  for (const row of set.outboxRetried ?? []) if (w.retried.run(row).changes === 0) throw new Refused('outbox-moved');
  for (const row of set.outboxDiscarded ?? [])
    if (w.discarded.run(row).changes === 0) throw new Refused('outbox-moved');
  for (const row of set.webhooks ?? []) w.webhook.run({ ...row, events: JSON.stringify(row.events) });
  for (const row of set.webhooksDeleted ?? []) w.webhookDelete.run(row);
  for (const row of set.audit ?? []) w.audit.run(row);
  if (set.rollout) applyRollout(w, set.rollout.row, set.rollout.expectedRevision);
  for (const o of set.rolloutObservations ?? [])
    w.rolloutObservation.run({
      ...o,
      error: flag(o.error),
      review: flag(o.review),
      routed: flag(o.routed),
      remote: flag(o.remote),
      remoteServed: flag(o.remoteServed),
    });
  for (const row of set.rolloutDiffs ?? []) w.rolloutDiff.run(row);
  for (const row of set.fulfilmentEvents ?? [])
    w.fulfilmentEvent.run({
      orderId: row.orderId,
      type: row.type,
      at: row.at,
      eventJson: row.eventJson,
      receivedBy: row.receivedBy,
      receivedAt: row.receivedAt,
    });
  if (set.purgeBefore !== undefined) {
    w.purgeKeys.run(set.purgeBefore);
    w.purgeSessions.run(set.purgeBefore);
  }
}

const flag = (value: boolean): number => (value ? 1 : 0);

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

/** An outbox update with its fence: only the claiming relay's, or anyone's when no claim is named. */
const fenced = <T extends { readonly claimedBy?: string }>(row: T) => ({ ...row, claimedBy: row.claimedBy ?? null });
