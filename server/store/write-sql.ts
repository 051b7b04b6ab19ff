/**
 * The write statements of a WriteSet, one per kind of row, written once for both engines: `@name`
 * placeholders bound from a row object, or `?` for the one-value statements. SQLite prepares them as they
 * are (sqlite/apply-write.ts); PostgreSQL fills them into its DO block (postgres/pg-apply.ts, via pg-sql.ts).
 */
export const WRITE_SQL = {
  claimKey: `INSERT INTO idempotency_keys (scope, key, fingerprint, status, headers_json, body, created_at, expires_at)
      VALUES (@scope, @key, @fingerprint, @status, @headersJson, @body, @createdAt, @expiresAt) ON CONFLICT DO NOTHING`,
  stepRun: `UPDATE runs SET status = @status, decisions_json = @decisionsJson, result_json = @resultJson, updated_at = @updatedAt,
      version = version + 1 WHERE id = @runId AND version = @expectedVersion AND status = 'waiting'`,
  closeWait: `UPDATE waits SET closed_at = @closedAt, resolution = @resolution, decided_by = @decidedBy, comment = @comment
      WHERE run_id = @runId AND closed_at IS NULL`,
  user: `INSERT INTO users (id, username, password_hash, roles, approval_roles, disabled, created_at, updated_at)
      VALUES (@id, @username, @passwordHash, @roles, @approvalRoles, @disabled, @createdAt, @updatedAt)
      ON CONFLICT (id) DO UPDATE SET username = excluded.username, password_hash = excluded.password_hash, roles = excluded.roles,
      approval_roles = excluded.approval_roles, disabled = excluded.disabled, updated_at = excluded.updated_at`,
  session:
    'INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (@tokenHash, @userId, @createdAt, @expiresAt)',
  sessionDelete: 'DELETE FROM sessions WHERE token_hash = ?',
  token: `INSERT INTO api_tokens (id, name, token_hash, roles, approval_roles, created_by, created_at, revoked_at)
      VALUES (@id, @name, @tokenHash, @roles, @approvalRoles, @createdBy, @createdAt, @revokedAt)`,
  tokenRevoke: 'UPDATE api_tokens SET revoked_at = @at WHERE id = @id AND revoked_at IS NULL',
  flow: `INSERT INTO flows (id, name, draft_json, cases_json, required_approvals, updated_by, updated_at, created_at)
      VALUES (@id, @name, @draftJson, @casesJson, @requiredApprovals, @updatedBy, @updatedAt, @createdAt)
      ON CONFLICT (id) DO UPDATE SET name = excluded.name, draft_json = excluded.draft_json, cases_json = excluded.cases_json,
      required_approvals = excluded.required_approvals, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
  version: `INSERT INTO flow_versions (flow_id, version, content_hash, flow_json, cases_json, author, published_by, published_at, note)
      VALUES (@flowId, @version, @contentHash, @flowJson, @casesJson, @author, @publishedBy, @publishedAt, @note)
      ON CONFLICT DO NOTHING`,
  live: `INSERT INTO live_versions (flow_id, version, switched_at, switched_by) VALUES (@flowId, @version, @switchedAt, @switchedBy)
      ON CONFLICT (flow_id) DO UPDATE SET version = excluded.version, switched_at = excluded.switched_at, switched_by = excluded.switched_by`,
  request: `INSERT INTO publish_requests (id, flow_id, flow_json, cases_json, content_hash, note, author, required_approvals, approvals,
      status, version, created_at) VALUES (@id, @flowId, @flowJson, @casesJson, @contentHash, @note, @author, @requiredApprovals,
      @approvals, @status, @version, @createdAt)
      ON CONFLICT (id) DO UPDATE SET approvals = excluded.approvals, status = excluded.status, version = excluded.version`,
  requestApproval: `UPDATE publish_requests SET approvals = @approvals, status = @status, version = @version
      WHERE id = @id AND status = 'pending' AND approvals = @expectedApprovals`,
  context: 'INSERT INTO contexts (hash, world_json) VALUES (@hash, @worldJson) ON CONFLICT DO NOTHING',
  order: `INSERT INTO orders (id, order_id, channel, channel_order_id, body_json, status, problems_json, received_by, received_at, response_json,
      payload_hash) VALUES (@id, @orderId, @channel, @channelOrderId, @bodyJson, @status, @problemsJson, @receivedBy, @receivedAt,
      @responseJson, @payloadHash)
      ON CONFLICT DO NOTHING`,
  run: `INSERT INTO runs (id, intake_id, flow_id, flow_version, content_hash, context_hash, run_now, order_id, channel, decisions_json,
      status, version, result_json, created_by, created_at, updated_at) VALUES (@id, @intakeId, @flowId, @flowVersion, @contentHash,
      @contextHash, @runNow, @orderId, @channel, @decisionsJson, @status, @version, @resultJson, @createdBy, @createdAt, @updatedAt)`,
  wait: `INSERT INTO waits (id, run_id, run_version, node_id, kind, role, reason, ports_json, created_at, due_at, remind_at, reminded)
      VALUES (@id, @runId, @runVersion, @nodeId, @kind, @role, @reason, @portsJson, @createdAt, @dueAt, @remindAt, 0)`,
  reminded: 'UPDATE waits SET reminded = 1 WHERE id = ?',
  prioritized: 'UPDATE waits SET priority = 1 WHERE id = ?',
  outbox: `INSERT INTO outbox (dedupe_key, run_id, kind, payload_json, created_at) VALUES (@dedupeKey, @runId, @kind, @payloadJson, @createdAt)
      ON CONFLICT (dedupe_key) DO NOTHING`,
  delivered: `UPDATE outbox SET delivered_at = @at, attempts = attempts + 1 WHERE seq = @seq AND delivered_at IS NULL
      AND (@claimedBy IS NULL OR claimed_by = @claimedBy)`,
  failed: `UPDATE outbox SET attempts = @attempts, next_attempt_at = @nextAttemptAt, last_error = @error, dead_at = @deadAt,
    claimed_by = NULL, lease_until = NULL
      WHERE seq = @seq AND delivered_at IS NULL AND dead_at IS NULL
      AND (@claimedBy IS NULL OR claimed_by = @claimedBy)`,
  retried: `UPDATE outbox SET dead_at = NULL, attempts = 0, next_attempt_at = @at
      WHERE seq = @seq AND delivered_at IS NULL AND dead_at IS NOT NULL AND discarded_at IS NULL`,
  discarded: `UPDATE outbox SET discarded_at = @at
      WHERE seq = @seq AND delivered_at IS NULL AND dead_at IS NOT NULL AND discarded_at IS NULL`,
  webhook: `INSERT INTO webhooks (id, url, events, secret, description, created_by, created_at, deleted_at)
      VALUES (@id, @url, @events, @secret, @description, @createdBy, @createdAt, @deletedAt)`,
  webhookDelete: 'UPDATE webhooks SET deleted_at = @at WHERE id = @id AND deleted_at IS NULL',
  audit: `INSERT INTO audit_log (at, actor, action, subject, before_json, after_json)
      VALUES (@at, @actor, @action, @subject, @beforeJson, @afterJson)`,
  rolloutInsert: `INSERT INTO rollouts (id, flow_id, candidate_version, base_version, mode, state, percent, stage_index,
      stage_started_at, settings_json, checked_orders, reason, created_by, created_at, updated_at, revision) VALUES (@id, @flowId,
      @candidateVersion, @baseVersion, @mode, @state, @percent, @stageIndex, @stageStartedAt, @settingsJson, @checkedOrders, @reason,
      @createdBy, @createdAt, @updatedAt, @revision)`,
  rolloutUpdate: `UPDATE rollouts SET state = @state, percent = @percent, stage_index = @stageIndex,
      stage_started_at = @stageStartedAt, settings_json = @settingsJson, checked_orders = @checkedOrders, reason = @reason,
      updated_at = @updatedAt, revision = @revision WHERE id = @id AND revision = @expectedRevision`,
  rolloutObservation: `INSERT INTO rollout_observations (rollout_id, stage, arm, run_id, order_id, error, review, currency,
      discount, routed, cost_currency, cost, remote, remote_served, captured_effects, created_at) VALUES (@rolloutId, @stage, @arm,
      @runId, @orderId, @error, @review, @currency, @discount, @routed, @costCurrency, @cost, @remote, @remoteServed,
      @capturedEffects, @createdAt)`,
  rolloutDiff: `INSERT INTO rollout_diffs (rollout_id, order_id, intake_id, live_run_id, diffs_json, candidate_result_json,
      created_at) VALUES (@rolloutId, @orderId, @intakeId, @liveRunId, @diffsJson, @candidateResultJson, @createdAt)`,
  fulfilmentEvent: `INSERT INTO fulfilment_events (order_id, type, at, event_json, received_by, received_at)
      VALUES (@orderId, @type, @at, @eventJson, @receivedBy, @receivedAt)`,
  purgeKeys: 'DELETE FROM idempotency_keys WHERE expires_at < ?',
  purgeSessions: 'DELETE FROM sessions WHERE expires_at < ?',
} as const;

export type WriteStatement = keyof typeof WRITE_SQL;
