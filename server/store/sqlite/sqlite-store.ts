import type Database from 'better-sqlite3';
import type {
  AuditRow,
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
} from '../types/index';
import { dueFirst } from '../types/index';
import { applyWrite, prepareWrites, Refused, type Writes } from './apply-write';
import * as c from './columns';
import { openSqlite, type Synchronous } from './open';
import { runFilterSql } from '../run-filter';

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

const OK: CommitResult = { ok: true };

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
  private readonly plainBatch: (items: readonly Pending[]) => void;
  private queue: Pending[] = [];
  private scheduled = false;
  private closed = false;
  private readonly maxBatch: number;
  private readonly dataVersion: Database.Statement;
  /** The live signature as of a data_version; dropped when our own commit switches a live version. */
  private liveCache: { readonly dataVersion: number; readonly signature: string } | undefined;
  /** The subscribed order events as of a data_version; dropped when our own commit changes a webhook. */
  private eventsCache: { readonly dataVersion: number; readonly events: ReadonlySet<string> } | undefined;

  constructor(options: SqliteStoreOptions) {
    this.db = openSqlite(options.dataDir, options.synchronous);
    this.writes = prepareWrites(this.db);
    this.maxBatch = options.maxBatch ?? 1000;
    this.dataVersion = this.db.prepare('PRAGMA data_version').pluck();
    this.one = this.db.transaction((set: WriteSet) => applyWrite(this.writes, set));
    const batch = this.db.transaction((items: readonly Pending[]) =>
      items.map(({ set }) => this.applyInSavepoint(set)),
    );
    this.batch = (items) => batch.immediate(items);
    const plain = this.db.transaction((items: readonly Pending[]) => {
      for (const { set } of items) applyWrite(this.writes, set);
    });
    this.plainBatch = (items) => plain.immediate(items);
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
        results = this.commitBatch(items);
      } catch (error) {
        for (const item of items) item.reject(error);
        continue;
      }
      if (items.some((item) => item.set.live?.length)) this.liveCache = undefined;
      if (items.some((item) => item.set.webhooks?.length || item.set.webhooksDeleted?.length))
        this.eventsCache = undefined;
      items.forEach((item, i) => {
        const result = results[i]!;
        if ('error' in result) item.reject(result.error);
        else item.resolve(result);
      });
    }
  }

  /**
   * The usual batch has no refusal: commit it in one transaction without a savepoint per write. When one
   * write is refused or fails, that transaction rolls back whole and the batch is redone with savepoints,
   * so only that write's caller hears of it.
   */
  private commitBatch(items: readonly Pending[]): (CommitResult | Failed)[] {
    try {
      this.plainBatch(items);
      return items.map(() => OK);
    } catch {
      return this.batch(items);
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
    // Asked on every order: re-read only after this connection switched a live version, or when
    // another connection (a second server, a restore) committed anything (`PRAGMA data_version` moved).
    const dataVersion = this.dataVersion.get() as number;
    if (this.liveCache === undefined || dataVersion !== this.liveCache.dataVersion) {
      const signature =
        this.get<{ s: string | null }>(
          "SELECT group_concat(flow_id || ':' || version, ',') AS s FROM (SELECT flow_id, version FROM live_versions ORDER BY flow_id)",
        )?.s ?? '';
      this.liveCache = { dataVersion, signature };
    }
    return this.liveCache.signature;
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
  async rejectedByPayload(channel: string, payloadHash: string): Promise<OrderRow | undefined> {
    return this.get<OrderRow>(
      `SELECT ${c.ORDER_COLUMNS} FROM orders WHERE channel = ? AND payload_hash = ? AND status = 'rejected'`,
      channel,
      payloadHash,
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
    const { clause, params } = runFilterSql(filter);
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
      `SELECT ${c.WAIT_COLUMNS} FROM waits WHERE closed_at IS NULL AND kind != 'api-call' ${roleClause} ORDER BY priority DESC, due_at IS NULL, due_at, created_at LIMIT ?`,
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
  async agingRemoteWaits(createdBefore: number, limit: number): Promise<WaitRow[]> {
    return this.all<Parameters<typeof c.waitFrom>[0]>(
      `SELECT ${c.WAIT_COLUMNS} FROM waits WHERE id IN (SELECT w.id FROM waits w
        JOIN runs r ON r.id = w.run_id JOIN orders o ON o.id = r.intake_id
        WHERE w.closed_at IS NULL AND w.priority = 0 AND w.created_at < ?
        AND json_extract(o.body_json, '$.shippingAddress.remote') = 1) ORDER BY created_at LIMIT ?`,
      createdBefore,
      limit,
    ).map(c.waitFrom);
  }
  async openWaitCounts(): Promise<Record<string, number>> {
    const rows = this.all<{ kind: string; n: number }>(
      'SELECT kind, count(*) AS n FROM waits WHERE closed_at IS NULL GROUP BY kind',
    );
    return Object.fromEntries(rows.map((r) => [r.kind, r.n]));
  }

  async rollout(id: string): Promise<RolloutRow | undefined> {
    return this.get<RolloutRow>(`SELECT ${c.ROLLOUT_COLUMNS} FROM rollouts WHERE id = ?`, id);
  }
  async listRollouts(flowId: string | undefined, limit: number): Promise<RolloutRow[]> {
    const where = flowId === undefined ? '' : 'WHERE flow_id = ?';
    return this.all<RolloutRow>(
      `SELECT ${c.ROLLOUT_COLUMNS} FROM rollouts ${where} ORDER BY created_at DESC, id DESC LIMIT ?`,
      ...(flowId === undefined ? [] : [flowId]),
      limit,
    );
  }
  async activeRollouts(): Promise<RolloutRow[]> {
    return this.all<RolloutRow>(
      `SELECT ${c.ROLLOUT_COLUMNS} FROM rollouts WHERE state IN ('running', 'paused') ORDER BY flow_id`,
    );
  }
  async rolloutSums(rolloutId: string, stage: number | undefined): Promise<RolloutArmSums[]> {
    const stageClause = stage === undefined ? '' : 'AND stage = ?';
    return this.all<RolloutArmSums>(
      `SELECT ${c.ROLLOUT_SUMS} FROM rollout_observations WHERE rollout_id = ? ${stageClause}
      GROUP BY arm, currency, cost_currency`,
      rolloutId,
      ...(stage === undefined ? [] : [stage]),
    );
  }
  async rolloutDiffs(rolloutId: string, limit: number): Promise<RolloutDiffRow[]> {
    return this.all<RolloutDiffRow>(
      `SELECT ${c.ROLLOUT_DIFF_COLUMNS} FROM rollout_diffs WHERE rollout_id = ? ORDER BY created_at, rowid LIMIT ?`,
      rolloutId,
      limit,
    );
  }
  async countRolloutDiffs(rolloutId: string): Promise<number> {
    return this.get<{ n: number }>('SELECT count(*) AS n FROM rollout_diffs WHERE rollout_id = ?', rolloutId)!.n;
  }

  async eventsOfOrders(orderIds: readonly string[]): Promise<FulfilmentEventRow[]> {
    const rows: FulfilmentEventRow[] = [];
    // SQLite allows a bounded number of parameters: ask in slices.
    for (let i = 0; i < orderIds.length; i += 500) {
      const slice = orderIds.slice(i, i + 500);
      rows.push(
        ...this.all<FulfilmentEventRow>(
          `SELECT seq, order_id AS orderId, type, at, event_json AS eventJson, received_by AS receivedBy,
          received_at AS receivedAt FROM fulfilment_events WHERE order_id IN (${slice.map(() => '?').join(', ')})`,
          ...slice,
        ),
      );
    }
    return rows.sort((a, b) => a.seq! - b.seq!);
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

  async dueOutbox(now: number, limit: number): Promise<OutboxRow[]> {
    return this.all<OutboxRow>(
      `SELECT ${c.OUTBOX_COLUMNS} FROM outbox WHERE delivered_at IS NULL AND dead_at IS NULL AND next_attempt_at <= ?
      ORDER BY next_attempt_at, seq LIMIT ?`,
      now,
      limit,
    );
  }
  /** One writer: the claim is one synchronous UPDATE, between two group commits, never inside one. */
  async claimOutbox(now: number, limit: number, claim: OutboxClaim): Promise<OutboxRow[]> {
    const rows = this.all<OutboxRow>(
      `UPDATE outbox SET claimed_by = ?, lease_until = ? WHERE seq IN (SELECT seq FROM outbox
      WHERE delivered_at IS NULL AND dead_at IS NULL AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until <= ?)
      ORDER BY next_attempt_at, seq LIMIT ?)
      RETURNING ${c.OUTBOX_COLUMNS}`,
      claim.by,
      now + claim.leaseMs,
      now,
      now,
      limit,
    );
    return rows.sort(dueFirst);
  }
  async deadOutbox(limit: number): Promise<OutboxRow[]> {
    return this.all<OutboxRow>(
      `SELECT ${c.OUTBOX_COLUMNS} FROM outbox WHERE dead_at IS NOT NULL AND delivered_at IS NULL AND discarded_at IS NULL
      ORDER BY dead_at DESC, seq DESC LIMIT ?`,
      limit,
    );
  }
  async outboxEntry(seq: number): Promise<OutboxRow | undefined> {
    return this.get<OutboxRow>(`SELECT ${c.OUTBOX_COLUMNS} FROM outbox WHERE seq = ?`, seq);
  }
  async subscribedEvents(): Promise<ReadonlySet<string>> {
    // Asked on every order, like liveSignature: re-read only when a webhook changed here or anything
    // changed through another connection.
    const dataVersion = this.dataVersion.get() as number;
    if (this.eventsCache === undefined || dataVersion !== this.eventsCache.dataVersion) {
      const events = new Set((await this.listWebhooks()).flatMap((hook) => hook.events));
      this.eventsCache = { dataVersion, events };
    }
    return this.eventsCache.events;
  }
  async listWebhooks(): Promise<WebhookRow[]> {
    return this.all<Parameters<typeof c.webhookFrom>[0]>(
      `SELECT ${c.WEBHOOK_COLUMNS} FROM webhooks WHERE deleted_at IS NULL ORDER BY created_at, id`,
    ).map(c.webhookFrom);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.flush();
    this.closed = true;
    this.db.close();
  }
}
