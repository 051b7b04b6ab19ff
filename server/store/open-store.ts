import type { ServerConfig } from '../config';
import { PgStore } from './postgres/pg-store';
import { SqliteStore } from './sqlite/sqlite-store';
import type { RunStore } from './types/index';

/** The store the configuration names: PostgreSQL when ORDERFLOW_DATABASE_URL is set, else the SQLite file. */
export async function openStore(config: ServerConfig): Promise<RunStore> {
  if (config.databaseUrl)
    return PgStore.open({ url: config.databaseUrl, schema: config.databaseSchema, poolSize: config.databasePoolSize });
  return new SqliteStore({ dataDir: config.dataDir, synchronous: config.synchronous });
}

/** Where the data lives, for logs (never the URL's password). */
export function storeLabel(config: ServerConfig): string {
  if (!config.databaseUrl) return `sqlite:${config.dataDir} (synchronous=${config.synchronous})`;
  const url = new URL(config.databaseUrl);
  return `postgres://${url.host}${url.pathname} schema ${config.databaseSchema}`;
}
