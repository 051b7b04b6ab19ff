import type Database from 'better-sqlite3';
import type { CommitResult, RunStore, WriteSet } from '../types/index';
import { GroupCommit } from './group-commit';
import { KeptUntilChange } from './kept-until-change';
import { openSqlite, type Synchronous } from './open';
import * as flows from './sqlite-flows';
import * as orders from './sqlite-orders';
import * as outbox from './sqlite-outbox';
import * as people from './sqlite-people';
import { SqliteReads } from './sqlite-reads';
import * as rollouts from './sqlite-rollouts';

export interface SqliteStoreOptions {
  readonly dataDir: string;
  readonly synchronous: Synchronous;
  /** Most WriteSets committed in one transaction (group commit). */
  readonly maxBatch?: number;
}

/**
 * RunStore on one SQLite file. Writes queued during one event-loop turn are committed together in one
 * `BEGIN IMMEDIATE` transaction (./group-commit.ts): one fsync for many requests, and every caller is
 * answered only after its commit. Reads are synchronous statements behind the async RunStore methods.
 */
export class SqliteStore implements RunStore {
  private readonly db: Database.Database;
  private readonly reads: SqliteReads;
  private readonly commits: GroupCommit;
  private closed = false;
  private readonly liveSignatures: KeptUntilChange<string>;
  private readonly subscriptions: KeptUntilChange<ReadonlySet<string>>;

  constructor(options: SqliteStoreOptions) {
    this.db = openSqlite(options.dataDir, options.synchronous);
    this.reads = new SqliteReads(this.db);
    const dataVersion = this.db.prepare('PRAGMA data_version').pluck();
    this.liveSignatures = new KeptUntilChange(dataVersion, () => flows.readLiveSignature(this.reads));
    this.subscriptions = new KeptUntilChange(dataVersion, () => outbox.readSubscribedEvents(this.reads));
    // Our own commits do not move data_version: what they change is forgotten before their callers hear.
    this.commits = new GroupCommit(this.db, options.maxBatch ?? 1000, (sets) => {
      if (sets.some((set) => set.live?.length)) this.liveSignatures.forget();
      if (sets.some((set) => set.webhooks?.length || set.webhooksDeleted?.length)) this.subscriptions.forget();
    });
  }

  get database(): Database.Database {
    return this.db;
  }

  commit(set: WriteSet): Promise<CommitResult> {
    if (this.closed) return Promise.reject(new Error('the store is closed'));
    return this.commits.commit(set);
  }

  /** Commits everything queued now (also called on close). */
  flush(): void {
    this.commits.flush();
  }

  // Users, sessions, tokens, audit: ./sqlite-people.ts
  readonly userByName: RunStore['userByName'] = (username) => people.userByName(this.reads, username);
  readonly userById: RunStore['userById'] = (id) => people.userById(this.reads, id);
  readonly listUsers: RunStore['listUsers'] = () => people.listUsers(this.reads);
  readonly countUsers: RunStore['countUsers'] = () => people.countUsers(this.reads);
  readonly session: RunStore['session'] = (tokenHash) => people.session(this.reads, tokenHash);
  readonly tokenByHash: RunStore['tokenByHash'] = (tokenHash) => people.tokenByHash(this.reads, tokenHash);
  readonly listTokens: RunStore['listTokens'] = () => people.listTokens(this.reads);
  readonly listAudit: RunStore['listAudit'] = (afterSeq, limit) => people.listAudit(this.reads, afterSeq, limit);

  // Flows, versions, live, publish requests: ./sqlite-flows.ts
  readonly flow: RunStore['flow'] = (id) => flows.flow(this.reads, id);
  readonly listFlows: RunStore['listFlows'] = () => flows.listFlows(this.reads);
  readonly version: RunStore['version'] = (flowId, version) => flows.version(this.reads, flowId, version);
  readonly versionByHash: RunStore['versionByHash'] = (flowId, contentHash) =>
    flows.versionByHash(this.reads, flowId, contentHash);
  readonly listVersions: RunStore['listVersions'] = (flowId) => flows.listVersions(this.reads, flowId);
  readonly live: RunStore['live'] = (flowId) => flows.live(this.reads, flowId);
  /** Asked on every order: re-read only after a live switch here or any commit through another connection. */
  readonly liveSignature: RunStore['liveSignature'] = async () => this.liveSignatures.get();
  readonly liveVersions: RunStore['liveVersions'] = () => flows.liveVersions(this.reads);
  readonly publishRequest: RunStore['publishRequest'] = (id) => flows.publishRequest(this.reads, id);
  readonly listPublishRequests: RunStore['listPublishRequests'] = (flowId) =>
    flows.listPublishRequests(this.reads, flowId);
  readonly worldJson: RunStore['worldJson'] = (hash) => flows.worldJson(this.reads, hash);

