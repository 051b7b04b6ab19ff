import pg from 'pg';
import type { CommitRefusal, CommitResult, RunStore, WriteSet } from '../types/index';
import { functionArgument, REFUSED, writeSetSql } from './pg-apply';
import { migrate } from './pg-migrate';
import * as flows from './pg-flows';
import * as orders from './pg-orders';
import * as outbox from './pg-outbox';
import * as people from './pg-people';
import { PreparedReads } from './pg-reads';
import * as rollouts from './pg-rollouts';

export interface PgStoreOptions {
  /** postgres://user@host:port/database */
  readonly url: string;
  /** The schema holding the tables (created when missing); `public` when unset. Tests use one each. */
  readonly schema?: string;
  /** Connections per process; every commit holds one for its transaction. */
  readonly poolSize?: number;
  /**
   * How long a verified API token is kept in this process (default 1 s). A revocation committed here is
   * seen at once; one committed by another process within this time.
   */
  readonly tokenCacheMs?: number;
  /**
   * How long this process keeps the set of subscribed order events (default 1 s; asked on every order).
   * A webhook change committed here is seen at once; one committed by another process within this time.
   */
  readonly subscriptionCacheMs?: number;
}

const INT8 = 20;
/** BIGINT (our millisecond times, sequences, counts) as a JS number: exact below 2^53, which ms times stay under. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
};

/** orderflow_apply (migration 007-apply-function) as a named prepared statement. */
const APPLY = { name: 'orderflow_apply', text: 'SELECT orderflow_apply($1::jsonb)' } as const;

