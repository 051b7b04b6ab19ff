import { z } from 'zod';
import type { Order } from '../order/order.schema';

export const RUN_STATE_FORMAT = 'orderflow/run-state';
export const RUN_STATE_FORMAT_VERSION = 2;

/**
 * What a waiting run keeps so it can be resumed: the order as it came in, the flow it ran on (by
 * content hash) and the decisions given so far. No outcome, totals or trace: resuming replays the run
 * from the start, so those can only be what the flow computes, whatever the holder of the state did to it.
 */
export interface RunState {
  readonly format: typeof RUN_STATE_FORMAT;
  readonly formatVersion: typeof RUN_STATE_FORMAT_VERSION;
  readonly flowId: string;
  /** SHA-256 of what the flow does (see flowContentHash); resume refuses a state from another version. */
  readonly flowHash: string;
  readonly order: Order;
  /** Waiting node id → the port decided, for every wait passed so far. */
  readonly decisions: Readonly<Record<string, string>>;
  /** The node that waits for the next decision; resume checks the replay stops there. */
  readonly waitingAt: string;
}

/**
 * The shape of a state handed back. The order inside is checked by the order schema itself, and
 * everything else by replaying; this only makes sure the parts are there and of the right kind.
 */
export const runStateSchema = z.strictObject({
  format: z.string(),
  formatVersion: z.number(),
  flowId: z.string().max(64),
  flowHash: z.string().max(128),
  order: z.unknown(),
  decisions: z.record(z.string().max(64), z.string().max(64)),
  waitingAt: z.string().max(64),
});
