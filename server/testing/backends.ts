/**
 * Which engine the server tests run on. ORDERFLOW_TEST_BACKEND=postgres (set by vitest's `server-pg`
 * project) runs them on PostgreSQL + BullMQ/Redis, each server in its own schema and key prefix,
 * removed when it closes; unset means the SQLite default. The machine's services are at the URLs below.
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';
import type { ServerConfig } from '../config';

export type TestBackend = 'sqlite' | 'postgres';

export const TEST_DATABASE_URL = process.env.ORDERFLOW_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const TEST_REDIS_URL = process.env.ORDERFLOW_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export function testBackend(): TestBackend {
  const value = process.env.ORDERFLOW_TEST_BACKEND ?? 'sqlite';
  if (value !== 'sqlite' && value !== 'postgres')
    throw new Error(`ORDERFLOW_TEST_BACKEND must be sqlite or postgres, not "${value}"`);
  return value;
}

/** A fresh schema and Redis key prefix, so tests running side by side never see each other. */
export function scaleOutConfig(): Pick<ServerConfig, 'databaseUrl' | 'databaseSchema' | 'redisUrl' | 'queuePrefix'> {
  const tag = randomBytes(6).toString('hex');
  return {
    databaseUrl: TEST_DATABASE_URL,
    databaseSchema: `t_${tag}`,
    redisUrl: TEST_REDIS_URL,
    queuePrefix: `oftest-${tag}`,
  };
}

/** Drops the schema and deletes the prefix's keys (what scaleOutConfig made). */
export async function removeScaleOut(config: Pick<ServerConfig, 'databaseSchema' | 'queuePrefix'>): Promise<void> {
  if (!/^t_[0-9a-f]+$/.test(config.databaseSchema)) throw new Error(`not a test schema: ${config.databaseSchema}`);
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${config.databaseSchema} CASCADE`);
  } finally {
    await client.end();
  }
  await deleteRedisPrefix(config.queuePrefix);
}

/**
 * Deletes every key under the prefix: how tests "lose Redis" without flushing a server other people use.
 * Returns how many keys went.
 */
export async function deleteRedisPrefix(prefix: string): Promise<number> {
  if (!/^oftest-/.test(prefix)) throw new Error(`not a test prefix: ${prefix}`);
  const redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: 1 });
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) deleted += await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return deleted;
}
