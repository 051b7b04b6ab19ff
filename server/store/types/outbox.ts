/** The outbox the relay delivers from, and the webhook subscriptions it delivers to. */

export interface OutboxRow {
  readonly seq?: number;
  readonly dedupeKey: string;
  readonly runId: string | null;
  readonly kind: string;
  readonly payloadJson: string;
  readonly createdAt: number;
  readonly deliveredAt?: number | null;
  readonly attempts?: number;
  /** The relay leaves the row alone until then (backoff after a failed try). */
  readonly nextAttemptAt?: number;
  readonly lastError?: string | null;
  /** Set after the last allowed attempt failed: a dead letter, until an admin retries or discards it. */
  readonly deadAt?: number | null;
  readonly discardedAt?: number | null;
}

/** The order relays take rows in: the earliest next attempt, then the oldest row. */
export const dueFirst = (a: OutboxRow, b: OutboxRow): number =>
  (a.nextAttemptAt ?? 0) - (b.nextAttemptAt ?? 0) || (a.seq ?? 0) - (b.seq ?? 0);

export type OutboxStatus = 'pending' | 'delivered' | 'dead' | 'discarded';

export const outboxStatus = (row: OutboxRow): OutboxStatus =>
  row.deliveredAt != null
    ? 'delivered'
    : row.discardedAt != null
      ? 'discarded'
      : row.deadAt != null
        ? 'dead'
        : 'pending';

/** Who claims outbox rows (a relay's id, for an admin reading the table) and for how long. */
export interface OutboxClaim {
  readonly by: string;
  readonly leaseMs: number;
}

/** A delivered row; `claimedBy` fences it to the relay that holds the row's claim. */
export interface OutboxDone {
  readonly seq: number;
  readonly at: number;
  readonly claimedBy?: string;
}

/**
 * A failed delivery: when to try again, or (deadAt set) that it is now a dead letter. With `claimedBy`, it
 * changes the row only while that relay still holds the claim (fencing: a relay whose lease ran out must not
 * release the row from the relay that took it over).
 */
export interface OutboxFailure {
  readonly seq: number;
  readonly claimedBy?: string;
  readonly attempts: number;
  readonly nextAttemptAt: number;
  readonly error: string;
  readonly deadAt: number | null;
}

/** A URL subscribed to order events; deliveries are signed with `secret`. */
export interface WebhookRow {
  readonly id: string;
  readonly url: string;
  readonly events: readonly string[];
  readonly secret: string;
  readonly description: string;
  readonly createdBy: string;
  readonly createdAt: number;
  readonly deletedAt: number | null;
}
