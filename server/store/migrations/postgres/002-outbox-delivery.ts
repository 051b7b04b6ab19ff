/** Twin of sqlite/002-outbox-delivery.ts (issue 14): outbox retries with backoff and dead letters; webhooks. */
export const sql = `
-- When the relay may try a row next, why the last try failed, and the dead-letter / discard marks.
ALTER TABLE outbox ADD COLUMN next_attempt_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN last_error TEXT;
ALTER TABLE outbox ADD COLUMN dead_at BIGINT;
ALTER TABLE outbox ADD COLUMN discarded_at BIGINT;
DROP INDEX outbox_pending;
CREATE INDEX outbox_due ON outbox(next_attempt_at, seq) WHERE delivered_at IS NULL AND dead_at IS NULL;
CREATE INDEX outbox_dead ON outbox(dead_at) WHERE dead_at IS NOT NULL AND delivered_at IS NULL;

-- A URL subscribed to order events. The secret signs each delivery (HMAC-SHA-256), so it is kept as is.
CREATE TABLE webhooks (
  id TEXT PRIMARY KEY,
  url TEXT NOT NULL,
  events TEXT NOT NULL,
  secret TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  created_by TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  deleted_at BIGINT
);
`;
