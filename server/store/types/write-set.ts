/** What one request changes: a WriteSet, committed atomically, and the answer. */
import type { FlowRecord, LiveRow, PublishRequestRow, VersionRow } from './flows';
import type { FulfilmentEventRow, IdempotencyRow, OrderRow, RunRow, RunStatus, WaitRow } from './orders';
import type { OutboxDone, OutboxFailure, OutboxRow, WebhookRow } from './outbox';
import type { AuditRow, SessionRow, TokenRow, UserRow } from './people';
import type { RolloutDiffRow, RolloutObservationRow, RolloutRow } from './rollouts';

/** Moves a run one step, only if nobody moved it since it was read. */
export interface RunStep {
  readonly runId: string;
  readonly expectedVersion: number;
  readonly status: RunStatus;
  readonly decisionsJson: string;
  readonly resultJson: string;
  readonly updatedAt: number;
}

export interface WaitClose {
  readonly runId: string;
  readonly closedAt: number;
  readonly resolution: string;
  readonly decidedBy: string;
  readonly comment: string | null;
}

/** Everything one request changes, applied atomically (or not at all). */
export interface WriteSet {
  /** Claimed first: a key already stored means the whole set is refused as 'duplicate-key'. */
  readonly idempotency?: IdempotencyRow;
  /** Compare-and-set on the run's version: refused as 'version-conflict' when it moved. */
  readonly runStep?: RunStep;
  readonly waitClose?: WaitClose;
  readonly users?: readonly UserRow[];
  readonly sessions?: readonly SessionRow[];
  readonly sessionsDeleted?: readonly string[];
  readonly tokens?: readonly TokenRow[];
  readonly tokensRevoked?: readonly { readonly id: string; readonly at: number }[];
  readonly flows?: readonly FlowRecord[];
  /** Refused as 'version-conflict' when the flow already has this number or this content (a concurrent publish). */
  readonly versions?: readonly VersionRow[];
  readonly live?: readonly LiveRow[];
  /** New publish requests (inserted). */
  readonly publishRequests?: readonly PublishRequestRow[];
  /**
   * An approval on a pending request: approvals, status and version change only if the request is still
   * pending with exactly the approvals read (compare-and-set), else refused as 'version-conflict'.
   */
  readonly publishApproval?: { readonly row: PublishRequestRow; readonly expectedApprovals: readonly string[] };
  readonly contexts?: readonly { readonly hash: string; readonly worldJson: string }[];
  /** Refused as 'duplicate-channel-order' when the channel already delivered this order id (or rejected record). */
  readonly orders?: readonly OrderRow[];
  readonly runs?: readonly RunRow[];
  readonly waits?: readonly WaitRow[];
  readonly waitsReminded?: readonly string[];
  /** Wait ids the aging guard raised to priority. */
  readonly waitsPrioritized?: readonly string[];
  /** Inserted once per dedupe key; a replay that emits the same effect adds nothing. */
  readonly outbox?: readonly OutboxRow[];
  /**
   * Refused as 'outbox-moved' when the row was already delivered (by another relay), or, with `claimedBy`,
   * when the row is no longer that relay's (its lease ran out and another relay claimed it): done is recorded once.
   */
  readonly outboxDelivered?: readonly OutboxDone[];
  readonly outboxFailed?: readonly OutboxFailure[];
  /** Dead letters sent back to the queue (attempts start again); refused as 'outbox-moved' unless dead. */
  readonly outboxRetried?: readonly { readonly seq: number; readonly at: number }[];
  /** Dead letters dropped for good; refused as 'outbox-moved' unless dead. */
  readonly outboxDiscarded?: readonly { readonly seq: number; readonly at: number }[];
  readonly webhooks?: readonly WebhookRow[];
  readonly webhooksDeleted?: readonly { readonly id: string; readonly at: number }[];
  readonly audit?: readonly AuditRow[];
  /** Inserts a rollout (expectedRevision null) or changes it only if its revision is still the one read. */
  readonly rollout?: { readonly row: RolloutRow; readonly expectedRevision: number | null };
  readonly rolloutObservations?: readonly RolloutObservationRow[];
  readonly rolloutDiffs?: readonly RolloutDiffRow[];
  readonly fulfilmentEvents?: readonly FulfilmentEventRow[];
  /** Drops idempotency keys and sessions that expired before this instant. */
  readonly purgeBefore?: number;
}

export type CommitRefusal = 'duplicate-key' | 'version-conflict' | 'duplicate-channel-order' | 'outbox-moved';
export type CommitResult = { readonly ok: true } | { readonly ok: false; readonly reason: CommitRefusal };
