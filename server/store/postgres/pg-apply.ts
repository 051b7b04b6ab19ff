/**
 * A WriteSet on PostgreSQL, statement for statement as ../sqlite/apply-write.ts applies it on SQLite:
 * the same order, the same compare-and-set, the same refusals.
 */
import type { CommitRefusal, RolloutRow, WriteSet } from '../types/index';
import { approvalStep } from '../publish-approval';
import { named, type Named } from './pg-sql';

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
    VALUES (@flowId, @version, @contentHash, @flowJson, @casesJson, @author, @publishedBy, @publishedAt, @note)
    ON CONFLICT DO NOTHING`),
  live: named(`INSERT INTO live_versions (flow_id, version, switched_at, switched_by) VALUES (@flowId, @version, @switchedAt, @switchedBy)
    ON CONFLICT (flow_id) DO UPDATE SET version = excluded.version, switched_at = excluded.switched_at, switched_by = excluded.switched_by`),
  request:
    named(`INSERT INTO publish_requests (id, flow_id, flow_json, cases_json, content_hash, note, author, required_approvals, approvals,
    status, version, created_at) VALUES (@id, @flowId, @flowJson, @casesJson, @contentHash, @note, @author, @requiredApprovals,
    @approvals, @status, @version, @createdAt)
    ON CONFLICT (id) DO UPDATE SET approvals = excluded.approvals, status = excluded.status, version = excluded.version`),
  context: named('INSERT INTO contexts (hash, world_json) VALUES (@hash, @worldJson) ON CONFLICT DO NOTHING'),
  requestApproval: named(`UPDATE publish_requests SET approvals = @approvals, status = @status, version = @version
    WHERE id = @id AND status = 'pending' AND approvals = @expectedApprovals`),
  order:
    named(`INSERT INTO orders (id, order_id, channel, channel_order_id, body_json, status, problems_json, received_by, received_at, response_json,
    payload_hash) VALUES (@id, @orderId, @channel, @channelOrderId, @bodyJson, @status, @problemsJson, @receivedBy, @receivedAt,
    @responseJson, @payloadHash)
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
    `UPDATE outbox SET delivered_at = @at, attempts = attempts + 1 WHERE seq = @seq AND delivered_at IS NULL
      AND (@claimedBy IS NULL OR claimed_by = @claimedBy)`,
  ),
  failed:
    named(`UPDATE outbox SET attempts = @attempts, next_attempt_at = @nextAttemptAt, last_error = @error, dead_at = @deadAt,
    claimed_by = NULL, lease_until = NULL
    WHERE seq = @seq AND delivered_at IS NULL AND dead_at IS NULL
      AND (@claimedBy IS NULL OR claimed_by = @claimedBy)`),
  retried: named(`UPDATE outbox SET dead_at = NULL, attempts = 0, next_attempt_at = @at
    WHERE seq = @seq AND delivered_at IS NULL AND dead_at IS NOT NULL AND discarded_at IS NULL`),
  discarded: named(`UPDATE outbox SET discarded_at = @at
    WHERE seq = @seq AND delivered_at IS NULL AND dead_at IS NOT NULL AND discarded_at IS NULL`),
  webhook: named(`INSERT INTO webhooks (id, url, events, secret, description, created_by, created_at, deleted_at)
    VALUES (@id, @url, @events, @secret, @description, @createdBy, @createdAt, @deletedAt)`),
  webhookDelete: named('UPDATE webhooks SET deleted_at = @at WHERE id = @id AND deleted_at IS NULL'),
  rolloutInsert:
    named(`INSERT INTO rollouts (id, flow_id, candidate_version, base_version, mode, state, percent, stage_index,
    stage_started_at, settings_json, checked_orders, reason, created_by, created_at, updated_at, revision) VALUES (@id, @flowId,
    @candidateVersion, @baseVersion, @mode, @state, @percent, @stageIndex, @stageStartedAt, @settingsJson, @checkedOrders, @reason,
    @createdBy, @createdAt, @updatedAt, @revision)`),
  rolloutUpdate: named(`UPDATE rollouts SET state = @state, percent = @percent, stage_index = @stageIndex,
    stage_started_at = @stageStartedAt, settings_json = @settingsJson, checked_orders = @checkedOrders, reason = @reason,
    updated_at = @updatedAt, revision = @revision WHERE id = @id AND revision = @expectedRevision`),
  rolloutObservation:
    named(`INSERT INTO rollout_observations (rollout_id, stage, arm, run_id, order_id, error, review, currency,
    discount, routed, cost_currency, cost, remote, remote_served, captured_effects, created_at) VALUES (@rolloutId, @stage, @arm,
    @runId, @orderId, @error, @review, @currency, @discount, @routed, @costCurrency, @cost, @remote, @remoteServed,
    @capturedEffects, @createdAt)`),
  rolloutDiff:
    named(`INSERT INTO rollout_diffs (rollout_id, order_id, intake_id, live_run_id, diffs_json, candidate_result_json,
    created_at) VALUES (@rolloutId, @orderId, @intakeId, @liveRunId, @diffsJson, @candidateResultJson, @createdAt)`),
  fulfilmentEvent: named(`INSERT INTO fulfilment_events (order_id, type, at, event_json, received_by, received_at)
    VALUES (@orderId, @type, @at, @eventJson, @receivedBy, @receivedAt)`),
  audit: named(`INSERT INTO audit_log (at, actor, action, subject, before_json, after_json)
    VALUES (@at, @actor, @action, @subject, @beforeJson, @afterJson)`),
};

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

