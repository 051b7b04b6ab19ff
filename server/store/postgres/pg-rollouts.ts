/** Rollouts, their observations and diffs on PostgreSQL (reads). */
import type { RolloutArmSums, RolloutDiffRow, RolloutRow } from '../types/index';
import type { PgReads } from './pg-reads';
import * as q from './pg-sql';

export function rollout(db: PgReads, id: string): Promise<RolloutRow | undefined> {
  return db.one<RolloutRow>(`SELECT ${q.ROLLOUT} FROM rollouts WHERE id = ?`, id);
}

export function listRollouts(db: PgReads, flowId: string | undefined, limit: number): Promise<RolloutRow[]> {
  const where = flowId === undefined ? '' : 'WHERE flow_id = ?';
  return db.all<RolloutRow>(
    `SELECT ${q.ROLLOUT} FROM rollouts ${where} ORDER BY created_at DESC, id DESC LIMIT ?`,
    ...(flowId === undefined ? [] : [flowId]),
    limit,
  );
}

export function activeRollouts(db: PgReads): Promise<RolloutRow[]> {
  return db.all<RolloutRow>(`SELECT ${q.ROLLOUT} FROM rollouts WHERE state IN ('running', 'paused') ORDER BY flow_id`);
}

export function rolloutSums(db: PgReads, rolloutId: string, stage: number | undefined): Promise<RolloutArmSums[]> {
  const stageClause = stage === undefined ? '' : 'AND stage = ?';
  return db.all<RolloutArmSums>(
    `SELECT ${q.ROLLOUT_SUMS} FROM rollout_observations WHERE rollout_id = ? ${stageClause}
    GROUP BY arm, currency, cost_currency`,
    rolloutId,
    ...(stage === undefined ? [] : [stage]),
  );
}

export function rolloutDiffs(db: PgReads, rolloutId: string, limit: number): Promise<RolloutDiffRow[]> {
  return db.all<RolloutDiffRow>(
    `SELECT ${q.ROLLOUT_DIFF} FROM rollout_diffs WHERE rollout_id = ? ORDER BY created_at, seq LIMIT ?`,
    rolloutId,
    limit,
  );
}

export async function countRolloutDiffs(db: PgReads, rolloutId: string): Promise<number> {
  return (await db.one<{ n: number }>('SELECT count(*) AS n FROM rollout_diffs WHERE rollout_id = ?', rolloutId))!.n;
}