  // Orders, runs, holds: ./sqlite-orders.ts
  readonly idempotency: RunStore['idempotency'] = (scope, key) => orders.idempotency(this.reads, scope, key);
  readonly orderByChannelId: RunStore['orderByChannelId'] = (channel, channelOrderId) =>
    orders.orderByChannelId(this.reads, channel, channelOrderId);
  readonly rejectedByPayload: RunStore['rejectedByPayload'] = (channel, payloadHash) =>
    orders.rejectedByPayload(this.reads, channel, payloadHash);
  readonly order: RunStore['order'] = (id) => orders.order(this.reads, id);
  readonly listOrders: RunStore['listOrders'] = (status, limit) => orders.listOrders(this.reads, status, limit);
  readonly run: RunStore['run'] = (id) => orders.run(this.reads, id);
  readonly listRuns: RunStore['listRuns'] = (filter) => orders.listRuns(this.reads, filter);
  readonly openWait: RunStore['openWait'] = (runId) => orders.openWait(this.reads, runId);
  readonly waitsOfRun: RunStore['waitsOfRun'] = (runId) => orders.waitsOfRun(this.reads, runId);
  readonly openWaits: RunStore['openWaits'] = (roles, limit) => orders.openWaits(this.reads, roles, limit);
  readonly dueWaits: RunStore['dueWaits'] = (now, limit) => orders.dueWaits(this.reads, now, limit);
  readonly remindableWaits: RunStore['remindableWaits'] = (now, limit) =>
    orders.remindableWaits(this.reads, now, limit);
  readonly agingRemoteWaits: RunStore['agingRemoteWaits'] = (createdBefore, limit) =>
    orders.agingRemoteWaits(this.reads, createdBefore, limit);
  readonly openWaitCounts: RunStore['openWaitCounts'] = () => orders.openWaitCounts(this.reads);
  readonly eventsOfOrders: RunStore['eventsOfOrders'] = (orderIds) => orders.eventsOfOrders(this.reads, orderIds);

  // Rollouts: ./sqlite-rollouts.ts
  readonly rollout: RunStore['rollout'] = (id) => rollouts.rollout(this.reads, id);
  readonly listRollouts: RunStore['listRollouts'] = (flowId, limit) => rollouts.listRollouts(this.reads, flowId, limit);
  readonly activeRollouts: RunStore['activeRollouts'] = () => rollouts.activeRollouts(this.reads);
  readonly rolloutSums: RunStore['rolloutSums'] = (rolloutId, stage) =>
    rollouts.rolloutSums(this.reads, rolloutId, stage);
  readonly rolloutDiffs: RunStore['rolloutDiffs'] = (rolloutId, limit) =>
    rollouts.rolloutDiffs(this.reads, rolloutId, limit);
  readonly countRolloutDiffs: RunStore['countRolloutDiffs'] = (rolloutId) =>
    rollouts.countRolloutDiffs(this.reads, rolloutId);

  // Outbox and webhooks: ./sqlite-outbox.ts
  readonly pendingOutbox: RunStore['pendingOutbox'] = (limit) => outbox.pendingOutbox(this.reads, limit);
  readonly dueOutbox: RunStore['dueOutbox'] = (now, limit) => outbox.dueOutbox(this.reads, now, limit);
  readonly claimOutbox: RunStore['claimOutbox'] = (now, limit, claim) =>
    outbox.claimOutbox(this.reads, now, limit, claim);
  readonly deadOutbox: RunStore['deadOutbox'] = (limit) => outbox.deadOutbox(this.reads, limit);
  readonly outboxEntry: RunStore['outboxEntry'] = (seq) => outbox.outboxEntry(this.reads, seq);
  readonly listWebhooks: RunStore['listWebhooks'] = () => outbox.listWebhooks(this.reads);
  /** Asked on every order, like liveSignature: re-read only after a webhook change here or any commit elsewhere. */
  readonly subscribedEvents = async (): Promise<ReadonlySet<string>> => this.subscriptions.get();

  async close(): Promise<void> {
    if (this.closed) return;
    this.flush();
    this.closed = true;
    this.db.close();
  }
}
