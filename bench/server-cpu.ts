/**
 * Where the CPU of one order goes on this machine: the server's processes, PostgreSQL's backends for
 * this deployment, Redis and the load generator, read from /proc (Linux; undefined elsewhere). With
 * every party on the same 2 cores, their sum per order bounds orders/s: cores ÷ CPU per order.
 */
import { readFileSync } from 'node:fs';
import { Redis } from 'ioredis';
import pg from 'pg';

/** A process's CPU time (user + system) so far, in µs; undefined when it cannot be read. */
export function cpuMicros(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat)
    return (ticks / 100) * 1e6; // USER_HZ is 100 on Linux
  } catch {
    return undefined;
  }
}

/** The process and its children (the API processes `--processes N` supervises). */
export function treeCpuMicros(pid: number): number | undefined {
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    // no children list: the process alone
  }
  let total = 0;
  for (const id of [pid, ...children]) {
    const micros = cpuMicros(id);
    if (micros === undefined) return undefined;
    total += micros;
  }
  return total;
}

/** CPU of a fixed set of processes; ones that went away count as 0 from then on. */
export function sumCpu(pids: readonly number[]): () => number {
  const last = new Map<number, number>();
  return () => {
    for (const pid of pids) {
      const micros = cpuMicros(pid);
      if (micros !== undefined) last.set(pid, micros);
    }
    return [...last.values()].reduce((a, b) => a + b, 0);
  };
}

/** PostgreSQL backends serving this deployment (the store names its connections `orderflow:<schema>`). */
export async function postgresBackends(databaseUrl: string, schema: string): Promise<number[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(
      'SELECT pid FROM pg_stat_activity WHERE application_name = $1',
      [`orderflow:${schema}`],
    );
    return rows.map((r) => r.pid);
  } finally {
    await client.end();
  }
}

/** The Redis server's process id, from INFO (shared by every deployment on it). */
export async function redisPid(url: string): Promise<number | undefined> {
  const redis = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    const match = /process_id:(\d+)/.exec(await redis.info('server'));
    return match ? Number(match[1]) : undefined;
  } finally {
    redis.disconnect();
  }
}

/** This process's CPU (the load generator runs here), in µs. */
export const ownCpuMicros = (): number => {
  const { user, system } = process.cpuUsage();
  return user + system;
};
