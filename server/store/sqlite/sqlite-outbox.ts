/** The outbox and webhook subscriptions on SQLite (reads and the relay's claim). */
import { dueFirst, type OutboxClaim, type OutboxRow, type WebhookRow } from '../types/index';
import * as c from './columns';
import type { SqliteReads } from './sqlite-reads';

export async function pendingOutbox(db: SqliteReads, limit: number): Promise<OutboxRow[]> {
  return db.all<OutboxRow>(
    `SELECT ${c.OUTBOX_COLUMNS} FROM outbox WHERE delivered_at IS NULL ORDER BY seq LIMIT ?`,
    limit,
  );
}

export async function dueOutbox(db: SqliteReads, now: number, limit: number): Promise<OutboxRow[]> {
  return db.all<OutboxRow>(
    `SELECT ${c.OUTBOX_COLUMNS} FROM outbox WHERE delivered_at IS NULL AND dead_at IS NULL AND next_attempt_at <= ?
    ORDER BY next_attempt_at, seq LIMIT ?`,
    now,
    limit,
  );
}

/** One writer: the claim is one synchronous UPDATE, between two group commits, never inside one. */
export async function claimOutbox(
  db: SqliteReads,
  now: number,
  limit: number,
  claim: OutboxClaim,
): Promise<OutboxRow[]> {
  const rows = db.all<OutboxRow>(
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

export async function deadOutbox(db: SqliteReads, limit: number): Promise<OutboxRow[]> {
  return db.all<OutboxRow>(
    `SELECT ${c.OUTBOX_COLUMNS} FROM outbox WHERE dead_at IS NOT NULL AND delivered_at IS NULL AND discarded_at IS NULL
    ORDER BY dead_at DESC, seq DESC LIMIT ?`,
    limit,
  );
}

export async function outboxEntry(db: SqliteReads, seq: number): Promise<OutboxRow | undefined> {
  return db.one<OutboxRow>(`SELECT ${c.OUTBOX_COLUMNS} FROM outbox WHERE seq = ?`, seq);
}

export function readWebhooks(db: SqliteReads): WebhookRow[] {
  return db
    .all<Parameters<typeof c.webhookFrom>[0]>(
      `SELECT ${c.WEBHOOK_COLUMNS} FROM webhooks WHERE deleted_at IS NULL ORDER BY created_at, id`,
    )
    .map(c.webhookFrom);
}

export async function listWebhooks(db: SqliteReads): Promise<WebhookRow[]> {
  return readWebhooks(db);
}

/** The order events at least one webhook takes (read through KeptUntilChange: it is asked on every order). */
export function readSubscribedEvents(db: SqliteReads): ReadonlySet<string> {
  return new Set(readWebhooks(db).flatMap((hook) => hook.events));
}
