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
  readonly kind: 'approval' | 'qc';
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
  readonly versions?: readonly VersionRow[];
  readonly live?: readonly LiveRow[];
  readonly publishRequests?: readonly PublishRequestRow[];
  readonly contexts?: readonly { readonly hash: string; readonly worldJson: string }[];
  /** Refused as 'duplicate-channel-order' when the channel already delivered this order id. */
  readonly orders?: readonly OrderRow[];
  readonly runs?: readonly RunRow[];
  readonly waits?: readonly WaitRow[];
  readonly waitsReminded?: readonly string[];
  /** Inserted once per dedupe key; a replay that emits the same effect adds nothing. */
  readonly outbox?: readonly OutboxRow[];
  readonly outboxDelivered?: readonly { readonly seq: number; readonly at: number }[];
  readonly audit?: readonly AuditRow[];
  /** Drops idempotency keys and sessions that expired before this instant. */
  readonly purgeBefore?: number;
}

export type CommitRefusal = 'duplicate-key' | 'version-conflict' | 'duplicate-channel-order';
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
  order(id: string): Promise<OrderRow | undefined>;
  /** Orders as received, newest first, optionally only accepted or rejected ones. */
  listOrders(status: OrderRow['status'] | undefined, limit: number): Promise<OrderRow[]>;

  run(id: string): Promise<RunRow | undefined>;
  listRuns(filter: RunFilter): Promise<RunRow[]>;
  openWait(runId: string): Promise<WaitRow | undefined>;
  waitsOfRun(runId: string): Promise<WaitRow[]>;
  /** Open waits for these roles (all when undefined), earliest deadline first. */
  openWaits(roles: readonly string[] | undefined, limit: number): Promise<WaitRow[]>;
  dueWaits(now: number, limit: number): Promise<WaitRow[]>;
  remindableWaits(now: number, limit: number): Promise<WaitRow[]>;
  openWaitCounts(): Promise<Record<string, number>>;

  listAudit(afterSeq: number, limit: number): Promise<AuditRow[]>;
  pendingOutbox(limit: number): Promise<OutboxRow[]>;

  /** Finishes queued commits and closes the database. */
  close(): Promise<void>;
}
