import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SQLITE_MIGRATIONS } from '../migrations/sqlite/index';

export type Synchronous = 'FULL' | 'NORMAL';

/**
 * Opens (creating on first start) the database file: WAL so readers never block the writer,
 * `synchronous` FULL by default (a commit survives power loss) or NORMAL (survives a process crash).
 */
export function openSqlite(dataDir: string, synchronous: Synchronous): Database.Database {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'orderflow.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous}`);
  db.pragma('foreign_keys = ON');
  // Another process holding the write lock (a backup, a second server) is waited for, not failed on.
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

/** Applies migrations/sqlite in order, each once, recorded in schema_migrations. */
export function migrate(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
  const applied = new Set(db.prepare('SELECT name FROM schema_migrations').pluck().all() as string[]);
  for (const { name: file, sql } of SQLITE_MIGRATIONS) {
    if (applied.has(file)) continue;
    db.transaction(() => {
      db.exec(sql);
      db.prepare("INSERT INTO schema_migrations (name, applied_at) VALUES (?, datetime('now'))").run(file);
    }).immediate();
  }
}
