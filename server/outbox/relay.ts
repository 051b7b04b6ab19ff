import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../clock';
import type { OutboxRow, RunStore } from '../store/types';

/** Where effects go (a webhook, a message bus); delivery is at least once, so receivers dedupe on `dedupeKey`. */
export type EffectSink = (effect: OutboxRow) => Promise<void>;

/** The default sink: a log line per effect, for a server without integrations yet. */
export const logSink =
  (log: FastifyBaseLogger): EffectSink =>
  async (effect) => {
    log.info({ effect: { kind: effect.kind, dedupeKey: effect.dedupeKey, runId: effect.runId } }, 'effect delivered');
  };

/** Delivers pending outbox rows in order and marks each done once delivered. */
export class OutboxRelay {
  private timer: NodeJS.Timeout | undefined;
  private busy = false;

  constructor(
    private readonly store: RunStore,
    private readonly clock: Clock,
    private readonly sink: EffectSink,
    private readonly log: FastifyBaseLogger,
  ) {}

  start(intervalMs: number): void {
    this.timer = setInterval(() => void this.relayOnce(), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  async relayOnce(): Promise<number> {
    if (this.busy) return 0;
    this.busy = true;
    let delivered = 0;
    try {
      for (const effect of await this.store.pendingOutbox(500)) {
        await this.sink(effect);
        await this.store.commit({ outboxDelivered: [{ seq: effect.seq!, at: this.clock.now() }] });
        delivered++;
      }
    } catch (error) {
      this.log.warn({ err: error }, 'effect delivery failed; retrying on the next tick');
    } finally {
      this.busy = false;
    }
    return delivered;
  }
}
