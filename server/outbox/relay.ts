import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../clock';
import type { OutboxDone, OutboxFailure, OutboxRow, RunStore, WriteSet } from '../store/types/index';
import { backoffMs, type RetryPolicy } from './backoff';

/**
 * Delivers one outbox row. It may answer a WriteSet that is committed together with the row's "done"
 * mark (a webhook fan-out, a run resumed with an API's answer), so the effect of a delivery is recorded
 * exactly once even when two relays deliver the same row. Throwing schedules a retry.
 */
export type Delivery = (effect: OutboxRow) => Promise<DeliveryResult>;

/** A WriteSet, or one with what to do once it committed (metrics); nothing when only the done mark is needed. */
export type DeliveryResult = WriteSet | { readonly write: WriteSet; readonly committed: () => void } | void;

/** Where effects go when no delivery is registered for their kind (a webhook, a message bus). */
export type EffectSink = (effect: OutboxRow) => Promise<void>;

/** A failure that no retry can fix (a host off the allow-list): the row becomes a dead letter at once. */
export class PermanentFailure extends Error {}

/** The default sink: a log line per effect, for a server without integrations for that kind. */
export const logSink =
  (log: FastifyBaseLogger): EffectSink =>
  async (effect) => {
    log.info({ effect: { kind: effect.kind, dedupeKey: effect.dedupeKey, runId: effect.runId } }, 'effect delivered');
  };

export interface RelayOptions {
  readonly store: RunStore;
  readonly clock: Clock;
  readonly log: FastifyBaseLogger;
  /** Deliveries by outbox kind; other kinds go to `fallback`. */
  readonly deliveries?: Readonly<Record<string, Delivery>>;
  readonly fallback: EffectSink;
  readonly retry: RetryPolicy;
  /** Rows delivered at the same time (each is an independent receiver call; their done marks share commits). */
  readonly concurrency?: number;
  /** How long claimed rows stay this relay's (README "Scale out"); other relays retake them after. */
  readonly leaseMs: number;
  /** This relay's name in the outbox's claimed_by; a fresh one per relay when unset. */
  readonly id?: string;
}

export interface RelayReport {
  readonly delivered: number;
  readonly retrying: number;
  readonly dead: number;
}

const MAX_ERROR = 500;
/** Rows one pass takes at most before it yields to the next tick. */
const MAX_PER_PASS = 10_000;

/**
 * Delivers due outbox rows: at least once towards the receiver (who dedupes on the row's dedupe key,
 * sent as Idempotency-Key), recorded as done exactly once (the done mark is a compare-and-set). A failed
 * row waits with exponential backoff and jitter; after `maxAttempts` it is a dead letter an admin can
 * retry or discard. Store access only through RunStore, so any process (API, worker) can run a relay.
 * Rows are claimed with a lease, so relays side by side deliver each row once; a row of a relay that
 * died mid-delivery is retaken when its lease ends (delivered again: at least once).
 */
export class OutboxRelay {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<RelayReport> | undefined;
  /**
   * Done marks of deliveries that wrote nothing else (effects to the sink, events nobody subscribes to),
   * committed together: one transaction per batch instead of one per row, which was most of the
   * database's CPU per order (auto_explain and perf under npm run bench:server).
   */
  private marks: OutboxDone[] = [];
  readonly id: string;

