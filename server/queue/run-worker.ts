import { DelayedError, Worker, type Job } from 'bullmq';
import type { FastifyBaseLogger } from 'fastify';
import type { ServiceDeps } from '../services/deps';
import { parseRunJob, redisConnection, RUN_QUEUE } from './run-jobs';
import { timeoutStep, type TimeoutOutcome } from './timeout-step';

export interface RunWorkerOptions {
  readonly redisUrl: string;
  readonly prefix: string;
  /** Jobs in progress at once in this process. */
  readonly concurrency?: number;
  /** How long a job is ours without renewal; a worker silent longer loses it and another gets it. */
  readonly lockDurationMs?: number;
  readonly stalledIntervalMs?: number;
  /** Tests: never renew the lock, to play a worker that froze. */
  readonly skipLockRenewal?: boolean;
  /** Tests: called after each step, before the job is acknowledged. */
  readonly afterStep?: (outcome: TimeoutOutcome, job: Job) => Promise<void>;
}

/** Runs timeout jobs from the queue; every one is a compare-and-set on the database, so redelivery is harmless. */
export class RunWorker {
  readonly worker: Worker;
  /** Outcomes so far, by kind (for logs, tests and the bench). */
  readonly counts = { 'timed-out': 0, stale: 0, 'not-due': 0 };

  constructor(
    private readonly deps: ServiceDeps,
    private readonly log: FastifyBaseLogger,
    private readonly options: RunWorkerOptions,
  ) {
    this.worker = new Worker(RUN_QUEUE, (job, token) => this.process(job, token), {
      connection: redisConnection(options.redisUrl),
      prefix: options.prefix,
      concurrency: options.concurrency ?? 8,
      lockDuration: options.lockDurationMs ?? 30_000,
      stalledInterval: options.stalledIntervalMs ?? 30_000,
      skipLockRenewal: options.skipLockRenewal ?? false,
      // A job that stalls again and again is still only a hint: the sweeper fires its timer.
      maxStalledCount: 3,
      removeOnComplete: { count: 0 },
      removeOnFail: { count: 1000 },
    });
    this.worker.on('error', (error) => this.log.warn({ err: error }, 'queue worker error; the sweeper backs it up'));
  }

  private async process(job: Job, token?: string): Promise<string> {
    const outcome = await timeoutStep(this.deps, parseRunJob(job.data));
    this.counts[outcome.kind]++;
    await this.options.afterStep?.(outcome, job);
    if (outcome.kind === 'not-due') {
      // Fired early by this process's clock (clocks differ between machines): wait again, same job.
      await job.moveToDelayed(outcome.dueAt, token);
      throw new DelayedError();
    }
    if (outcome.kind === 'stale') this.log.debug({ job: job.id, why: outcome.why }, 'job found its run moved on');
    return outcome.kind;
  }

  close(): Promise<void> {
    return this.worker.close();
  }
}
