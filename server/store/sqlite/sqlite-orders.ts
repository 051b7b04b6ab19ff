/** Orders, their runs and holds, idempotency keys and fulfilment events on SQLite (reads). */
import { runFilterSql } from '../run-filter';
import type { FulfilmentEventRow, IdempotencyRow, OrderRow, RunFilter, RunRow, WaitRow } from '../types/index';
import * as c from './columns';
import type { SqliteReads } from './sqlite-reads';

type RawWait = Parameters<typeof c.waitFrom>[0];

export async function idempotency(db: SqliteReads, scope: string, key: string): Promise<IdempotencyRow | undefined> {
  return db.one<IdempotencyRow>(
    `SELECT ${c.IDEMPOTENCY_COLUMNS} FROM idempotency_keys WHERE scope = ? AND key = ?`,
    scope,
    key,
  );
}

export async function orderByChannelId(
  db: SqliteReads,
  channel: string,
  channelOrderId: string,
): Promise<OrderRow | undefined> {
  return db.one<OrderRow>(
    `SELECT ${c.ORDER_COLUMNS} FROM orders WHERE channel = ? AND channel_order_id = ? AND status = 'accepted'`,
    channel,
    channelOrderId,
  );
}

export async function rejectedByPayload(
  db: SqliteReads,
  channel: string,
  payloadHash: string,
): Promise<OrderRow | undefined> {
  return db.one<OrderRow>(
    `SELECT ${c.ORDER_COLUMNS} FROM orders WHERE channel = ? AND payload_hash = ? AND status = 'rejected'`,
    channel,
    payloadHash,
  );
}

export async function order(db: SqliteReads, id: string): Promise<OrderRow | undefined> {
  return db.one<OrderRow>(`SELECT ${c.ORDER_COLUMNS} FROM orders WHERE id = ?`, id);
}

export async function listOrders(
  db: SqliteReads,
  status: OrderRow['status'] | undefined,
  limit: number,
): Promise<OrderRow[]> {
  if (status === undefined)
    return db.all<OrderRow>(`SELECT ${c.ORDER_COLUMNS} FROM orders ORDER BY received_at DESC, id DESC LIMIT ?`, limit);
  return db.all<OrderRow>(
    `SELECT ${c.ORDER_COLUMNS} FROM orders WHERE status = ? ORDER BY received_at DESC, id DESC LIMIT ?`,
    status,
    limit,
  );
}

export async function run(db: SqliteReads, id: string): Promise<RunRow | undefined> {
  return db.one<RunRow>(`SELECT ${c.RUN_COLUMNS} FROM runs WHERE id = ?`, id);
}

export async function listRuns(db: SqliteReads, filter: RunFilter): Promise<RunRow[]> {
  const { clause, params } = runFilterSql(filter);
  return db.all<RunRow>(
    `SELECT ${c.RUN_COLUMNS} FROM runs ${clause} ORDER BY created_at DESC, id DESC LIMIT ?`,
    ...params,
    filter.limit,
  );
}

export async function openWait(db: SqliteReads, runId: string): Promise<WaitRow | undefined> {
  const raw = db.one<RawWait>(`SELECT ${c.WAIT_COLUMNS} FROM waits WHERE run_id = ? AND closed_at IS NULL`, runId);
  return raw && c.waitFrom(raw);
}

export async function waitsOfRun(db: SqliteReads, runId: string): Promise<WaitRow[]> {
  return db
    .all<RawWait>(`SELECT ${c.WAIT_COLUMNS} FROM waits WHERE run_id = ? ORDER BY created_at, id`, runId)
    .map(c.waitFrom);
}

export async function openWaits(
  db: SqliteReads,
  roles: readonly string[] | undefined,
  limit: number,
): Promise<WaitRow[]> {
  if (roles !== undefined && roles.length === 0) return [];
  const roleClause = roles === undefined ? '' : `AND role IN (${roles.map(() => '?').join(', ')})`;
  return db
    .all<RawWait>(
      `SELECT ${c.WAIT_COLUMNS} FROM waits WHERE closed_at IS NULL AND kind != 'api-call' ${roleClause} ORDER BY priority DESC, due_at IS NULL, due_at, created_at LIMIT ?`,
      ...(roles ?? []),
      limit,
    )
    .map(c.waitFrom);
}

export async function dueWaits(db: SqliteReads, now: number, limit: number): Promise<WaitRow[]> {
  return db
    .all<RawWait>(
      `SELECT ${c.WAIT_COLUMNS} FROM waits WHERE closed_at IS NULL AND due_at <= ? ORDER BY due_at LIMIT ?`,
      now,
      limit,
    )
    .map(c.waitFrom);
}

export async function remindableWaits(db: SqliteReads, now: number, limit: number): Promise<WaitRow[]> {
  return db
    .all<RawWait>(
      `SELECT ${c.WAIT_COLUMNS} FROM waits WHERE closed_at IS NULL AND reminded = 0 AND remind_at <= ? ORDER BY remind_at LIMIT ?`,
      now,
      limit,
    )
    .map(c.waitFrom);
}

export async function agingRemoteWaits(db: SqliteReads, createdBefore: number, limit: number): Promise<WaitRow[]> {
  return db
    .all<RawWait>(
      `SELECT ${c.WAIT_COLUMNS} FROM waits WHERE id IN (SELECT w.id FROM waits w
        JOIN runs r ON r.id = w.run_id JOIN orders o ON o.id = r.intake_id
        WHERE w.closed_at IS NULL AND w.priority = 0 AND w.created_at < ?
        AND json_extract(o.body_json, '$.shippingAddress.remote') = 1) ORDER BY created_at LIMIT ?`,
      createdBefore,
      limit,
    )
    .map(c.waitFrom);
}

export async function openWaitCounts(db: SqliteReads): Promise<Record<string, number>> {
  const rows = db.all<{ kind: string; n: number }>(
    'SELECT kind, count(*) AS n FROM waits WHERE closed_at IS NULL GROUP BY kind',
  );
  return Object.fromEntries(rows.map((r) => [r.kind, r.n]));
}

/** SQLite allows a bounded number of parameters: the orders are asked for in slices of this many. */
const ORDERS_PER_QUERY = 500;

export async function eventsOfOrders(db: SqliteReads, orderIds: readonly string[]): Promise<FulfilmentEventRow[]> {
  const rows: FulfilmentEventRow[] = [];
  for (let i = 0; i < orderIds.length; i += ORDERS_PER_QUERY) {
    const slice = orderIds.slice(i, i + ORDERS_PER_QUERY);
    rows.push(
      ...db.all<FulfilmentEventRow>(
        `SELECT seq, order_id AS orderId, type, at, event_json AS eventJson, received_by AS receivedBy,
        received_at AS receivedAt FROM fulfilment_events WHERE order_id IN (${slice.map(() => '?').join(', ')})`,
        ...slice,
      ),
    );
  }
  return rows.sort((a, b) => a.seq! - b.seq!);
}
