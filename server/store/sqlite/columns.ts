/** SELECT lists that alias snake_case columns to the row types' names, and the few conversions needed. */
import type { PublishRequestRow, TokenRow, UserRow, WaitRow, WebhookRow } from '../types/index';

export const USER_COLUMNS = `id, username, password_hash AS passwordHash, roles, approval_roles AS approvalRoles, disabled,
  created_at AS createdAt, updated_at AS updatedAt`;
export const SESSION_COLUMNS =
  'token_hash AS tokenHash, user_id AS userId, created_at AS createdAt, expires_at AS expiresAt';
export const TOKEN_COLUMNS = `id, name, token_hash AS tokenHash, roles, approval_roles AS approvalRoles, created_by AS createdBy,
  created_at AS createdAt, revoked_at AS revokedAt`;
export const FLOW_COLUMNS = `id, name, draft_json AS draftJson, cases_json AS casesJson, required_approvals AS requiredApprovals,
  updated_by AS updatedBy, updated_at AS updatedAt, created_at AS createdAt`;
export const VERSION_COLUMNS = `flow_id AS flowId, version, content_hash AS contentHash, flow_json AS flowJson, cases_json AS casesJson,
  author, published_by AS publishedBy, published_at AS publishedAt, note`;
export const LIVE_COLUMNS = 'flow_id AS flowId, version, switched_at AS switchedAt, switched_by AS switchedBy';
export const REQUEST_COLUMNS = `id, flow_id AS flowId, flow_json AS flowJson, cases_json AS casesJson, content_hash AS contentHash, note,
  author, required_approvals AS requiredApprovals, approvals, status, version, created_at AS createdAt`;
export const ORDER_COLUMNS = `id, order_id AS orderId, channel, channel_order_id AS channelOrderId, body_json AS bodyJson, status,
  problems_json AS problemsJson, received_by AS receivedBy, received_at AS receivedAt, response_json AS responseJson`;
export const RUN_COLUMNS = `id, intake_id AS intakeId, flow_id AS flowId, flow_version AS flowVersion, content_hash AS contentHash,
  context_hash AS contextHash, run_now AS runNow, order_id AS orderId, channel, decisions_json AS decisionsJson, status, version,
  result_json AS resultJson, created_by AS createdBy, created_at AS createdAt, updated_at AS updatedAt`;
export const WAIT_COLUMNS = `id, run_id AS runId, run_version AS runVersion, node_id AS nodeId, kind, role, reason, ports_json AS portsJson,
  created_at AS createdAt, due_at AS dueAt, remind_at AS remindAt, reminded, closed_at AS closedAt, resolution,
  decided_by AS decidedBy, comment, priority`;
export const IDEMPOTENCY_COLUMNS = `scope, key, fingerprint, status, headers_json AS headersJson, body, created_at AS createdAt,
  expires_at AS expiresAt`;
export const AUDIT_COLUMNS = 'seq, at, actor, action, subject, before_json AS beforeJson, after_json AS afterJson';
export const OUTBOX_COLUMNS = `seq, dedupe_key AS dedupeKey, run_id AS runId, kind, payload_json AS payloadJson, created_at AS createdAt,
  delivered_at AS deliveredAt, attempts, next_attempt_at AS nextAttemptAt, last_error AS lastError, dead_at AS deadAt,
  discarded_at AS discardedAt`;
export const WEBHOOK_COLUMNS = `id, url, events, secret, description, created_by AS createdBy, created_at AS createdAt,
  deleted_at AS deletedAt`;

export function webhookFrom(raw: Raw<WebhookRow, 'events'>): WebhookRow {
  return { ...raw, events: JSON.parse(String(raw.events)) };
}

export const ROLLOUT_COLUMNS = `id, flow_id AS flowId, candidate_version AS candidateVersion, base_version AS baseVersion, mode, state,
  percent, stage_index AS stageIndex, stage_started_at AS stageStartedAt, settings_json AS settingsJson,
  checked_orders AS checkedOrders, reason, created_by AS createdBy, created_at AS createdAt, updated_at AS updatedAt, revision`;
export const ROLLOUT_DIFF_COLUMNS = `rollout_id AS rolloutId, order_id AS orderId, intake_id AS intakeId, live_run_id AS liveRunId,
  diffs_json AS diffsJson, candidate_result_json AS candidateResultJson, created_at AS createdAt`;
/** Sums per arm and currencies: counts, sums and sums of squares, enough for the guardrail tests. */
export const ROLLOUT_SUMS = `arm, currency, cost_currency AS costCurrency, count(*) AS orders, sum(error) AS errors,
  sum(review) AS reviews, sum(remote) AS remote, sum(remote_served) AS remoteServed, sum(discount) AS discountSum,
  sum(discount * discount) AS discountSq, sum(routed) AS routed, sum(cost) AS costSum, sum(cost * cost) AS costSq,
  sum(captured_effects) AS capturedEffects`;

type Raw<T, K extends keyof T> = Omit<T, K> & { [P in K]: unknown };

export function userFrom(raw: Raw<UserRow, 'roles' | 'approvalRoles' | 'disabled'>): UserRow {
  return {
    ...raw,
    roles: JSON.parse(String(raw.roles)),
    approvalRoles: JSON.parse(String(raw.approvalRoles)),
    disabled: raw.disabled === 1,
  };
}

export function tokenFrom(raw: Raw<TokenRow, 'roles' | 'approvalRoles'>): TokenRow {
  return { ...raw, roles: JSON.parse(String(raw.roles)), approvalRoles: JSON.parse(String(raw.approvalRoles)) };
}

export function waitFrom(raw: Raw<WaitRow, 'reminded' | 'priority'>): WaitRow {
  return { ...raw, reminded: raw.reminded === 1, priority: raw.priority === 1 };
}

export function requestFrom(raw: Raw<PublishRequestRow, 'approvals'>): PublishRequestRow {
  return { ...raw, approvals: JSON.parse(String(raw.approvals)) };
}
