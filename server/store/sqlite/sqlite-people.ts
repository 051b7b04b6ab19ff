/** Users, sessions, API tokens and the audit log on SQLite (reads). */
import type { AuditRow, SessionRow, TokenRow, UserRow } from '../types/index';
import * as c from './columns';
import type { SqliteReads } from './sqlite-reads';

export async function userByName(db: SqliteReads, username: string): Promise<UserRow | undefined> {
  const raw = db.one<Parameters<typeof c.userFrom>[0]>(
    `SELECT ${c.USER_COLUMNS} FROM users WHERE username = ?`,
    username,
  );
  return raw && c.userFrom(raw);
}

export async function userById(db: SqliteReads, id: string): Promise<UserRow | undefined> {
  const raw = db.one<Parameters<typeof c.userFrom>[0]>(`SELECT ${c.USER_COLUMNS} FROM users WHERE id = ?`, id);
  return raw && c.userFrom(raw);
}

export async function listUsers(db: SqliteReads): Promise<UserRow[]> {
  return db
    .all<Parameters<typeof c.userFrom>[0]>(`SELECT ${c.USER_COLUMNS} FROM users ORDER BY username`)
    .map(c.userFrom);
}

export async function countUsers(db: SqliteReads): Promise<number> {
  return db.one<{ n: number }>('SELECT count(*) AS n FROM users')!.n;
}

export async function session(db: SqliteReads, tokenHash: string): Promise<SessionRow | undefined> {
  return db.one<SessionRow>(`SELECT ${c.SESSION_COLUMNS} FROM sessions WHERE token_hash = ?`, tokenHash);
}

export async function tokenByHash(db: SqliteReads, tokenHash: string): Promise<TokenRow | undefined> {
  const raw = db.one<Parameters<typeof c.tokenFrom>[0]>(
    `SELECT ${c.TOKEN_COLUMNS} FROM api_tokens WHERE token_hash = ?`,
    tokenHash,
  );
  return raw && c.tokenFrom(raw);
}

export async function listTokens(db: SqliteReads): Promise<TokenRow[]> {
  return db
    .all<Parameters<typeof c.tokenFrom>[0]>(`SELECT ${c.TOKEN_COLUMNS} FROM api_tokens ORDER BY created_at`)
    .map(c.tokenFrom);
}

export async function listAudit(db: SqliteReads, afterSeq: number, limit: number): Promise<AuditRow[]> {
  return db.all<AuditRow>(
    `SELECT ${c.AUDIT_COLUMNS} FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?`,
    afterSeq,
    limit,
  );
}