/** Deadlock and serialization failures: the whole transaction is retried (nothing of it was kept). */
const RETRYABLE = new Set(['40P01', '40001']);

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * RunStore on PostgreSQL through a connection pool. `commit` is one transaction (READ COMMITTED): the
 * run-step UPDATE carries `version = expected`, so of two racing writers the second re-reads the row
 * after the first commits, matches nothing and is refused 'version-conflict' — across any number of
 * processes. Readers never wait for writers.
 */ export class PgStore implements RunStore {
  private closed = false;
  /** The area modules read through this (named prepared statements). */
  private readonly db: PreparedReads;
  private readonly tokens: people.KeptTokens;
  private readonly subscriptions: outbox.KeptSubscriptions;

  private constructor(
    private readonly pool: pg.Pool,
    readonly schema: string,
    tokenCacheMs: number,
    subscriptionCacheMs: number,
  ) {
    this.db = new PreparedReads(pool);
    this.tokens = new people.KeptTokens(this.db, tokenCacheMs);
    this.subscriptions = new outbox.KeptSubscriptions(this.db, subscriptionCacheMs);
  }

  /** Connects, creates the schema when missing and applies pending migrations. */
  static async open(options: PgStoreOptions): Promise<PgStore> {
    const schema = options.schema ?? 'public';
    if (!SCHEMA_NAME.test(schema))
      throw new Error(`ORDERFLOW_DATABASE_SCHEMA "${schema}": use lower-case letters, digits and _ only`);
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      types,
      // Every connection sees only this deployment's schema.
      options: `-c search_path=${schema}`,
      // How pg_stat_activity names this deployment's connections (and how the bench finds their CPU).
      application_name: `orderflow:${schema}`,
    });
    // An idle connection that dies (database restart) must not crash the process; the pool replaces it.
    pool.on('error', () => undefined);
    const store = new PgStore(pool, schema, options.tokenCacheMs ?? 1000, options.subscriptionCacheMs ?? 1000);
    try {
      await migrate(pool, schema);
    } catch (error) {
      await pool.end();
      throw error;
    }
    return store;
  }

  async commit(set: WriteSet): Promise<CommitResult> {
    if (this.closed) throw new Error('the store is closed');
    // The common sets go to the stored function as a prepared statement (planned once per connection);
    // the rest as a DO block. Either is one statement: its own transaction, applied whole or not at all.
    const argument = functionArgument(set);
    const statement = argument === undefined ? writeSetSql(set) : { ...APPLY, values: [argument] };
    if (!statement) return { ok: true };
    // A revoked token is forgotten before and after its commit, and a lookup running meanwhile keeps nothing.
    const revoked = set.tokensRevoked ?? [];
    this.tokens.forget(revoked);
    // Likewise the subscribed events: a lookup started during the commit may have read the old set.
    const webhooksChange = Boolean(set.webhooks?.length || set.webhooksDeleted?.length);
    if (webhooksChange) this.subscriptions.forget();
    try {
      return await this.apply(statement);
    } finally {
      this.tokens.forget(revoked);
      if (webhooksChange) this.subscriptions.forget();
    }
  }

  private async apply(statement: string | pg.QueryConfig): Promise<CommitResult> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.pool.query(statement);
        return { ok: true };
      } catch (error) {
        const { code, message } = error as { code?: string; message?: string };
        if (message?.startsWith(REFUSED)) return { ok: false, reason: message.slice(REFUSED.length) as CommitRefusal };
        if (code !== undefined && RETRYABLE.has(code) && attempt < 5) continue;
        throw error;
      }
    }
  }

  // Users, sessions, tokens, audit: ./pg-people.ts
  readonly tokenByHash: RunStore['tokenByHash'] = (tokenHash) => this.tokens.byHash(tokenHash);
  readonly userByName: RunStore['userByName'] = (username) => people.userByName(this.db, username);
  readonly userById: RunStore['userById'] = (id) => people.userById(this.db, id);
  readonly listUsers: RunStore['listUsers'] = () => people.listUsers(this.db);
  readonly countUsers: RunStore['countUsers'] = () => people.countUsers(this.db);
  readonly session: RunStore['session'] = (tokenHash) => people.session(this.db, tokenHash);
  readonly listTokens: RunStore['listTokens'] = () => people.listTokens(this.db);
  readonly listAudit: RunStore['listAudit'] = (afterSeq, limit) => people.listAudit(this.db, afterSeq, limit);

  // Flows, versions, live, publish requests: ./pg-flows.ts
  readonly flow: RunStore['flow'] = (id) => flows.flow(this.db, id);
  readonly listFlows: RunStore['listFlows'] = () => flows.listFlows(this.db);
  readonly version: RunStore['version'] = (flowId, version) => flows.version(this.db, flowId, version);
  readonly versionByHash: RunStore['versionByHash'] = (flowId, contentHash) =>
    flows.versionByHash(this.db, flowId, contentHash);
  readonly listVersions: RunStore['listVersions'] = (flowId) => flows.listVersions(this.db, flowId);
  readonly live: RunStore['live'] = (flowId) => flows.live(this.db, flowId);
  readonly liveSignature: RunStore['liveSignature'] = () => flows.liveSignature(this.db);
  readonly liveVersions: RunStore['liveVersions'] = () => flows.liveVersions(this.db);
  readonly publishRequest: RunStore['publishRequest'] = (id) => flows.publishRequest(this.db, id);
  readonly listPublishRequests: RunStore['listPublishRequests'] = (flowId) =>
    flows.listPublishRequests(this.db, flowId);
  readonly worldJson: RunStore['worldJson'] = (hash) => flows.worldJson(this.db, hash);

  // Orders, runs, holds: ./pg-orders.ts
  readonly idempotency: RunStore['idempotency'] = (scope, key) => orders.idempotency(this.db, scope, key);
  readonly orderByChannelId: RunStore['orderByChannelId'] = (channel, channelOrderId) =>
    orders.orderByChannelId(this.db, channel, channelOrderId);
  readonly rejectedByPayload: RunStore['rejectedByPayload'] = (channel, payloadHash) =>
    orders.rejectedByPayload(this.db, channel, payloadHash);
  readonly order: RunStore['order'] = (id) => orders.order(this.db, id);
  readonly listOrders: RunStore['listOrders'] = (status, limit) => orders.listOrders(this.db, status, limit);
  readonly run: RunStore['run'] = (id) => orders.run(this.db, id);
  readonly listRuns: RunStore['listRuns'] = (filter) => orders.listRuns(this.db, filter);
  readonly openWait: RunStore['openWait'] = (runId) => orders.openWait(this.db, runId);
  readonly waitsOfRun: RunStore['waitsOfRun'] = (runId) => orders.waitsOfRun(this.db, runId);
  readonly openWaits: RunStore['openWaits'] = (roles, limit) => orders.openWaits(this.db, roles, limit);
  readonly dueWaits: RunStore['dueWaits'] = (now, limit) => orders.dueWaits(this.db, now, limit);
  readonly remindableWaits: RunStore['remindableWaits'] = (now, limit) => orders.remindableWaits(this.db, now, limit);
  readonly agingRemoteWaits: RunStore['agingRemoteWaits'] = (createdBefore, limit) =>
    orders.agingRemoteWaits(this.db, createdBefore, limit);
  readonly openWaitCounts: RunStore['openWaitCounts'] = () => orders.openWaitCounts(this.db);
  readonly eventsOfOrders: RunStore['eventsOfOrders'] = (orderIds) => orders.eventsOfOrders(this.db, orderIds);

  // Rollouts: ./pg-rollouts.ts
  readonly rollout: RunStore['rollout'] = (id) => rollouts.rollout(this.db, id);
  readonly listRollouts: RunStore['listRollouts'] = (flowId, limit) => rollouts.listRollouts(this.db, flowId, limit);
  readonly activeRollouts: RunStore['activeRollouts'] = () => rollouts.activeRollouts(this.db);
  readonly rolloutSums: RunStore['rolloutSums'] = (rolloutId, stage) => rollouts.rolloutSums(this.db, rolloutId, stage);
  readonly rolloutDiffs: RunStore['rolloutDiffs'] = (rolloutId, limit) =>
    rollouts.rolloutDiffs(this.db, rolloutId, limit);
  readonly countRolloutDiffs: RunStore['countRolloutDiffs'] = (rolloutId) =>
    rollouts.countRolloutDiffs(this.db, rolloutId);

  // Outbox and webhooks: ./pg-outbox.ts
  readonly pendingOutbox: RunStore['pendingOutbox'] = (limit) => outbox.pendingOutbox(this.db, limit);
  readonly dueOutbox: RunStore['dueOutbox'] = (now, limit) => outbox.dueOutbox(this.db, now, limit);
  readonly claimOutbox: RunStore['claimOutbox'] = (now, limit, claim) => outbox.claimOutbox(this.db, now, limit, claim);
  readonly deadOutbox: RunStore['deadOutbox'] = (limit) => outbox.deadOutbox(this.db, limit);
  readonly outboxEntry: RunStore['outboxEntry'] = (seq) => outbox.outboxEntry(this.db, seq);
  readonly listWebhooks: RunStore['listWebhooks'] = () => outbox.listWebhooks(this.db);
  readonly subscribedEvents = (): Promise<ReadonlySet<string>> => this.subscriptions.events();

  /** Raw SQL for checks and tools (crash checks, the bench); the app itself goes through the methods above. */
  async query<T extends object>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.pool.query(sql, params)).rows as T[];
  }

  /** Drops this store's schema with everything in it (tests), then closes. */
  async dropSchema(): Promise<void> {
    if (this.schema === 'public') throw new Error('refusing to drop the public schema');
    await this.pool.query(`DROP SCHEMA IF EXISTS ${this.schema} CASCADE`);
    await this.close();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}
