/** The outbox and webhook subscriptions on PostgreSQL (reads and the relay's claim). */
import { performance } from 'node:perf_hooks';
import * as c from '../sqlite/columns';
import { dueFirst, type OutboxClaim, type OutboxRow, type WebhookRow } from '../types/index';
import type { PgReads } from './pg-reads';
import * as q from './pg-sql';

export function pendingOutbox(db: PgReads, limit: number): Promise<OutboxRow[]> {
  return db.all<OutboxRow>(`SELECT ${q.OUTBOX} FROM outbox WHERE delivered_at IS NULL ORDER BY seq LIMIT ?`, limit);
}

export function dueOutbox(db: PgReads, now: number, limit: number): Promise<OutboxRow[]> {
  return db.all<OutboxRow>(
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
export async function claimOutbox(db: PgReads, now: number, limit: number, claim: OutboxClaim): Promise<OutboxRow[]> {
  const rows = await db.all<OutboxRow>(
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

export function deadOutbox(db: PgReads, limit: number): Promise<OutboxRow[]> {
  return db.all<OutboxRow>(
    `SELECT ${q.OUTBOX} FROM outbox WHERE dead_at IS NOT NULL AND delivered_at IS NULL AND discarded_at IS NULL
    ORDER BY dead_at DESC, seq DESC LIMIT ?`,
    limit,
  );
}

export function outboxEntry(db: PgReads, seq: number): Promise<OutboxRow | undefined> {
  return db.one<OutboxRow>(`SELECT ${q.OUTBOX} FROM outbox WHERE seq = ?`, seq);
}

export async function listWebhooks(db: PgReads): Promise<WebhookRow[]> {
  return (
    await db.all<Parameters<typeof c.webhookFrom>[0]>(
      `SELECT ${q.WEBHOOK} FROM webhooks WHERE deleted_at IS NULL ORDER BY created_at, id`,
    )
  ).map(c.webhookFrom);
}

/**
 * The subscribed order events, kept for `keptMs`: other processes share the database, so no local flag
 * tells this one of their webhook changes (SQLite's data_version has no PostgreSQL twin). Orders asking
 * while it is read share the one query.
 */
export class KeptSubscriptions {
  private kept: { readonly events: Promise<ReadonlySet<string>>; readonly until: number } | undefined;

  constructor(
    private readonly db: PgReads,
    private readonly keptMs: number,
  ) {}

  events(): Promise<ReadonlySet<string>> {
    const now = performance.now();
    const kept = this.kept;
    if (kept && kept.until > now) return kept.events;
    const events = listWebhooks(this.db).then((hooks) => new Set(hooks.flatMap((hook) => hook.events)));
    const entry = { events, until: now + this.keptMs };
    this.kept = entry;
    // A failed read is not kept: the next order asks again.
    events.catch(() => {
      if (this.kept === entry) this.kept = undefined;
    });
    return events;
  }

  /** Called before and after a commit that changes a webhook: a lookup started meanwhile may have read the old set. */
  forget(): void {
    this.kept = undefined;
  }
}
