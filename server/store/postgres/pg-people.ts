/** Users, sessions, API tokens and the audit log on PostgreSQL (reads). */
import { performance } from 'node:perf_hooks';
import * as c from '../sqlite/columns';
import type { AuditRow, SessionRow, TokenRow, UserRow } from '../types/index';
import type { PgReads } from './pg-reads';
import * as q from './pg-sql';

export async function userByName(db: PgReads, username: string): Promise<UserRow | undefined> {
  const raw = await db.one<Parameters<typeof c.userFrom>[0]>(
    `SELECT ${q.USER} FROM users WHERE username = ?`,
    username,
  );
  return raw && c.userFrom(raw);
}

export async function userById(db: PgReads, id: string): Promise<UserRow | undefined> {
  const raw = await db.one<Parameters<typeof c.userFrom>[0]>(`SELECT ${q.USER} FROM users WHERE id = ?`, id);
  return raw && c.userFrom(raw);
}

export async function listUsers(db: PgReads): Promise<UserRow[]> {
  return (await db.all<Parameters<typeof c.userFrom>[0]>(`SELECT ${q.USER} FROM users ORDER BY username`)).map(
    c.userFrom,
  );
}

export async function countUsers(db: PgReads): Promise<number> {
  return (await db.one<{ n: number }>('SELECT count(*) AS n FROM users'))!.n;
}

export async function session(db: PgReads, tokenHash: string): Promise<SessionRow | undefined> {
  return db.one<SessionRow>(`SELECT ${q.SESSION} FROM sessions WHERE token_hash = ?`, tokenHash);
}

export async function listTokens(db: PgReads): Promise<TokenRow[]> {
  return (await db.all<Parameters<typeof c.tokenFrom>[0]>(`SELECT ${q.TOKEN} FROM api_tokens ORDER BY created_at`)).map(
    c.tokenFrom,
  );
}

export function listAudit(db: PgReads, afterSeq: number, limit: number): Promise<AuditRow[]> {
  return db.all<AuditRow>(`SELECT ${q.AUDIT} FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?`, afterSeq, limit);
}

/** Verified tokens kept per process at most (a deployment has a handful; the bound keeps guesses from growing it). */
const MAX_KEPT_TOKENS = 1000;

/**
 * Every machine request verifies its token: kept for `keptMs` (a round trip per order otherwise).
 * Unknown hashes are not kept, so a token created in another process works at once.
 */
export class KeptTokens {
  private readonly tokens = new Map<string, { readonly row: TokenRow; readonly until: number }>();
  /** Moves on every revocation: a lookup that started before one does not keep its row. */
  private revocations = 0;

  constructor(
    private readonly db: PgReads,
    private readonly keptMs: number,
  ) {}

  async byHash(tokenHash: string): Promise<TokenRow | undefined> {
    const now = performance.now();
    const revocations = this.revocations;
    const kept = this.tokens.get(tokenHash);
    if (kept && kept.until > now) return kept.row;
    const raw = await this.db.one<Parameters<typeof c.tokenFrom>[0]>(
      `SELECT ${q.TOKEN} FROM api_tokens WHERE token_hash = ?`,
      tokenHash,
    );
    const row = raw && c.tokenFrom(raw);
    if (this.tokens.size >= MAX_KEPT_TOKENS) this.tokens.clear();
    if (row && this.keptMs > 0 && revocations === this.revocations)
      this.tokens.set(tokenHash, { row, until: now + this.keptMs });
    return row;
  }

  /** Called before and after a commit that revokes tokens. */
  forget(revoked: readonly { readonly id: string }[]): void {
    if (revoked.length === 0) return;
    this.revocations++;
    const ids = new Set(revoked.map((r) => r.id));
    for (const [hash, { row }] of this.tokens) if (ids.has(row.id)) this.tokens.delete(hash);
  }
}
