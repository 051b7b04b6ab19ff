import type { FlowRecord, LiveRow, PublishRequestRow, VersionRow } from './flows';
import type { FulfilmentEventRow, IdempotencyRow, OrderRow, RunFilter, RunRow, WaitRow } from './orders';
import type { OutboxClaim, OutboxRow, WebhookRow } from './outbox';
import type { AuditRow, SessionRow, TokenRow, UserRow } from './people';
import type { RolloutArmSums, RolloutDiffRow, RolloutRow } from './rollouts';
import type { CommitResult, WriteSet } from './write-set';

/**
 * The server's storage, as one interface: SQLite (../sqlite/) or PostgreSQL (../postgres/), each with
 * its own migrations behind the same methods. Reads return plain rows; every change goes through `commit`, one
 * atomic WriteSet, so callers never hold a transaction open across an await.
 */
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
