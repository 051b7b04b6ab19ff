/**
 * The server's storage, as one interface: SQLite today (sqlite/), PostgreSQL later behind the same
 * methods and its own migrations. Reads return plain rows; every change goes through `commit`, one
 * atomic WriteSet, so callers never hold a transaction open across an await.
 */
import type { Role } from '../auth/roles';

export interface UserRow {
  readonly id: string;
  readonly username: string;
  readonly passwordHash: string;
  readonly roles: readonly Role[];
  readonly approvalRoles: readonly string[];
  readonly disabled: boolean;
  readonly createdAt: number;
  readonly updatedAt: number;
}

export interface SessionRow {
  readonly tokenHash: string;
  readonly userId: string;
  readonly createdAt: number;
  readonly expiresAt: number;
}

export interface TokenRow {
  readonly id: string;
  readonly name: string;
  readonly tokenHash: string;
  readonly roles: readonly Role[];
  readonly approvalRoles: readonly string[];
  readonly createdBy: string;
  readonly createdAt: number;
  readonly revokedAt: number | null;
}

export interface FlowRecord {
  readonly id: string;
  readonly name: string;
  readonly draftJson: string;
  readonly casesJson: string | null;
  readonly requiredApprovals: number;
  readonly updatedBy: string;
  readonly updatedAt: number;
  readonly createdAt: number;
}

export interface VersionRow {
  readonly flowId: string;
  readonly version: number;
  readonly contentHash: string;
  readonly flowJson: string;
  readonly casesJson: string | null;
  readonly author: string;
  readonly publishedBy: string;
  readonly publishedAt: number;
  readonly note: string;
}

export interface LiveRow {
  readonly flowId: string;
  readonly version: number;
  readonly switchedAt: number;
  readonly switchedBy: string;
}

export type PublishRequestStatus = 'pending' | 'published' | 'refused';

export interface PublishRequestRow {
  readonly id: string;
  readonly flowId: string;
  readonly flowJson: string;
  readonly casesJson: string | null;
  readonly contentHash: string;
  readonly note: string;
  readonly author: string;
  readonly requiredApprovals: number;
  /** User ids that approved, in order. */
  readonly approvals: readonly string[];
  readonly status: PublishRequestStatus;
  readonly version: number | null;
  readonly createdAt: number;
}

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

export interface AuditRow {
  readonly seq?: number;
  readonly at: number;
  readonly actor: string;
  readonly action: string;
  readonly subject: string;
  readonly beforeJson: string | null;
  readonly afterJson: string | null;
}

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

export type RolloutMode = 'shadow' | 'canary' | 'ab';
export type RolloutState = 'running' | 'paused' | 'rolled-back' | 'completed';
/** running and paused rollouts assign orders; rolled-back and completed ones are history. */
export const ACTIVE_ROLLOUT_STATES: readonly RolloutState[] = ['running', 'paused'];

/** A candidate version of a flow tried against the live one (see services/rollouts.ts). */
export interface RolloutRow {
  readonly id: string;
  readonly flowId: string;
  readonly candidateVersion: number;
  /** The live version when the rollout started; orders are split only while it is still live. */
  readonly baseVersion: number;
  readonly mode: RolloutMode;
  readonly state: RolloutState;
  /** The candidate's share of customers now (0 in shadow mode and after a rollback). */
  readonly percent: number;
  readonly stageIndex: number;
  readonly stageStartedAt: number;
  /** JSON: the ramp, guardrail settings, A/B metric (services/rollouts.ts RolloutSettings). */
  readonly settingsJson: string;
  /** Candidate-arm orders of this stage at the last guardrail look (looks are spaced by sample, not time). */
  readonly checkedOrders: number;
  readonly reason: string | null;
  readonly createdBy: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  /** Compare-and-set counter: every change adds one. */
  readonly revision: number;
}

export type RolloutArm = 'candidate' | 'baseline' | 'live' | 'shadow';

/** What one run counted for a rollout's guardrails (runtime/rollout/observation.ts), per stage and arm. */
export interface RolloutObservationRow {
  readonly rolloutId: string;
  readonly stage: number;
  readonly arm: RolloutArm;
  readonly runId: string | null;
  readonly orderId: string;
  readonly error: boolean;
  readonly review: boolean;
  readonly currency: string | null;
  readonly discount: number;
  readonly routed: boolean;
  readonly costCurrency: string | null;
  readonly cost: number;
  readonly remote: boolean;
  readonly remoteServed: boolean;
  /** Shadow arm: effects the candidate produced, captured and never executed. */
  readonly capturedEffects: number;
  readonly createdAt: number;
}

/** Shadow mode: where the candidate would have decided an order differently from live. */
export interface RolloutDiffRow {
  readonly rolloutId: string;
  readonly orderId: string;
  readonly intakeId: string;
  /** The live run (what happened); the candidate's result is kept in resultJson. */
  readonly liveRunId: string;
  readonly diffsJson: string;
  readonly candidateResultJson: string;
  readonly createdAt: number;
}