/** An outbox update with its fence: only the claiming relay's, or anyone's when no claim is named. */
const fenced = <T extends { readonly claimedBy?: string }>(row: T) => ({ ...row, claimedBy: row.claimedBy ?? null });

const flag = (value: boolean): number => (value ? 1 : 0);

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
  const plain = (text: string, value: unknown) => lines.push(`${text.replace('$1', literal(value))};`);
  if (set.idempotency) add(W.claimKey, set.idempotency, 'duplicate-key');
  if (set.runStep) add(W.stepRun, set.runStep, 'version-conflict');
  if (set.waitClose) add(W.closeWait, set.waitClose);
  for (const u of set.users ?? [])
    add(W.user, {
      ...u,
      roles: JSON.stringify(u.roles),
      approvalRoles: JSON.stringify(u.approvalRoles),
      disabled: u.disabled ? 1 : 0,
    });
  for (const row of set.sessions ?? []) add(W.session, row);
  for (const hash of set.sessionsDeleted ?? []) plain('DELETE FROM sessions WHERE token_hash = $1', hash);
  for (const t of set.tokens ?? [])
    add(W.token, { ...t, roles: JSON.stringify(t.roles), approvalRoles: JSON.stringify(t.approvalRoles) });
  for (const r of set.tokensRevoked ?? []) add(W.tokenRevoke, r);
  for (const row of set.flows ?? []) add(W.flow, row);
  for (const row of set.versions ?? []) add(W.version, row, 'version-conflict');
  for (const row of set.live ?? []) add(W.live, row);
  for (const r of set.publishRequests ?? []) add(W.request, { ...r, approvals: JSON.stringify(r.approvals) });
  if (set.publishApproval) add(W.requestApproval, approvalStep(set.publishApproval), 'version-conflict');
  for (const row of set.contexts ?? []) add(W.context, row);
  for (const row of set.orders ?? [])
    add(W.order, { ...row, payloadHash: row.payloadHash ?? null }, 'duplicate-channel-order');
  for (const row of set.runs ?? []) add(W.run, row);
  for (const row of set.waits ?? []) add(W.wait, row);
  for (const id of set.waitsReminded ?? []) plain('UPDATE waits SET reminded = 1 WHERE id = $1', id);
  for (const id of set.waitsPrioritized ?? []) plain('UPDATE waits SET priority = 1 WHERE id = $1', id);
  for (const row of set.outbox ?? [])
    add(W.outbox, {
      dedupeKey: row.dedupeKey,
      runId: row.runId,
      kind: row.kind,
      payloadJson: row.payloadJson,
      createdAt: row.createdAt,
    });
  for (const row of set.outboxDelivered ?? []) add(W.delivered, fenced(row), 'outbox-moved');
  for (const row of set.outboxFailed ?? []) add(W.failed, fenced(row));
  for (const row of set.outboxRetried ?? []) add(W.retried, row, 'outbox-moved');
  for (const row of set.outboxDiscarded ?? []) add(W.discarded, row, 'outbox-moved');
  for (const row of set.webhooks ?? []) add(W.webhook, { ...row, events: JSON.stringify(row.events) });
  for (const row of set.webhooksDeleted ?? []) add(W.webhookDelete, row);
  for (const row of set.audit ?? []) add(W.audit, row);
  if (set.rollout) lines.push(rolloutSql(set.rollout.row, set.rollout.expectedRevision));
  for (const o of set.rolloutObservations ?? [])
    add(W.rolloutObservation, {
      ...o,
      error: flag(o.error),
      review: flag(o.review),
      routed: flag(o.routed),
      remote: flag(o.remote),
      remoteServed: flag(o.remoteServed),
    });
  for (const row of set.rolloutDiffs ?? []) add(W.rolloutDiff, row);
  for (const row of set.fulfilmentEvents ?? [])
    add(W.fulfilmentEvent, {
      orderId: row.orderId,
      type: row.type,
      at: row.at,
      eventJson: row.eventJson,
      receivedBy: row.receivedBy,
      receivedAt: row.receivedAt,
    });
  if (set.purgeBefore !== undefined) {
    plain('DELETE FROM idempotency_keys WHERE expires_at < $1', set.purgeBefore);
    plain('DELETE FROM sessions WHERE expires_at < $1', set.purgeBefore);
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
  if (set.rolloutObservations)
    parts.rolloutObservations = set.rolloutObservations.map((o) => ({
      ...o,
      error: flag(o.error),
      review: flag(o.review),
      routed: flag(o.routed),
      remote: flag(o.remote),
      remoteServed: flag(o.remoteServed),
    }));
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
