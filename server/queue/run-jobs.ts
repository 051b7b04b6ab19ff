/**
 * What travels through the queue: only a run id and the run version the job expects. The database is
 * the truth; a job whose run moved past that version (redelivered, stalled, duplicated) does nothing.
 */
export const RUN_QUEUE = 'orderflow-runs';

export interface RunJob {
  readonly runId: string;
  readonly expectedVersion: number;
}

/** One job per run version: BullMQ ignores a second add with the same id, so scheduling twice is harmless. */
export const runJobId = (job: RunJob): string => `run_${job.runId}_v${job.expectedVersion}`;

/** A job's payload as received: checked, since Redis is outside the database's guarantees. */
export function parseRunJob(data: unknown): RunJob {
  const { runId, expectedVersion } = (data ?? {}) as Partial<Record<keyof RunJob, unknown>>;
  if (typeof runId !== 'string' || !Number.isInteger(expectedVersion))
    throw new Error(`a run job needs { runId, expectedVersion }, got ${JSON.stringify(data)}`);
  return { runId, expectedVersion: expectedVersion as number };
}

/** ioredis options for BullMQ from ORDERFLOW_REDIS_URL. */
export const redisConnection = (url: string) => ({ url, maxRetriesPerRequest: null });
