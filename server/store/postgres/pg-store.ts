import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { POSTGRES_MIGRATIONS } from '../migrations/postgres/index';
import * as c from '../sqlite/columns';
import { dueFirst } from '../types';
import type {
  AuditRow,
  CommitRefusal,
  CommitResult,
  FlowRecord,
  FulfilmentEventRow,
  IdempotencyRow,
  LiveRow,
  OrderRow,
  OutboxClaim,
  OutboxRow,
  PublishRequestRow,
  RolloutArmSums,
  RolloutDiffRow,
  RolloutRow,
  RunFilter,
  RunRow,
  RunStore,
  SessionRow,
  TokenRow,
  UserRow,
  VersionRow,
  WaitRow,
  WebhookRow,
  WriteSet,
} from '../types';
import { functionArgument, REFUSED, writeSetSql } from './pg-apply';
import * as q from './pg-sql';
import { runFilterSql } from '../run-filter';

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

/** Lock id for migrations, so processes starting together apply each migration once. */
const MIGRATION_LOCK = 7_140_014;
/** Deadlock and serialization failures: the whole transaction is retried (nothing of it was kept). */
const RETRYABLE = new Set(['40P01', '40001']);

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
/** Verified tokens kept per process at most (a deployment has a handful; the bound keeps guesses from growing it). */
const MAX_KEPT_TOKENS = 1000;

/**
 * RunStore on PostgreSQL through a connection pool. `commit` is one transaction (READ COMMITTED): the
 * run-step UPDATE carries `version = expected`, so of two racing writers the second re-reads the row
 * after the first commits, matches nothing and is refused 'version-conflict' — across any number of
 * processes. Readers never wait for writers.
 */
export class PgStore implements RunStore {
  private closed = false;

