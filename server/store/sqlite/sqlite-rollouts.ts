/** Rollouts, their observations and diffs on SQLite (reads). */
import type { RolloutArmSums, RolloutDiffRow, RolloutRow } from '../types/index';
import * as c from './columns';
import type { SqliteReads } from './sqlite-reads';

export async function rollout(db: SqliteReads, id: string): Promise<RolloutRow | undefined> {
  return db.one<RolloutRow>(`SELECT ${c.ROLLOUT_COLUMNS} FROM rollouts WHERE id = ?`, id);
}

export async function listRollouts(db: SqliteReads, flowId: string | undefined, limit: number): Promise<RolloutRow[]> {
  const where = flowId === undefined ? '' : 'WHERE flow_id = ?';
  return db.all<RolloutRow>(
    `SELECT ${c.ROLLOUT_COLUMNS} FROM rollouts ${where} ORDER BY created_at DESC, id DESC LIMIT ?`,
    ...(flowId === undefined ? [] : [flowId]),
    limit,
  );
}

export async function activeRollouts(db: SqliteReads): Promise<RolloutRow[]> {
  return db.all<RolloutRow>(
    `SELECT ${c.ROLLOUT_COLUMNS} FROM rollouts WHERE state IN ('running', 'paused') ORDER BY flow_id`,
  );
}

export async function rolloutSums(
  db: SqliteReads,
  rolloutId: string,
  stage: number | undefined,
): Promise<RolloutArmSums[]> {
  const stageClause = stage === undefined ? '' : 'AND stage = ?';
  return db.all<RolloutArmSums>(
    `SELECT ${c.ROLLOUT_SUMS} FROM rollout_observations WHERE rollout_id = ? ${stageClause}
    GROUP BY arm, currency, cost_currency`,
    rolloutId,
    ...(stage === undefined ? [] : [stage]),
  );
}

export async function rolloutDiffs(db: SqliteReads, rolloutId: string, limit: number): Promise<RolloutDiffRow[]> {
  return db.all<RolloutDiffRow>(
    `SELECT ${c.ROLLOUT_DIFF_COLUMNS} FROM rollout_diffs WHERE rollout_id = ? ORDER BY created_at, rowid LIMIT ?`,
    rolloutId,
    limit,
  );
}

export async function countRolloutDiffs(db: SqliteReads, rolloutId: string): Promise<number> {
  return db.one<{ n: number }>('SELECT count(*) AS n FROM rollout_diffs WHERE rollout_id = ?', rolloutId)!.n;
}
