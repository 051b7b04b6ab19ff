/** Orders as received, their runs and holds, idempotency keys and fulfilment events. */

export interface OrderRow {
  readonly id: string;
  readonly orderId: string | null;
  readonly channel: string | null;
  readonly channelOrderId: string | null;
  readonly bodyJson: string;
  readonly status: 'accepted' | 'rejected';
  readonly problemsJson: string | null;
  readonly receivedBy: string;
  readonly receivedAt: number;
  /** The intake response, so a channel's redelivery gets the same answer. */
  readonly responseJson: string | null;
  /**
   * A rejected channel record's SHA-256 (of its text as received): a redelivery of the same record is a
   * duplicate, not another rejected row. Absent on other orders.
   */
  readonly payloadHash?: string | null;
}

export type RunStatus = 'completed' | 'waiting' | 'rejected' | 'failed';

export interface RunRow {
  readonly id: string;
  readonly intakeId: string;
  readonly flowId: string;
  readonly flowVersion: number;
  readonly contentHash: string;
  readonly contextHash: string;
  /** The run's `now`, so a replay sees the instant the order arrived. */
  readonly runNow: string;
  readonly orderId: string;
  readonly channel: string;
  readonly decisionsJson: string;
  readonly status: RunStatus;
  readonly version: number;
  readonly resultJson: string;
  readonly createdBy: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}

export interface WaitRow {
  readonly id: string;
  readonly runId: string;
  readonly runVersion: number;
  readonly nodeId: string;
  /** 'api-call': the host is calling an API for the run (no person decides it). */
  readonly kind: 'approval' | 'qc' | 'api-call';
  readonly role: string;
  readonly reason: string;
  readonly portsJson: string;
  readonly createdAt: number;
  readonly dueAt: number | null;
  readonly remindAt: number | null;
  readonly reminded: boolean;
  readonly closedAt: number | null;
  readonly resolution: string | null;
  readonly decidedBy: string | null;
  readonly comment: string | null;
  /** Raised by the remote-region aging guard: listed first in the inbox. */
  readonly priority?: boolean;
}

export interface IdempotencyRow {
  readonly scope: string;
  readonly key: string;
  readonly fingerprint: string;
  readonly status: number;
  readonly headersJson: string;
  readonly body: string;
  readonly createdAt: number;
  readonly expiresAt: number;
}

/** One fulfilment event as received (health/events.ts schema, kept verbatim in eventJson). */
export interface FulfilmentEventRow {
  readonly seq?: number;
  readonly orderId: string;
  readonly type: string;
  readonly at: string;
  readonly eventJson: string;
  readonly receivedBy: string;
  readonly receivedAt: number;
}

export interface RunFilter {
  readonly flowId?: string;
  readonly flowVersion?: number;
  readonly status?: RunStatus;
  readonly channel?: string;
  readonly from?: number;
  readonly to?: number;
  readonly limit: number;
  /** Runs created before this run id's position (keyset paging, newest first). */
  readonly before?: { readonly createdAt: number; readonly id: string };
}
