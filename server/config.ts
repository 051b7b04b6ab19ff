import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { parseAllowList } from './outbound/allow-list';

const int = (min: number) => z.coerce.number().int().min(min);
const bool = z.union([z.boolean(), z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1')]);

/** Every setting with its default; README's "Server" section lists the same, with the env var names. */
export const configSchema = z.strictObject({
  port: int(0).max(65535).default(5173),
  host: z.string().min(1).default('127.0.0.1'),
  dataDir: z.string().min(1).default('./data'),
  synchronous: z.enum(['FULL', 'NORMAL']).default('FULL'),
  /** postgres://… switches the store from the SQLite file in dataDir to PostgreSQL. */
  databaseUrl: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'a postgres:// or postgresql:// URL')
    .optional(),
  /** The PostgreSQL schema for the tables (created when missing). */
  databaseSchema: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'lower-case letters, digits and _')
    .default('public'),
  /** PostgreSQL connections per process. */
  databasePoolSize: int(1).max(200).default(10),
  /** redis://… dispatches SLA timers through BullMQ delayed jobs, run by worker processes. */
  redisUrl: z
    .string()
    .regex(/^rediss?:\/\//, 'a redis:// or rediss:// URL')
    .optional(),
  /** Prefix of every Redis key of this deployment (queues of several deployments can share one Redis). */
  queuePrefix: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,64}$/, 'letters, digits, _ . -')
    .default('orderflow'),
  /** api: HTTP only; worker: timers, reminders and effects only; all: both in one process. */
  role: z.enum(['api', 'worker', 'all']).default('all'),
  /** Processes of this role to start (API processes share the port). */
  processes: int(1).max(64).default(1),
  /** With a queue, the database sweeper is only the backstop for timers Redis lost: it runs this often. */
  backstopSweepMs: int(10).default(5000),
  /** World context file for runs (warehouses, carriers, …). */
  context: z.string().min(1).optional(),
  /** How the editor is served on the same port: Vite in middleware mode, the built dist/, or not at all. */
  editor: z.enum(['vite', 'dist', 'off']).default('vite'),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  bodyLimitBytes: int(1024).default(1_048_576),
  loginRatePerMinute: int(1).default(10),
  intakeRatePerMinute: int(1).default(600_000),
  sweepIntervalMs: int(10).default(1000),
  /** Remote-region aging guard: a remote order on hold longer than this many hours goes to the top of the inbox (0: off). */
  remoteAgingHours: z.coerce.number().min(0).default(48),
  /** Four-eyes for every flow: approvals needed from people other than the author (a flow may ask for more). */
  publishApprovals: int(0).max(10).default(0),
  /** Refuse a decision by whoever sent the order or authored the running flow version. */
  refuseSelfApproval: bool.default(true),
  sessionHours: z.coerce.number().positive().default(12),
  idempotencyHours: z.coerce.number().min(24).default(24),
  seed: bool.default(true),
  /** Which example flows the first start publishes (ids, comma-separated); empty: all of them. */
  seedFlows: z
    .union([
      z.array(z.string().min(1)),
      z.string().transform((text) =>
        text
          .split(',')
          .map((id) => id.trim())
          .filter((id) => id.length > 0),
      ),
    ])
    .default([]),
  /** The first admin's password; random (printed once) when unset. */
  adminPassword: z.string().min(12).optional(),
  cookieSecure: bool.default(false),
  /** Hosts outbound calls (webhooks, API-call nodes) may reach: `host`, `host:port`, `*.domain`, comma-separated. */
  outboundHosts: z
    .string()
    .default('')
    .superRefine((text, ctx) => {
      try {
        parseAllowList(text);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: error instanceof Error ? error.message : String(error) });
      }
    }),
  outboundTimeoutMs: int(100).max(120_000).default(10_000),
  outboundMaxResponseBytes: int(1024)
    .max(64 * 1_048_576)
    .default(1_048_576),
  /** Delivery attempts of one effect before it becomes a dead letter. */
  outboxMaxAttempts: int(1).max(100).default(8),
  /** First retry delay; doubled per failed attempt (with jitter) up to the cap. */
  outboxBackoffMs: int(1).default(1000),
  outboxBackoffCapMs: int(1).default(3_600_000),
  /**
   * How long a relay holds the outbox rows it claimed; a relay that dies leaves them to others after
   * this. At least two outbound timeouts: a claimed row waits for at most one delivery before its own.
   */
  outboxLeaseMs: int(100).default(60_000),
  /** On SIGTERM, how long requests in flight (and the timers' and relay's work) may take to finish before the store closes. */
  drainTimeoutMs: int(0).default(30_000),
});

export type ServerConfig = z.output<typeof configSchema>;

/** Env var for each setting: ORDERFLOW_ + SNAKE_CASE of the key. */
export const envName = (key: string): string => `ORDERFLOW_${key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;

/** The file named by ORDERFLOW_CONFIG (JSON, the same keys), then env vars over it, then defaults. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): ServerConfig {
  let fromFile: Record<string, unknown> = {};
  const file = env.ORDERFLOW_CONFIG;
  if (file) {
    try {
      fromFile = JSON.parse(readFileSync(resolve(cwd, file), 'utf8')) as Record<string, unknown>;
    } catch (error) {
      throw new Error(`ORDERFLOW_CONFIG ${file}: ${error instanceof Error ? error.message : String(error)}`, {
        cause: error,
      });
    }
  }
  const fromEnv: Record<string, unknown> = {};
  for (const key of Object.keys(configSchema.shape)) {
    const value = env[envName(key)];
    if (value !== undefined && value !== '') fromEnv[key] = value;
  }
  const parsed = configSchema.safeParse({ ...fromFile, ...fromEnv });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${envName(String(i.path[0] ?? ''))}: ${i.message}`);
    throw new Error(`invalid server configuration:\n  ${lines.join('\n  ')}`);
  }
  const { outboxLeaseMs, outboundTimeoutMs } = parsed.data;
  if (outboxLeaseMs < 2 * outboundTimeoutMs)
    throw new Error(
      `invalid server configuration:\n  ${envName('outboxLeaseMs')}: ${outboxLeaseMs} ms is shorter than two outbound timeouts (${envName('outboundTimeoutMs')} ${outboundTimeoutMs} ms); another relay would take rows still being delivered`,
    );
  return parsed.data;
}
