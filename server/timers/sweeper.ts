import type { FastifyBaseLogger } from 'fastify';
import { SYSTEM } from '../auth/principal';
import { HttpError } from '../http/errors';
import { decide } from '../services/decisions';
import type { ServiceDeps } from '../services/deps';
import { tickRollouts, type RolloutTick } from '../services/rollouts';

const BATCH = 200;
const PURGE_EVERY = 60;

export interface SweepReport {
  readonly timedOut: number;
  readonly reminded: number;
  /** Remote-region holds raised to priority by the aging guard. */
  readonly agedRemote: number;
  readonly rollouts: RolloutTick;
}

/**
 * The SLA timer: on each tick (interval from config, time from the injected clock) it continues every
 * approval past its deadline on `timed_out` and writes reminders for those near it. Deadlines are rows
 * with an index, so a restart loses none; a decision racing the timer is settled by the run's version.
 */
export class Sweeper {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<SweepReport> | undefined;
  private ticks = 0;

  constructor(
    private readonly deps: ServiceDeps,
    private readonly log: FastifyBaseLogger,
  ) {}

  start(intervalMs = this.deps.config.sweepIntervalMs): void {
    this.timer = setInterval(() => void this.tick(), intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One sweep now (tests call this after moving their clock); a sweep already running is awaited instead. */
  sweepOnce(): Promise<SweepReport> {
    this.running ??= this.sweep().finally(() => (this.running = undefined));
    return this.running;
  }

  private async tick(): Promise<void> {
    try {
      await this.sweepOnce();
    } catch (error) {
      this.log.error({ err: error }, 'SLA sweep failed; retrying on the next tick');
    }
  }

  /**
   * Fairness: a remote-region order on hold longer than remoteAgingHours goes to the top of the inbox and
   * its approvers get one escalation (outbox, once per hold), so far-away customers do not wait last.
   */
  private async guardRemoteAging(now: number): Promise<number> {
    const hours = this.deps.config.remoteAgingHours;
    if (hours <= 0) return 0;
    const aged = await this.deps.store.agingRemoteWaits(now - hours * 3_600_000, BATCH);
    if (aged.length === 0) return 0;
    await this.deps.store.commit({
      waitsPrioritized: aged.map((w) => w.id),
      outbox: aged.map((w) => ({
        dedupeKey: `${w.id}:remote-aging`,
        runId: w.runId,
        kind: 'escalation',
        payloadJson: JSON.stringify({
          runId: w.runId,
          waitId: w.id,
          role: w.role,
          reason: 'remote-region order waiting',
          waitingHours: hours,
        }),
        createdAt: now,
      })),
    });
    return aged.length;
  }

  private async sweep(): Promise<SweepReport> {
    const { store, clock } = this.deps;
    const now = clock.now();
    let timedOut = 0;
    for (const wait of await store.dueWaits(now, BATCH)) {
      try {
        const answer = await decide(this.deps, SYSTEM, wait.runId, { decision: 'timed_out' }, true);
        const result = await store.commit(answer.write ?? {});
        if (result.ok) {
          answer.committed?.();
          timedOut++;
        }
      } catch (error) {
        if (!(error instanceof HttpError)) throw error; // 409 not-waiting: a person decided first
      }
    }
    const remind = await store.remindableWaits(now, BATCH);
    for (const wait of remind) {
      const payload = {
        runId: wait.runId,
        waitId: wait.id,
        nodeId: wait.nodeId,
        role: wait.role,
        dueAt: wait.dueAt === null ? null : new Date(wait.dueAt).toISOString(),
      };
      await store.commit({
        outbox: [
          {
            dedupeKey: `${wait.id}:reminder`,
            runId: wait.runId,
            kind: 'reminder',
            payloadJson: JSON.stringify(payload),
            createdAt: now,
          },
        ],
        waitsReminded: [wait.id],
      });
    }
    const aged = await this.guardRemoteAging(now);
    if (++this.ticks % PURGE_EVERY === 0) await store.commit({ purgeBefore: now });
    // Rollout guardrails and the time ramp share this timer (and its injected clock).
    const rollouts = await tickRollouts(this.deps);
    return { timedOut, reminded: remind.length, agedRemote: aged, rollouts };
  }
}
