import { Queue } from 'bullmq';
import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../clock';
import type { CommitResult, RunStore, WaitRow, WriteSet } from '../store/types/index';
import { RUN_QUEUE, redisConnection, runJobId, type RunJob } from './run-jobs';

/**
 * Puts SLA deadlines on the queue as delayed jobs (the fast path). Losing one (Redis down, flushed, the
 * process killed between commit and enqueue) only delays that timeout until the database sweeper's
 * next backstop pass; a job delivered twice finds its run version gone and does nothing.
 */
export class RunDispatcher {
  readonly queue: Queue;

  constructor(
    redisUrl: string,
    prefix: string,
    private readonly clock: Clock,
    private readonly log: FastifyBaseLogger,
  ) {
    this.queue = new Queue(RUN_QUEUE, { connection: redisConnection(redisUrl), prefix });
    this.queue.on('error', (error) =>
      this.log.warn({ err: error }, 'queue connection error; timers fall back to the sweeper'),
    );
  }

  /** A delayed job for the wait's deadline; nothing for holds without one. */
  async scheduleTimeout(wait: WaitRow): Promise<void> {
    if (wait.dueAt === null) return;
    const job: RunJob = { runId: wait.runId, expectedVersion: wait.runVersion };
    await this.queue.add('timeout', job, {
      jobId: runJobId(job),
      delay: Math.max(0, wait.dueAt - this.clock.now()),
      removeOnComplete: true,
      removeOnFail: 1000,
    });
  }

  close(): Promise<void> {
    return this.queue.close();
  }
}

/**
 * The store as the API sees it with a queue: after a commit that opened holds with deadlines, their
 * timeout jobs are queued. Not awaited by the request: the commit is the promise, the job only speed.
 */
export function dispatchingStore(store: RunStore, dispatcher: RunDispatcher, log: FastifyBaseLogger): RunStore {
  const commit = async (set: WriteSet): Promise<CommitResult> => {
    const result = await store.commit(set);
    if (result.ok)
      for (const wait of set.waits ?? [])
        dispatcher
          .scheduleTimeout(wait)
          .catch((error: unknown) =>
            log.warn({ err: error, runId: wait.runId }, 'timer not queued; the sweeper will fire it'),
          );
    return result;
  };
  return new Proxy(store, {
    get: (target, prop, receiver) => (prop === 'commit' ? commit : Reflect.get(target, prop, receiver)),
  });
}
