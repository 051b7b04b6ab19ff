/**
 * Twin of sqlite/003-rollouts.ts (issue 15). Dialect differences: times and money sums are BIGINT (a
 * square of minor units overflows INTEGER), percent is DOUBLE PRECISION, and rollout_diffs has a seq
 * identity for arrival order (SQLite orders by its rowid).
 */
export const sql = `
CREATE TABLE rollouts (
  id TEXT PRIMARY KEY,
  flow_id TEXT NOT NULL REFERENCES flows(id),
  candidate_version INTEGER NOT NULL,
  base_version INTEGER NOT NULL,
  mode TEXT NOT NULL CHECK (mode IN ('shadow', 'canary', 'ab')),
  state TEXT NOT NULL CHECK (state IN ('running', 'paused', 'rolled-back', 'completed')),
  percent DOUBLE PRECISION NOT NULL,
  stage_index INTEGER NOT NULL,
  stage_started_at BIGINT NOT NULL,
  settings_json TEXT NOT NULL,
  checked_orders INTEGER NOT NULL DEFAULT 0,
  reason TEXT,
  created_by TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  revision INTEGER NOT NULL
);
CREATE INDEX rollouts_flow ON rollouts(flow_id, created_at);
-- At most one rollout per flow assigns orders.
CREATE UNIQUE INDEX rollouts_one_active ON rollouts(flow_id) WHERE state IN ('running', 'paused');

CREATE TABLE rollout_observations (
  rollout_id TEXT NOT NULL REFERENCES rollouts(id),
  stage INTEGER NOT NULL,
  arm TEXT NOT NULL,
  run_id TEXT,
  order_id TEXT NOT NULL,
  error INTEGER NOT NULL,
  review INTEGER NOT NULL,
  currency TEXT,
  discount BIGINT NOT NULL,
  routed INTEGER NOT NULL,
  cost_currency TEXT,
  cost BIGINT NOT NULL,
  remote INTEGER NOT NULL,
  remote_served INTEGER NOT NULL,
  captured_effects INTEGER NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX rollout_observations_stage ON rollout_observations(rollout_id, stage, arm);

CREATE TABLE rollout_diffs (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  rollout_id TEXT NOT NULL REFERENCES rollouts(id),
  order_id TEXT NOT NULL,
  intake_id TEXT NOT NULL,
  live_run_id TEXT NOT NULL,
  diffs_json TEXT NOT NULL,
  candidate_result_json TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX rollout_diffs_rollout ON rollout_diffs(rollout_id, created_at);
`;
