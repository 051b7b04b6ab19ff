/**
 * Raw rows from a test server's store on either engine, for checks the RunStore interface does not offer
 * (every outbox row of a kind, delivered or not). Write the SELECT so it reads the same in both dialects:
 * `?` placeholders and double-quoted camelCase aliases.
 */
import { numbered } from '../store/postgres/pg-sql';
import { PgStore } from '../store/postgres/pg-store';
import { SqliteStore } from '../store/sqlite/sqlite-store';
import type { RunStore } from '../store/types/index';

export async function storeRows<T extends object>(store: RunStore, sql: string, ...params: unknown[]): Promise<T[]> {
  if (store instanceof SqliteStore) return store.database.prepare(sql).all(...params) as T[];
  if (store instanceof PgStore) return store.query<T>(numbered(sql), params);
  throw new Error('storeRows reads only SQLite and PostgreSQL stores');
}
