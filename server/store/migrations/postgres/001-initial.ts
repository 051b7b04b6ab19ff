/**
 * The first schema on PostgreSQL: the same tables, columns, keys and indexes as sqlite/001-initial.ts
 * (one schema, two dialects). Differences, all of dialect: millisecond times are BIGINT, sequences are
 * identity columns, and the append-only audit log is enforced by a plpgsql trigger.
 */
export const sql = `
-- Users, sessions and machine tokens. Roles are JSON arrays of role names.
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  roles TEXT NOT NULL,
  approval_roles TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id),
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_expiry ON sessions(expires_at);

CREATE TABLE api_tokens (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  roles TEXT NOT NULL,
  approval_roles TEXT NOT NULL,
  created_by TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  revoked_at BIGINT
);

-- Drafts: what the editor saves; one per flow, overwritten.
CREATE TABLE flows (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  draft_json TEXT NOT NULL,
  cases_json TEXT,
  required_approvals INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL,
  updated_at BIGINT NOT NULL,
  created_at BIGINT NOT NULL
);

-- Published versions never change; content_hash is the sha256 of the flow's canonical JSON.
CREATE TABLE flow_versions (
  flow_id TEXT NOT NULL REFERENCES flows(id),
  version INTEGER NOT NULL,
  content_hash TEXT NOT NULL,
  flow_json TEXT NOT NULL,
  cases_json TEXT,
  author TEXT NOT NULL,
  published_by TEXT NOT NULL,
  published_at BIGINT NOT NULL,
  note TEXT NOT NULL,
  PRIMARY KEY (flow_id, version),
  UNIQUE (flow_id, content_hash)
);

-- Exactly one live version per flow: one row, switched in place.
CREATE TABLE live_versions (
  flow_id TEXT PRIMARY KEY REFERENCES flows(id),
  version INTEGER NOT NULL,
  switched_at BIGINT NOT NULL,
  switched_by TEXT NOT NULL
);

-- Four-eyes: a publish waiting for approvals from people other than its author.
CREATE TABLE publish_requests (
  id TEXT PRIMARY KEY,
  flow_id TEXT NOT NULL REFERENCES flows(id),
  flow_json TEXT NOT NULL,
  cases_json TEXT,
  content_hash TEXT NOT NULL,
  note TEXT NOT NULL,
  author TEXT NOT NULL,
  required_approvals INTEGER NOT NULL,
  approvals TEXT NOT NULL,
  status TEXT NOT NULL,
  version INTEGER,
  created_at BIGINT NOT NULL
);

-- The world a run sees besides the order (warehouses, carriers, …), stored once per content.
CREATE TABLE contexts (
  hash TEXT PRIMARY KEY,
  world_json TEXT NOT NULL
);

-- Every order accepted or refused, as received.
CREATE TABLE orders (
  id TEXT PRIMARY KEY,
  order_id TEXT,
  channel TEXT,
  channel_order_id TEXT,
  body_json TEXT NOT NULL,
  status TEXT NOT NULL,
  problems_json TEXT,
  received_by TEXT NOT NULL,
  received_at BIGINT NOT NULL,
  response_json TEXT
);
CREATE INDEX orders_received ON orders(received_at);
CREATE UNIQUE INDEX orders_channel_id ON orders(channel, channel_order_id) WHERE channel_order_id IS NOT NULL AND status = 'accepted';

-- A run of one order through one pinned flow version. version is the compare-and-set counter.
CREATE TABLE runs (
  id TEXT PRIMARY KEY,
  intake_id TEXT NOT NULL REFERENCES orders(id),
  flow_id TEXT NOT NULL,
  flow_version INTEGER NOT NULL,
  content_hash TEXT NOT NULL,
  context_hash TEXT NOT NULL REFERENCES contexts(hash),
  run_now TEXT NOT NULL,
  order_id TEXT NOT NULL,
  channel TEXT NOT NULL,
  decisions_json TEXT NOT NULL,
  status TEXT NOT NULL,
  version INTEGER NOT NULL,
  result_json TEXT NOT NULL,
  created_by TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX runs_flow ON runs(flow_id, flow_version, created_at);
CREATE INDEX runs_status ON runs(status, created_at);
CREATE INDEX runs_created ON runs(created_at);

-- An open hold waits for a person; due_at drives the SLA sweeper.
CREATE TABLE waits (
  id TEXT PRIMARY KEY,
  run_id TEXT NOT NULL REFERENCES runs(id),
  run_version INTEGER NOT NULL,
  node_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  role TEXT NOT NULL,
  reason TEXT NOT NULL,
  ports_json TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  due_at BIGINT,
  remind_at BIGINT,
  reminded INTEGER NOT NULL DEFAULT 0,
  closed_at BIGINT,
  resolution TEXT,
  decided_by TEXT,
  comment TEXT
);
CREATE INDEX waits_due ON waits(due_at) WHERE closed_at IS NULL;
CREATE INDEX waits_remind ON waits(remind_at) WHERE closed_at IS NULL AND reminded = 0;
CREATE INDEX waits_open_role ON waits(role, due_at) WHERE closed_at IS NULL;
CREATE UNIQUE INDEX waits_run_node_open ON waits(run_id, node_id) WHERE closed_at IS NULL;

-- Idempotency-Key records: the first response, replayed byte for byte.
CREATE TABLE idempotency_keys (
  scope TEXT NOT NULL,
  key TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  status INTEGER NOT NULL,
  headers_json TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  PRIMARY KEY (scope, key)
);
CREATE INDEX idempotency_expiry ON idempotency_keys(expires_at);

-- Append-only: rows are never updated or deleted (triggers refuse it).
CREATE TABLE audit_log (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at BIGINT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  subject TEXT NOT NULL,
  before_json TEXT,
  after_json TEXT
);
CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$;
CREATE TRIGGER audit_no_update BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_append_only();

-- Effects leave through here, written in the same transaction as the step; dedupe_key makes them exactly once.
CREATE TABLE outbox (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  dedupe_key TEXT NOT NULL UNIQUE,
  run_id TEXT,
  kind TEXT NOT NULL,
  payload_json TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  delivered_at BIGINT,
  attempts INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX outbox_pending ON outbox(seq) WHERE delivered_at IS NULL;
`;