/** Sums of observations of one arm, one order currency and one cost currency (store-side aggregation). */
export interface RolloutArmSums {
  readonly arm: RolloutArm;
  readonly currency: string | null;
  readonly costCurrency: string | null;
  readonly orders: number;
  readonly errors: number;
  readonly reviews: number;
  readonly remote: number;
  readonly remoteServed: number;
  readonly discountSum: number;
  readonly discountSq: number;
  readonly routed: number;
  readonly costSum: number;
  readonly costSq: number;
  readonly capturedEffects: number;
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

export interface RunStore {
  commit(write: WriteSet): Promise<CommitResult>;

  userByName(username: string): Promise<UserRow | undefined>;
  userById(id: string): Promise<UserRow | undefined>;
  listUsers(): Promise<UserRow[]>;
  countUsers(): Promise<number>;
  session(tokenHash: string): Promise<SessionRow | undefined>;
  tokenByHash(tokenHash: string): Promise<TokenRow | undefined>;
  listTokens(): Promise<TokenRow[]>;

  flow(id: string): Promise<FlowRecord | undefined>;
  listFlows(): Promise<FlowRecord[]>;
  version(flowId: string, version: number): Promise<VersionRow | undefined>;
  versionByHash(flowId: string, contentHash: string): Promise<VersionRow | undefined>;
  listVersions(flowId: string): Promise<VersionRow[]>;
  live(flowId: string): Promise<LiveRow | undefined>;
  /** Changes whenever any flow's live version does (cheap to ask on every order). */
  liveSignature(): Promise<string>;
  /** Every flow's live version with its content. */
  liveVersions(): Promise<VersionRow[]>;
  publishRequest(id: string): Promise<PublishRequestRow | undefined>;
  listPublishRequests(flowId?: string): Promise<PublishRequestRow[]>;
  worldJson(hash: string): Promise<string | undefined>;

  idempotency(scope: string, key: string): Promise<IdempotencyRow | undefined>;
  orderByChannelId(channel: string, channelOrderId: string): Promise<OrderRow | undefined>;
  /** The rejected record this channel already sent with this payload hash (see OrderRow.payloadHash). */
  rejectedByPayload(channel: string, payloadHash: string): Promise<OrderRow | undefined>;
  order(id: string): Promise<OrderRow | undefined>;
  /** Orders as received, newest first, optionally only accepted or rejected ones. */
  listOrders(status: OrderRow['status'] | undefined, limit: number): Promise<OrderRow[]>;

  run(id: string): Promise<RunRow | undefined>;
  listRuns(filter: RunFilter): Promise<RunRow[]>;
  openWait(runId: string): Promise<WaitRow | undefined>;
  waitsOfRun(runId: string): Promise<WaitRow[]>;
  /** Open waits for people (no api-call waits) of these roles (all when undefined), earliest deadline first. */
  openWaits(roles: readonly string[] | undefined, limit: number): Promise<WaitRow[]>;
  dueWaits(now: number, limit: number): Promise<WaitRow[]>;
  remindableWaits(now: number, limit: number): Promise<WaitRow[]>;
  openWaitCounts(): Promise<Record<string, number>>;
  /** Open waits of remote-region orders created before this instant and not yet raised to priority. */
  agingRemoteWaits(createdBefore: number, limit: number): Promise<WaitRow[]>;

  rollout(id: string): Promise<RolloutRow | undefined>;
  /** Newest first; one flow's when flowId is given. */
  listRollouts(flowId: string | undefined, limit: number): Promise<RolloutRow[]>;
  /** Rollouts that assign orders (running or paused). */
  activeRollouts(): Promise<RolloutRow[]>;
  /** Observation sums of one stage (every stage when undefined), by arm and currencies. */
  rolloutSums(rolloutId: string, stage: number | undefined): Promise<RolloutArmSums[]>;
  rolloutDiffs(rolloutId: string, limit: number): Promise<RolloutDiffRow[]>;
  countRolloutDiffs(rolloutId: string): Promise<number>;

  /** Fulfilment events of these orders, in arrival order. */
  eventsOfOrders(orderIds: readonly string[]): Promise<FulfilmentEventRow[]>;

  listAudit(afterSeq: number, limit: number): Promise<AuditRow[]>;
  /** Every undelivered row (dead letters included), oldest first. */
  pendingOutbox(limit: number): Promise<OutboxRow[]>;
  /** Rows the relay should try now: undelivered, not dead, next attempt due; earliest first. */
  dueOutbox(now: number, limit: number): Promise<OutboxRow[]>;
  /**
   * Takes up to `limit` due rows for one relay: they are leased to `claim.by` until now + `claim.leaseMs`,
   * and no other relay gets them before the lease ends (or a failed try releases them). Earliest first.
   */
  claimOutbox(now: number, limit: number, claim: OutboxClaim): Promise<OutboxRow[]>;
  /** Dead letters not yet retried or discarded, newest first. */
  deadOutbox(limit: number): Promise<OutboxRow[]>;
  outboxEntry(seq: number): Promise<OutboxRow | undefined>;

  /** Subscriptions not deleted, oldest first. */
  listWebhooks(): Promise<WebhookRow[]>;
  /**
   * The order events at least one subscription takes, for stores that can tell cheaply (cached until a
   * webhook changes): event rows nobody takes are then not written. Absent: every event row is written
   * and the relay's fan-out finds no subscriber for the others.
   */
  subscribedEvents?(): Promise<ReadonlySet<string>>;

  /** Finishes queued commits and closes the database. */
  close(): Promise<void>;
}
