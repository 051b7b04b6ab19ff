import type Database from 'better-sqlite3';
import type {
  AuditRow,
  CommitResult,
  FlowRecord,
  IdempotencyRow,
  LiveRow,
  OrderRow,
  OutboxRow,
  PublishRequestRow,
  RunFilter,
  RunRow,
  RunStore,
  SessionRow,
  TokenRow,
  UserRow,
  VersionRow,
  WaitRow,
  WriteSet,
} from '../types';
import { applyWrite, prepareWrites, Refused, type Writes } from './apply-write';
import * as c from './columns';
import { openSqlite, type Synchronous } from './open';

export interface SqliteStoreOptions {
  readonly dataDir: string;
  readonly synchronous: Synchronous;
  /** Most WriteSets committed in one transaction (group commit). */
  readonly maxBatch?: number;
}

/** A write that broke a constraint or hit an error: only its own caller hears of it. */
interface Failed {
  readonly error: unknown;
}

interface Pending {
  readonly set: WriteSet;
  readonly resolve: (result: CommitResult) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * RunStore on one SQLite file. Writes queued during one event-loop turn are committed together in one
 * `BEGIN IMMEDIATE` transaction (each in its own savepoint, so one refusal rolls back only itself):
 * one fsync for many requests, and every caller is answered only after its commit.
 */
export class SqliteStore implements RunStore {
  private readonly db: Database.Database;
  private readonly writes: Writes;
  private readonly one: (set: WriteSet) => void;
  private readonly batch: (items: readonly Pending[]) => (CommitResult | Failed)[];
  private queue: Pending[] = [];
  private scheduled = false;
  private closed = false;
  private readonly maxBatch: number;

  constructor(options: SqliteStoreOptions) {
    this.db = openSqlite(options.dataDir, options.synchronous);
    this.writes = prepareWrites(this.db);
    this.maxBatch = options.maxBatch ?? 1000;
    this.one = this.db.transaction((set: WriteSet) => applyWrite(this.writes, set));
    const batch = this.db.transaction((items: readonly Pending[]) =>
      items.map(({ set }) => this.applyInSavepoint(set)),
    );
    this.batch = (items) => batch.immediate(items);
  }

  get database(): Database.Database {
    return this.db;
  }

