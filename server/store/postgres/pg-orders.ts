/** Orders, their runs and holds, idempotency keys and fulfilment events on PostgreSQL (reads). */
import * as c from '../sqlite/columns';
import type { FulfilmentEventRow, IdempotencyRow, OrderRow, RunFilter, RunRow, WaitRow } from '../types/index';
import { runFilterSql } from '../run-filter';
import type { PgReads } from './pg-reads';
import * as q from './pg-sql';

export function idempotency(db: PgReads, scope: string, key: string): Promise<IdempotencyRow | undefined> {
  return db.one<IdempotencyRow>(
    `SELECT ${q.IDEMPOTENCY} FROM idempotency_keys WHERE scope = ? AND key = ?`,
    scope,
    key,
  );
}

export function orderByChannelId(db: PgReads, channel: string, channelOrderId: string): Promise<OrderRow | undefined> {
  return db.one<OrderRow>(
    `SELECT ${q.ORDER} FROM orders WHERE channel = ? AND channel_order_id = ? AND status = 'accepted'`,
    channel,
    channelOrderId,
  );
}

export function rejectedByPayload(db: PgReads, channel: string, payloadHash: string): Promise<OrderRow | undefined> {
  return db.one<OrderRow>(
    `SELECT ${q.ORDER} FROM orders WHERE channel = ? AND payload_hash = ? AND status = 'rejected'`,
    channel,
    payloadHash,
  );
}

export function order(db: PgReads, id: string): Promise<OrderRow | undefined> {
  return db.one<OrderRow>(`SELECT ${q.ORDER} FROM orders WHERE id = ?`, id);
}

export function listOrders(db: PgReads, status: OrderRow['status'] | undefined, limit: number): Promise<OrderRow[]> {
  if (status === undefined)
    return db.all<OrderRow>(`SELECT ${q.ORDER} FROM orders ORDER BY received_at DESC, id DESC LIMIT ?`, limit);
  return db.all<OrderRow>(
    `SELECT ${q.ORDER} FROM orders WHERE status = ? ORDER BY received_at DESC, id DESC LIMIT ?`,
    status,
    limit,
  );
}

export function run(db: PgReads, id: string): Promise<RunRow | undefined> {
  return db.one<RunRow>(`SELECT ${q.RUN} FROM runs WHERE id = ?`, id);
}

export function listRuns(db: PgReads, filter: RunFilter): Promise<RunRow[]> {
  const { clause, params } = runFilterSql(filter);
  return db.all<RunRow>(
    `SELECT ${q.RUN} FROM runs ${clause} ORDER BY created_at DESC, id DESC LIMIT ?`,
    ...params,
    filter.limit,
  );
}

export async function openWait(db: PgReads, runId: string): Promise<WaitRow | undefined> {
  const raw = await db.one<Parameters<typeof c.waitFrom>[0]>(
    `SELECT ${q.WAIT} FROM waits WHERE run_id = ? AND closed_at IS NULL`,
    runId,
  );
  return raw && c.waitFrom(raw);
}

export async function waitsOfRun(db: PgReads, runId: string): Promise<WaitRow[]> {
  return (
    await db.all<Parameters<typeof c.waitFrom>[0]>(
      `SELECT ${q.WAIT} FROM waits WHERE run_id = ? ORDER BY created_at, id`,
      runId,
    )
  ).map(c.waitFrom);
}

export async function openWaits(db: PgReads, roles: readonly string[] | undefined, limit: number): Promise<WaitRow[]> {
  if (roles !== undefined && roles.length === 0) return [];
  const roleClause = roles === undefined ? '' : `AND role IN (${roles.map(() => '?').join(', ')})`;
  return (
    await db.all<Parameters<typeof c.waitFrom>[0]>(
      `SELECT ${q.WAIT} FROM waits WHERE closed_at IS NULL AND kind != 'api-call' ${roleClause}
      ORDER BY priority DESC, due_at IS NULL, due_at, created_at LIMIT ?`,
      ...(roles ?? []),
      limit,
    )
  ).map(c.waitFrom);
}

export async function dueWaits(db: PgReads, now: number, limit: number): Promise<WaitRow[]> {
  return (
    await db.all<Parameters<typeof c.waitFrom>[0]>(
      `SELECT ${q.WAIT} FROM waits WHERE closed_at IS NULL AND due_at <= ? ORDER BY due_at LIMIT ?`,
      now,
      limit,
    )
  ).map(c.waitFrom);
}

export async function remindableWaits(db: PgReads, now: number, limit: number): Promise<WaitRow[]> {
  return (
    await db.all<Parameters<typeof c.waitFrom>[0]>(
      `SELECT ${q.WAIT} FROM waits WHERE closed_at IS NULL AND reminded = 0 AND remind_at <= ? ORDER BY remind_at LIMIT ?`,
      now,
      limit,
    )
  ).map(c.waitFrom);
}

export async function agingRemoteWaits(db: PgReads, createdBefore: number, limit: number): Promise<WaitRow[]> {
  // The JSON is read only for the open holds' own orders (MATERIALIZED keeps the planner from casting
  // every order's body, and a refused order's body need not be JSON). json, not jsonb: a body with a
  // \u0000 escape is valid JSON that jsonb refuses.
  return (
    await db.all<Parameters<typeof c.waitFrom>[0]>(
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

export async function openWaitCounts(db: PgReads): Promise<Record<string, number>> {
  const rows = await db.all<{ kind: string; n: number }>(
    'SELECT kind, count(*) AS n FROM waits WHERE closed_at IS NULL GROUP BY kind',
  );
  return Object.fromEntries(rows.map((r) => [r.kind, r.n]));
}

export function eventsOfOrders(db: PgReads, orderIds: readonly string[]): Promise<FulfilmentEventRow[]> {
  // One array parameter, however many orders.
  return db.all<FulfilmentEventRow>(
    `SELECT seq, order_id AS "orderId", type, at, event_json AS "eventJson", received_by AS "receivedBy",
    received_at AS "receivedAt" FROM fulfilment_events WHERE order_id = ANY(?::text[]) ORDER BY seq`,
    [...orderIds],
  );
}