  private constructor(
    private readonly pool: pg.Pool,
    readonly schema: string,
    private readonly tokenCacheMs: number,
    private readonly subscriptionCacheMs: number,
  ) {}

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
      await store.migrate();
    } catch (error) {
      await pool.end();
      throw error;
    }
    return store;
  }

  private async migrate(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${this.schema}`);
      await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
      await client.query(
        'CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())',
      );
      const applied = new Set(
        (await client.query<{ name: string }>('SELECT name FROM schema_migrations')).rows.map((r) => r.name),
      );
      for (const { name, sql } of POSTGRES_MIGRATIONS) {
        if (applied.has(name)) continue;
        await client.query('BEGIN');
        try {
          await client.query(sql);
          await client.query('INSERT INTO schema_migrations (name) VALUES ($1)', [name]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw new Error(`PostgreSQL migration ${name} failed: ${(error as Error).message}`, { cause: error });
        }
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
      client.release();
    }
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
    this.forgetTokens(revoked);
    // Likewise the subscribed events: a lookup started during the commit may have read the old set.
    const webhooksChange = Boolean(set.webhooks?.length || set.webhooksDeleted?.length);
    if (webhooksChange) this.subscribed = undefined;
    try {
      return await this.apply(statement);
    } finally {
      this.forgetTokens(revoked);
      if (webhooksChange) this.subscribed = undefined;
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

  /** Reads as named prepared statements: each connection parses and plans a query once, not per call. */
  private readonly prepared = new Map<string, { readonly name: string; readonly text: string }>();

  private statement(sql: string, values: unknown[]): pg.QueryConfig {
    let known = this.prepared.get(sql);
    if (!known) {
      known = { name: `q${this.prepared.size + 1}`, text: q.numbered(sql) };
      this.prepared.set(sql, known);
    }
    return { ...known, values };
  }

  private async one<T>(sql: string, ...params: unknown[]): Promise<T | undefined> {
    return (await this.pool.query(this.statement(sql, params))).rows[0] as T | undefined;
  }

  private async all<T>(sql: string, ...params: unknown[]): Promise<T[]> {
    return (await this.pool.query(this.statement(sql, params))).rows as T[];
  }

  async userByName(username: string): Promise<UserRow | undefined> {
    const raw = await this.one<Parameters<typeof c.userFrom>[0]>(
      `SELECT ${q.USER} FROM users WHERE username = ?`,
      username,
    );
    return raw && c.userFrom(raw);
  }
  async userById(id: string): Promise<UserRow | undefined> {
    const raw = await this.one<Parameters<typeof c.userFrom>[0]>(`SELECT ${q.USER} FROM users WHERE id = ?`, id);
    return raw && c.userFrom(raw);
  }
  async listUsers(): Promise<UserRow[]> {
    return (await this.all<Parameters<typeof c.userFrom>[0]>(`SELECT ${q.USER} FROM users ORDER BY username`)).map(
      c.userFrom,
    );
  }
  async countUsers(): Promise<number> {
    return (await this.one<{ n: number }>('SELECT count(*) AS n FROM users'))!.n;
  }
  async session(tokenHash: string): Promise<SessionRow | undefined> {
    return this.one<SessionRow>(`SELECT ${q.SESSION} FROM sessions WHERE token_hash = ?`, tokenHash);
  }
  /**
   * Every machine request verifies its token: kept for tokenCacheMs (a round trip per order otherwise).
   * Unknown hashes are not kept, so a token created in another process works at once.
   */
  private readonly tokens = new Map<string, { readonly row: TokenRow; readonly until: number }>();
  /** Moves on every revocation: a lookup that started before one does not keep its row. */
  private revocations = 0;

  async tokenByHash(tokenHash: string): Promise<TokenRow | undefined> {
    const now = performance.now();
    const revocations = this.revocations;
    const kept = this.tokens.get(tokenHash);
    if (kept && kept.until > now) return kept.row;
    const raw = await this.one<Parameters<typeof c.tokenFrom>[0]>(
      `SELECT ${q.TOKEN} FROM api_tokens WHERE token_hash = ?`,
      tokenHash,
    );
    const row = raw && c.tokenFrom(raw);
    if (this.tokens.size >= MAX_KEPT_TOKENS) this.tokens.clear();
    if (row && this.tokenCacheMs > 0 && revocations === this.revocations)
      this.tokens.set(tokenHash, { row, until: now + this.tokenCacheMs });
    return row;
  }

  private forgetTokens(revoked: readonly { readonly id: string }[]): void {
    if (revoked.length === 0) return;
    this.revocations++;
    const ids = new Set(revoked.map((r) => r.id));
    for (const [hash, { row }] of this.tokens) if (ids.has(row.id)) this.tokens.delete(hash);
  }
  async listTokens(): Promise<TokenRow[]> {
    return (
      await this.all<Parameters<typeof c.tokenFrom>[0]>(`SELECT ${q.TOKEN} FROM api_tokens ORDER BY created_at`)
    ).map(c.tokenFrom);
  }

  flow(id: string): Promise<FlowRecord | undefined> {
    return this.one<FlowRecord>(`SELECT ${q.FLOW} FROM flows WHERE id = ?`, id);
  }
  listFlows(): Promise<FlowRecord[]> {
    return this.all<FlowRecord>(`SELECT ${q.FLOW} FROM flows ORDER BY id`);
  }
  version(flowId: string, version: number): Promise<VersionRow | undefined> {
    return this.one<VersionRow>(
      `SELECT ${q.VERSION} FROM flow_versions WHERE flow_id = ? AND version = ?`,
      flowId,
      version,
    );
  }
  versionByHash(flowId: string, contentHash: string): Promise<VersionRow | undefined> {
    return this.one<VersionRow>(
      `SELECT ${q.VERSION} FROM flow_versions WHERE flow_id = ? AND content_hash = ?`,
      flowId,
      contentHash,
    );
  }
  listVersions(flowId: string): Promise<VersionRow[]> {
    return this.all<VersionRow>(`SELECT ${q.VERSION} FROM flow_versions WHERE flow_id = ? ORDER BY version`, flowId);
  }
  live(flowId: string): Promise<LiveRow | undefined> {
    return this.one<LiveRow>(`SELECT ${q.LIVE} FROM live_versions WHERE flow_id = ?`, flowId);
  }
  async liveSignature(): Promise<string> {
    const row = await this.one<{ s: string | null }>(
      "SELECT string_agg(flow_id || ':' || version, ',' ORDER BY flow_id) AS s FROM live_versions",
    );
    return row?.s ?? '';
  }
  liveVersions(): Promise<VersionRow[]> {
    return this.all<VersionRow>(`SELECT ${q.VERSION} FROM flow_versions
      WHERE (flow_id, version) IN (SELECT flow_id, version FROM live_versions) ORDER BY flow_id`);
  }
  async publishRequest(id: string): Promise<PublishRequestRow | undefined> {
    const raw = await this.one<Parameters<typeof c.requestFrom>[0]>(
      `SELECT ${q.REQUEST} FROM publish_requests WHERE id = ?`,
      id,
    );
    return raw && c.requestFrom(raw);
  }
  async listPublishRequests(flowId?: string): Promise<PublishRequestRow[]> {
    const where = flowId === undefined ? '' : 'WHERE flow_id = ?';
    const params = flowId === undefined ? [] : [flowId];
    return (
      await this.all<Parameters<typeof c.requestFrom>[0]>(
        `SELECT ${q.REQUEST} FROM publish_requests ${where} ORDER BY created_at DESC`,
        ...params,
      )
    ).map(c.requestFrom);
  }
  async worldJson(hash: string): Promise<string | undefined> {
    return (await this.one<{ w: string }>('SELECT world_json AS w FROM contexts WHERE hash = ?', hash))?.w;
  }

  idempotency(scope: string, key: string): Promise<IdempotencyRow | undefined> {
    return this.one<IdempotencyRow>(
      `SELECT ${q.IDEMPOTENCY} FROM idempotency_keys WHERE scope = ? AND key = ?`,
      scope,
      key,
    );
  }
  orderByChannelId(channel: string, channelOrderId: string): Promise<OrderRow | undefined> {
    return this.one<OrderRow>(
      `SELECT ${q.ORDER} FROM orders WHERE channel = ? AND channel_order_id = ? AND status = 'accepted'`,
      channel,
      channelOrderId,
    );
  }
  rejectedByPayload(channel: string, payloadHash: string): Promise<OrderRow | undefined> {
    return this.one<OrderRow>(
      `SELECT ${q.ORDER} FROM orders WHERE channel = ? AND payload_hash = ? AND status = 'rejected'`,
      channel,
      payloadHash,
    );
  }
  order(id: string): Promise<OrderRow | undefined> {
    return this.one<OrderRow>(`SELECT ${q.ORDER} FROM orders WHERE id = ?`, id);
  }
  listOrders(status: OrderRow['status'] | undefined, limit: number): Promise<OrderRow[]> {
    if (status === undefined)
      return this.all<OrderRow>(`SELECT ${q.ORDER} FROM orders ORDER BY received_at DESC, id DESC LIMIT ?`, limit);
    return this.all<OrderRow>(
      `SELECT ${q.ORDER} FROM orders WHERE status = ? ORDER BY received_at DESC, id DESC LIMIT ?`,
      status,
      limit,
    );
  }

  run(id: string): Promise<RunRow | undefined> {
    return this.one<RunRow>(`SELECT ${q.RUN} FROM runs WHERE id = ?`, id);
  }
  listRuns(filter: RunFilter): Promise<RunRow[]> {
    const { clause, params } = runFilterSql(filter);
    return this.all<RunRow>(
      `SELECT ${q.RUN} FROM runs ${clause} ORDER BY created_at DESC, id DESC LIMIT ?`,
      ...params,
      filter.limit,
    );
  }
  async openWait(runId: string): Promise<WaitRow | undefined> {
    const raw = await this.one<Parameters<typeof c.waitFrom>[0]>(
      `SELECT ${q.WAIT} FROM waits WHERE run_id = ? AND closed_at IS NULL`,
      runId,
    );
    return raw && c.waitFrom(raw);
  }
  async waitsOfRun(runId: string): Promise<WaitRow[]> {
    return (
      await this.all<Parameters<typeof c.waitFrom>[0]>(
        `SELECT ${q.WAIT} FROM waits WHERE run_id = ? ORDER BY created_at, id`,
        runId,
      )
    ).map(c.waitFrom);
  }
  async openWaits(roles: readonly string[] | undefined, limit: number): Promise<WaitRow[]> {
    if (roles !== undefined && roles.length === 0) return [];
    const roleClause = roles === undefined ? '' : `AND role IN (${roles.map(() => '?').join(', ')})`;
    return (
      await this.all<Parameters<typeof c.waitFrom>[0]>(
        `SELECT ${q.WAIT} FROM waits WHERE closed_at IS NULL AND kind != 'api-call' ${roleClause}
        ORDER BY priority DESC, due_at IS NULL, due_at, created_at LIMIT ?`,
        ...(roles ?? []),
        limit,
      )
    ).map(c.waitFrom);
  }
  async dueWaits(now: number, limit: number): Promise<WaitRow[]> {
    return (
      await this.all<Parameters<typeof c.waitFrom>[0]>(
        `SELECT ${q.WAIT} FROM waits WHERE closed_at IS NULL AND due_at <= ? ORDER BY due_at LIMIT ?`,
        now,
        limit,
      )
    ).map(c.waitFrom);
  }
  async remindableWaits(now: number, limit: number): Promise<WaitRow[]> {
    return (
      await this.all<Parameters<typeof c.waitFrom>[0]>(
        `SELECT ${q.WAIT} FROM waits WHERE closed_at IS NULL AND reminded = 0 AND remind_at <= ? ORDER BY remind_at LIMIT ?`,
        now,
        limit,
      )
    ).map(c.waitFrom);
  }
  async agingRemoteWaits(createdBefore: number, limit: number): Promise<WaitRow[]> {
    // The JSON is read only for the open holds' own orders (MATERIALIZED keeps the planner from casting
    // every order's body, and a refused order's body need not be JSON). json, not jsonb: a body with a
    // \u0000 escape is valid JSON that jsonb refuses.
    return (
      await this.all<Parameters<typeof c.waitFrom>[0]>(
        `WITH candidates AS MATERIALIZED (SELECT w.id, o.body_json FROM waits w
          JOIN runs r ON r.id = w.run_id JOIN orders o ON o.id = r.intake_id
          WHERE w.closed_at IS NULL AND w.priority = 0 AND w.created_at < ?)
        SELECT ${q.WAIT} FROM waits WHERE id IN (SELECT id FROM candidates
          WHERE body_json::json -> 'shippingAddress' ->> 'remote' IN ('true', '1'))
        ORDER BY created_at LIMIT ?`,
        createdBefore,
        limit,
      )
    ).map(c.waitFrom);
  }
  async openWaitCounts(): Promise<Record<string, number>> {
    const rows = await this.all<{ kind: string; n: number }>(
      'SELECT kind, count(*) AS n FROM waits WHERE closed_at IS NULL GROUP BY kind',
    );
    return Object.fromEntries(rows.map((r) => [r.kind, r.n]));
  }

  rollout(id: string): Promise<RolloutRow | undefined> {
    return this.one<RolloutRow>(`SELECT ${q.ROLLOUT} FROM rollouts WHERE id = ?`, id);
  }
  listRollouts(flowId: string | undefined, limit: number): Promise<RolloutRow[]> {
    const where = flowId === undefined ? '' : 'WHERE flow_id = ?';
    return this.all<RolloutRow>(
      `SELECT ${q.ROLLOUT} FROM rollouts ${where} ORDER BY created_at DESC, id DESC LIMIT ?`,
      ...(flowId === undefined ? [] : [flowId]),
      limit,
    );
  }
  activeRollouts(): Promise<RolloutRow[]> {
    return this.all<RolloutRow>(
      `SELECT ${q.ROLLOUT} FROM rollouts WHERE state IN ('running', 'paused') ORDER BY flow_id`,
    );
  }
  rolloutSums(rolloutId: string, stage: number | undefined): Promise<RolloutArmSums[]> {
    const stageClause = stage === undefined ? '' : 'AND stage = ?';
    return this.all<RolloutArmSums>(
      `SELECT ${q.ROLLOUT_SUMS} FROM rollout_observations WHERE rollout_id = ? ${stageClause}
      GROUP BY arm, currency, cost_currency`,
      rolloutId,
      ...(stage === undefined ? [] : [stage]),
    );
  }
  rolloutDiffs(rolloutId: string, limit: number): Promise<RolloutDiffRow[]> {
    return this.all<RolloutDiffRow>(
      `SELECT ${q.ROLLOUT_DIFF} FROM rollout_diffs WHERE rollout_id = ? ORDER BY created_at, seq LIMIT ?`,
      rolloutId,
      limit,
    );
  }
  async countRolloutDiffs(rolloutId: string): Promise<number> {
    return (await this.one<{ n: number }>('SELECT count(*) AS n FROM rollout_diffs WHERE rollout_id = ?', rolloutId))!
      .n;
  }

  eventsOfOrders(orderIds: readonly string[]): Promise<FulfilmentEventRow[]> {
    // One array parameter, however many orders.
    return this.all<FulfilmentEventRow>(
      `SELECT seq, order_id AS "orderId", type, at, event_json AS "eventJson", received_by AS "receivedBy",
      received_at AS "receivedAt" FROM fulfilment_events WHERE order_id = ANY(?::text[]) ORDER BY seq`,
      [...orderIds],
    );
  }

  listAudit(afterSeq: number, limit: number): Promise<AuditRow[]> {
    return this.all<AuditRow>(`SELECT ${q.AUDIT} FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?`, afterSeq, limit);
  }
  pendingOutbox(limit: number): Promise<OutboxRow[]> {
    return this.all<OutboxRow>(`SELECT ${q.OUTBOX} FROM outbox WHERE delivered_at IS NULL ORDER BY seq LIMIT ?`, limit);
  }

  dueOutbox(now: number, limit: number): Promise<OutboxRow[]> {
    return this.all<OutboxRow>(
      `SELECT ${q.OUTBOX} FROM outbox WHERE delivered_at IS NULL AND dead_at IS NULL AND next_attempt_at <= ?
      ORDER BY next_attempt_at, seq LIMIT ?`,
      now,
      limit,
    );
  }
  /**
   * FOR UPDATE SKIP LOCKED: relays claiming at the same moment each get different rows without waiting
   * for one another; a row another relay leased is skipped until its lease ends.
   */
  async claimOutbox(now: number, limit: number, claim: OutboxClaim): Promise<OutboxRow[]> {
    const rows = await this.all<OutboxRow>(
      `UPDATE outbox SET claimed_by = ?, lease_until = ? WHERE seq IN (SELECT seq FROM outbox
        WHERE delivered_at IS NULL AND dead_at IS NULL AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until <= ?)
        ORDER BY next_attempt_at, seq LIMIT ? FOR UPDATE SKIP LOCKED)
      RETURNING ${q.OUTBOX}`,
      claim.by,
      now + claim.leaseMs,
      now,
      now,
      limit,
    );
    return rows.sort(dueFirst);
  }
  deadOutbox(limit: number): Promise<OutboxRow[]> {
    return this.all<OutboxRow>(
      `SELECT ${q.OUTBOX} FROM outbox WHERE dead_at IS NOT NULL AND delivered_at IS NULL AND discarded_at IS NULL
      ORDER BY dead_at DESC, seq DESC LIMIT ?`,
      limit,
    );
  }
  outboxEntry(seq: number): Promise<OutboxRow | undefined> {
    return this.one<OutboxRow>(`SELECT ${q.OUTBOX} FROM outbox WHERE seq = ?`, seq);
  }
  async listWebhooks(): Promise<WebhookRow[]> {
    return (
      await this.all<Parameters<typeof c.webhookFrom>[0]>(
        `SELECT ${q.WEBHOOK} FROM webhooks WHERE deleted_at IS NULL ORDER BY created_at, id`,
      )
    ).map(c.webhookFrom);
  }

  /**
   * The subscribed order events, kept for subscriptionCacheMs: other processes share the database, so
   * no local flag tells this one of their webhook changes (SQLite's data_version has no PostgreSQL twin).
   * Orders asking while it is read share the one query.
   */
  private subscribed: { readonly events: Promise<ReadonlySet<string>>; readonly until: number } | undefined;

  subscribedEvents(): Promise<ReadonlySet<string>> {
    const now = performance.now();
    const kept = this.subscribed;
    if (kept && kept.until > now) return kept.events;
    const events = this.listWebhooks().then((hooks) => new Set(hooks.flatMap((hook) => hook.events)));
    const entry = { events, until: now + this.subscriptionCacheMs };
    this.subscribed = entry;
    // A failed read is not kept: the next order asks again.
    events.catch(() => {
      if (this.subscribed === entry) this.subscribed = undefined;
    });
    return events;
  }

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