  commit(set: WriteSet): Promise<CommitResult> {
    if (this.closed) return Promise.reject(new Error('the store is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ set, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** Commits everything queued now (also called on close). */
  flush(): void {
    this.scheduled = false;
    while (this.queue.length > 0) {
      const items = this.queue.splice(0, this.maxBatch);
      let results: (CommitResult | Failed)[];
      try {
        results = this.batch(items);
      } catch (error) {
        for (const item of items) item.reject(error);
        continue;
      }
      items.forEach((item, i) => {
        const result = results[i]!;
        if ('error' in result) item.reject(result.error);
        else item.resolve(result);
      });
    }
  }

  private applyInSavepoint(set: WriteSet): CommitResult | Failed {
    try {
      this.one(set); // nested inside the batch: better-sqlite3 makes it a SAVEPOINT, rolled back alone on a throw
      return { ok: true };
    } catch (error) {
      if (error instanceof Refused) return { ok: false, reason: error.reason };
      return { error };
    }
  }

  private readonly statements = new Map<string, Database.Statement>();

  private prepared(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private get<T>(sql: string, ...params: unknown[]): T | undefined {
    return this.prepared(sql).get(...params) as T | undefined;
  }

  private all<T>(sql: string, ...params: unknown[]): T[] {
    return this.prepared(sql).all(...params) as T[];
  }

  async userByName(username: string): Promise<UserRow | undefined> {
    const raw = this.get<Parameters<typeof c.userFrom>[0]>(
      `SELECT ${c.USER_COLUMNS} FROM users WHERE username = ?`,
      username,
    );
    return raw && c.userFrom(raw);
  }
  async userById(id: string): Promise<UserRow | undefined> {
    const raw = this.get<Parameters<typeof c.userFrom>[0]>(`SELECT ${c.USER_COLUMNS} FROM users WHERE id = ?`, id);
    return raw && c.userFrom(raw);
  }
  async listUsers(): Promise<UserRow[]> {
    return this.all<Parameters<typeof c.userFrom>[0]>(`SELECT ${c.USER_COLUMNS} FROM users ORDER BY username`).map(
      c.userFrom,
    );
  }
  async countUsers(): Promise<number> {
    return this.get<{ n: number }>('SELECT count(*) AS n FROM users')!.n;
  }
  async session(tokenHash: string): Promise<SessionRow | undefined> {
    return this.get<SessionRow>(`SELECT ${c.SESSION_COLUMNS} FROM sessions WHERE token_hash = ?`, tokenHash);
  }
  async tokenByHash(tokenHash: string): Promise<TokenRow | undefined> {
    const raw = this.get<Parameters<typeof c.tokenFrom>[0]>(
      `SELECT ${c.TOKEN_COLUMNS} FROM api_tokens WHERE token_hash = ?`,
      tokenHash,
    );
    return raw && c.tokenFrom(raw);
  }
  async listTokens(): Promise<TokenRow[]> {
    return this.all<Parameters<typeof c.tokenFrom>[0]>(
      `SELECT ${c.TOKEN_COLUMNS} FROM api_tokens ORDER BY created_at`,
    ).map(c.tokenFrom);
  }

  async flow(id: string): Promise<FlowRecord | undefined> {
    return this.get<FlowRecord>(`SELECT ${c.FLOW_COLUMNS} FROM flows WHERE id = ?`, id);
  }
  async listFlows(): Promise<FlowRecord[]> {
    return this.all<FlowRecord>(`SELECT ${c.FLOW_COLUMNS} FROM flows ORDER BY id`);
  }
  async version(flowId: string, version: number): Promise<VersionRow | undefined> {
    return this.get<VersionRow>(
      `SELECT ${c.VERSION_COLUMNS} FROM flow_versions WHERE flow_id = ? AND version = ?`,
      flowId,
      version,
    );
  }
  async versionByHash(flowId: string, contentHash: string): Promise<VersionRow | undefined> {
    return this.get<VersionRow>(
      `SELECT ${c.VERSION_COLUMNS} FROM flow_versions WHERE flow_id = ? AND content_hash = ?`,
      flowId,
      contentHash,
    );
  }
  async listVersions(flowId: string): Promise<VersionRow[]> {
    return this.all<VersionRow>(
      `SELECT ${c.VERSION_COLUMNS} FROM flow_versions WHERE flow_id = ? ORDER BY version`,
      flowId,
    );
  }
  async live(flowId: string): Promise<LiveRow | undefined> {
    return this.get<LiveRow>(`SELECT ${c.LIVE_COLUMNS} FROM live_versions WHERE flow_id = ?`, flowId);
  }
  async liveSignature(): Promise<string> {
    return (
      this.get<{ s: string | null }>(
        "SELECT group_concat(flow_id || ':' || version, ',') AS s FROM (SELECT flow_id, version FROM live_versions ORDER BY flow_id)",
      )?.s ?? ''
    );
  }
  async liveVersions(): Promise<VersionRow[]> {
    return this.all<VersionRow>(`SELECT ${c.VERSION_COLUMNS} FROM flow_versions
      WHERE (flow_id, version) IN (SELECT flow_id, version FROM live_versions) ORDER BY flow_id`);
  }
  async publishRequest(id: string): Promise<PublishRequestRow | undefined> {
    const raw = this.get<Parameters<typeof c.requestFrom>[0]>(
      `SELECT ${c.REQUEST_COLUMNS} FROM publish_requests WHERE id = ?`,
      id,
    );
    return raw && c.requestFrom(raw);
  }
  async listPublishRequests(flowId?: string): Promise<PublishRequestRow[]> {
    const where = flowId === undefined ? '' : 'WHERE flow_id = ?';
    const params = flowId === undefined ? [] : [flowId];
    return this.all<Parameters<typeof c.requestFrom>[0]>(
      `SELECT ${c.REQUEST_COLUMNS} FROM publish_requests ${where} ORDER BY created_at DESC`,
      ...params,
    ).map(c.requestFrom);
  }
  async worldJson(hash: string): Promise<string | undefined> {
    return this.get<{ w: string }>('SELECT world_json AS w FROM contexts WHERE hash = ?', hash)?.w;
  }

  async idempotency(scope: string, key: string): Promise<IdempotencyRow | undefined> {
    return this.get<IdempotencyRow>(
      `SELECT ${c.IDEMPOTENCY_COLUMNS} FROM idempotency_keys WHERE scope = ? AND key = ?`,
      scope,
      key,
    );
  }
  async orderByChannelId(channel: string, channelOrderId: string): Promise<OrderRow | undefined> {
    return this.get<OrderRow>(
      `SELECT ${c.ORDER_COLUMNS} FROM orders WHERE channel = ? AND channel_order_id = ? AND status = 'accepted'`,
      channel,
      channelOrderId,
    );
  }
  async order(id: string): Promise<OrderRow | undefined> {
    return this.get<OrderRow>(`SELECT ${c.ORDER_COLUMNS} FROM orders WHERE id = ?`, id);
  }

  async listOrders(status: OrderRow['status'] | undefined, limit: number): Promise<OrderRow[]> {
    if (status === undefined)
      return this.all<OrderRow>(
        `SELECT ${c.ORDER_COLUMNS} FROM orders ORDER BY received_at DESC, id DESC LIMIT ?`,
        limit,
      );
    return this.all<OrderRow>(
      `SELECT ${c.ORDER_COLUMNS} FROM orders WHERE status = ? ORDER BY received_at DESC, id DESC LIMIT ?`,
      status,
      limit,
    );
  }

  async run(id: string): Promise<RunRow | undefined> {
    return this.get<RunRow>(`SELECT ${c.RUN_COLUMNS} FROM runs WHERE id = ?`, id);
  }
  async listRuns(filter: RunFilter): Promise<RunRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      where.push(sql);
      params.push(value);
    };
    if (filter.flowId !== undefined) add('flow_id = ?', filter.flowId);
    if (filter.flowVersion !== undefined) add('flow_version = ?', filter.flowVersion);
    if (filter.status !== undefined) add('status = ?', filter.status);
    if (filter.channel !== undefined) add('channel = ?', filter.channel);
    if (filter.from !== undefined) add('created_at >= ?', filter.from);
    if (filter.to !== undefined) add('created_at < ?', filter.to);
    if (filter.before !== undefined) {
      where.push('(created_at < ? OR (created_at = ? AND id < ?))');
      params.push(filter.before.createdAt, filter.before.createdAt, filter.before.id);
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    return this.all<RunRow>(
      `SELECT ${c.RUN_COLUMNS} FROM runs ${clause} ORDER BY created_at DESC, id DESC LIMIT ?`,
      ...params,
      filter.limit,
    );
  }
  async openWait(runId: string): Promise<WaitRow | undefined> {
    const raw = this.get<Parameters<typeof c.waitFrom>[0]>(
      `SELECT ${c.WAIT_COLUMNS} FROM waits WHERE run_id = ? AND closed_at IS NULL`,
      runId,
    );
    return raw && c.waitFrom(raw);
  }
  async waitsOfRun(runId: string): Promise<WaitRow[]> {
    return this.all<Parameters<typeof c.waitFrom>[0]>(
      `SELECT ${c.WAIT_COLUMNS} FROM waits WHERE run_id = ? ORDER BY created_at, id`,
      runId,
    ).map(c.waitFrom);
  }
  async openWaits(roles: readonly string[] | undefined, limit: number): Promise<WaitRow[]> {
    if (roles !== undefined && roles.length === 0) return [];
    const roleClause = roles === undefined ? '' : `AND role IN (${roles.map(() => '?').join(', ')})`;
    return this.all<Parameters<typeof c.waitFrom>[0]>(
      `SELECT ${c.WAIT_COLUMNS} FROM waits WHERE closed_at IS NULL ${roleClause} ORDER BY due_at IS NULL, due_at, created_at LIMIT ?`,
      ...(roles ?? []),
      limit,
    ).map(c.waitFrom);
  }
  async dueWaits(now: number, limit: number): Promise<WaitRow[]> {
    return this.all<Parameters<typeof c.waitFrom>[0]>(
      `SELECT ${c.WAIT_COLUMNS} FROM waits WHERE closed_at IS NULL AND due_at <= ? ORDER BY due_at LIMIT ?`,
      now,
      limit,
    ).map(c.waitFrom);
  }
  async remindableWaits(now: number, limit: number): Promise<WaitRow[]> {
    return this.all<Parameters<typeof c.waitFrom>[0]>(
      `SELECT ${c.WAIT_COLUMNS} FROM waits WHERE closed_at IS NULL AND reminded = 0 AND remind_at <= ? ORDER BY remind_at LIMIT ?`,
      now,
      limit,
    ).map(c.waitFrom);
  }
  async openWaitCounts(): Promise<Record<string, number>> {
    const rows = this.all<{ kind: string; n: number }>(
      'SELECT kind, count(*) AS n FROM waits WHERE closed_at IS NULL GROUP BY kind',
    );
    return Object.fromEntries(rows.map((r) => [r.kind, r.n]));
  }

  async listAudit(afterSeq: number, limit: number): Promise<AuditRow[]> {
    return this.all<AuditRow>(
      `SELECT ${c.AUDIT_COLUMNS} FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?`,
      afterSeq,
      limit,
    );
  }
  async pendingOutbox(limit: number): Promise<OutboxRow[]> {
    return this.all<OutboxRow>(
      `SELECT ${c.OUTBOX_COLUMNS} FROM outbox WHERE delivered_at IS NULL ORDER BY seq LIMIT ?`,
      limit,
    );
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.flush();
    this.closed = true;
    this.db.close();
  }
}