  constructor(private readonly options: RelayOptions) {
    this.id = options.id ?? `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  }

  start(intervalMs: number): void {
    this.timer = setInterval(() => void this.tick(), intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** One pass over the rows due now; a pass already running is awaited instead. */
  relayOnce(): Promise<RelayReport> {
    this.running ??= this.pass().finally(() => (this.running = undefined));
    return this.running;
  }

  private async tick(): Promise<void> {
    try {
      await this.relayOnce();
    } catch (error) {
      this.options.log.warn({ err: error }, 'outbox relay pass failed; retrying on the next tick');
    }
  }

  /**
   * Claims `concurrency` rows at a time and refills when they are handed out, so a claimed row waits for
   * at most one delivery before its own (the lease must cover that). Other relays skip claimed rows.
   */
  private async pass(): Promise<RelayReport> {
    const { store, clock, leaseMs } = this.options;
    const counts = { delivered: 0, retrying: 0, dead: 0 };
    const size = this.options.concurrency ?? 32;
    const ready: OutboxRow[] = [];
    let claimed = 0;
    let exhausted = false;
    let claiming: Promise<void> | undefined;
    const refill = async () => {
      await this.flushMarks(); // the rows handed out so far are recorded before more are claimed
      const rows = await store.claimOutbox(clock.now(), size, { by: this.id, leaseMs });
      claimed += rows.length;
      if (rows.length < size || claimed >= MAX_PER_PASS) exhausted = true;
      ready.push(...rows);
    };
    const worker = async () => {
      for (;;) {
        const row = ready.shift();
        if (row) {
          counts[await this.deliver(row)]++;
          continue;
        }
        if (exhausted) return;
        claiming ??= refill().finally(() => (claiming = undefined));
        await claiming;
      }
    };
    await Promise.all(Array.from({ length: size }, worker));
    await this.flushMarks();
    return counts;
  }

  /** Commits the waiting done marks as one WriteSet; a refused set (one row recorded by another relay) mark by mark. */
  private async flushMarks(): Promise<void> {
    while (this.marks.length > 0) {
      const marks = this.marks.splice(0);
      const result = await this.options.store.commit({ outboxDelivered: marks });
      // One mark moved (another relay recorded its row first) refuses them all: each on its own, the moved one refused again.
      if (!result.ok && marks.length > 1)
        for (const mark of marks) await this.options.store.commit({ outboxDelivered: [mark] });
    }
  }

  private async deliver(row: OutboxRow): Promise<keyof RelayReport> {
    const { store, clock, log } = this.options;
    let outcome: DeliveryResult;
    try {
      const delivery = this.options.deliveries?.[row.kind];
      outcome = delivery ? await delivery(row) : await this.options.fallback(row);
    } catch (error) {
      return this.failed(row, error);
    }
    // Fenced by this relay's claim: once its lease ran out and another relay took the row, that relay records it.
    const mark = { seq: row.seq!, at: clock.now(), claimedBy: this.id };
    if (!outcome) {
      this.marks.push(mark);
      if (this.marks.length >= (this.options.concurrency ?? 32)) await this.flushMarks();
      return 'delivered';
    }
    const extra = 'write' in outcome ? outcome.write : outcome;
    const done = { outboxDelivered: [mark] };
    const result = await store.commit({ ...extra, ...done });
    if (result.ok && 'committed' in outcome) outcome.committed();
    // Refused: another relay recorded it first (outbox-moved), or the run it resumes moved on meanwhile.
    if (!result.ok && result.reason !== 'outbox-moved') {
      log.warn({ seq: row.seq, kind: row.kind, reason: result.reason }, 'delivery result refused; marking it done');
      await store.commit(done);
    }
    return 'delivered';
  }

  private async failed(row: OutboxRow, error: unknown): Promise<'retrying' | 'dead'> {
    const { store, clock, log, retry } = this.options;
    const now = clock.now();
    const attempts = (row.attempts ?? 0) + 1;
    const dead = error instanceof PermanentFailure || attempts >= retry.maxAttempts;
    const message = (error instanceof Error ? error.message : String(error)).slice(0, MAX_ERROR);
    const failure: OutboxFailure = {
      seq: row.seq!,
      // Fenced: a relay whose lease ran out must not release the row from the relay that took it over.
      claimedBy: this.id,
      attempts,
      nextAttemptAt: dead ? now : now + backoffMs(attempts, retry),
      error: message,
      deadAt: dead ? now : null,
    };
    await store.commit({ outboxFailed: [failure] });
    log.warn(
      { seq: row.seq, kind: row.kind, dedupeKey: row.dedupeKey, attempts, error: message },
      dead ? 'effect is a dead letter' : 'effect delivery failed; retrying later',
    );
    return dead ? 'dead' : 'retrying';
  }
}
