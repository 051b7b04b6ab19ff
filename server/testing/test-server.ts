/**
 * The real server on a random port and a small HTTP client for tests. The engine is the SQLite default
 * over a temp file, or PostgreSQL + BullMQ/Redis in a fresh schema and key prefix when
 * ORDERFLOW_TEST_BACKEND=postgres (testing/backends.ts): the same tests run on both.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, type App, type AppOptions } from '../app';
import { ManualClock } from '../clock';
import { configSchema, type ServerConfig } from '../config';
import { seed } from '../seed';
import { openStore } from '../store/open-store';
import type { RunStore } from '../store/types/index';
import { removeScaleOut, scaleOutConfig, testBackend, type TestBackend } from './backends';

/** A store whose commits wait while held: a request stays "in flight" as long as the test wants. */
export function gatedStore(store: RunStore): { store: RunStore; hold(): () => void; waiting(): number } {
  let gate: Promise<void> | undefined;
  let waiting = 0;
  const wrapped = new Proxy(store, {
    get(target, prop, receiver) {
      if (prop !== 'commit') return Reflect.get(target, prop, receiver);
      return async (set: Parameters<RunStore['commit']>[0]) => {
        if (gate) {
          waiting++;
          await gate;
          waiting--;
        }
        return target.commit(set);
      };
    },
  });
  return {
    store: wrapped,
    waiting: () => waiting,
    hold() {
      let release!: () => void;
      gate = new Promise((resolve) => (release = resolve));
      return () => {
        gate = undefined;
        release();
      };
    },
  };
}

export const ADMIN_PASSWORD = 'test-admin-password-1';
export const START = Date.parse('2026-11-11T02:00:00Z');

export interface Reply {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  // Answers are checked field by field in tests.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly json: any;
}

export interface RequestOptions {
  readonly body?: unknown;
  /** Sent as is (not JSON-encoded). */
  readonly raw?: string;
  readonly key?: string;
  readonly headers?: Record<string, string>;
}

/** Speaks HTTP as one principal (a session cookie or a bearer token). */
export class Client {
  constructor(
    readonly url: string,
    private readonly auth: Record<string, string> = {},
  ) {}

  async request(method: string, path: string, options: RequestOptions = {}): Promise<Reply> {
    const headers: Record<string, string> = { ...this.auth, ...options.headers };
    let body: string | undefined;
    if (options.raw !== undefined || options.body !== undefined) {
      headers['content-type'] ??= 'application/json';
      body = options.raw ?? JSON.stringify(options.body);
    }
    if (options.key !== undefined) headers['idempotency-key'] = options.key;
    const response = await fetch(this.url + path, { method, headers, body });
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json };
  }

  get = (path: string) => this.request('GET', path);
  post = (path: string, body: unknown, key: string = crypto.randomUUID()) => this.request('POST', path, { body, key });
  put = (path: string, body: unknown, key: string = crypto.randomUUID()) => this.request('PUT', path, { body, key });
}

export interface TestServer {
  readonly app: App;
  readonly url: string;
  readonly clock: ManualClock;
  readonly dataDir: string;
  readonly admin: Client;
  /** Creates a user with these roles and returns a client signed in as them. */
  user(username: string, roles: string[], approvalRoles?: string[]): Promise<Client & { id: string }>;
  /** An API token client with these roles. */
  token(roles: string[], approvalRoles?: string[]): Promise<Client & { id: string }>;
  close(): Promise<void>;
}

export async function login(url: string, username: string, password: string): Promise<Client> {
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200) throw new Error(`login as ${username}: ${response.status} ${await response.text()}`);
  const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
  return new Client(url, { cookie });
}

export interface TestServerOptions {
  readonly seedExamples?: boolean;
  /** Wraps the real store (e.g. to hold commits back and see a request in flight). */
  readonly wrapStore?: (store: RunStore) => RunStore;
  /** Jitter of outbox retries (pin it to assert exact backoff). */
  readonly random?: () => number;
  readonly deliveries?: AppOptions['deliveries'];
  readonly secrets?: AppOptions['secrets'];
  /** This engine whatever ORDERFLOW_TEST_BACKEND says (tests of the scale-out itself). */
  readonly backend?: TestBackend;
}

export async function startTestServer(
  overrides: Partial<ServerConfig> = {},
  options: TestServerOptions = {},
): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'orderflow-server-'));
  const clock = new ManualClock(START);
  const config = configSchema.parse({
    dataDir,
    port: 0,
    editor: 'off',
    logLevel: 'silent',
    seed: options.seedExamples ?? false,
    adminPassword: ADMIN_PASSWORD,
    context: join(import.meta.dirname, '..', '..', 'examples', 'data', 'context.json'),
    loginRatePerMinute: 1000,
    ...((options.backend ?? testBackend()) === 'postgres' ? scaleOutConfig() : {}),
    ...overrides,
  });
  const real = await openStore(config);
  const app = await buildApp({
    config,
    clock,
    timers: false,
    store: options.wrapStore ? options.wrapStore(real) : real,
    ...(options.random ? { random: options.random } : {}),
    ...(options.deliveries ? { deliveries: options.deliveries } : {}),
    ...(options.secrets ? { secrets: options.secrets } : {}),
  });
  await seed(app.deps);
  const address = await app.fastify.listen({ port: 0, host: '127.0.0.1' });
  const admin = await login(address, 'admin', ADMIN_PASSWORD);
  let n = 0;
  return {
    app,
    url: address,
    clock,
    dataDir,
    admin,
    async user(username, roles, approvalRoles = []) {
      const created = await admin.post('/api/v1/users', {
        username,
        password: `${username}-password-1`,
        roles,
        approvalRoles,
      });
      if (created.status !== 201) throw new Error(`create user ${username}: ${created.text}`);
      return Object.assign(await login(address, username, `${username}-password-1`), { id: created.json.id as string });
    },
    async token(roles, approvalRoles = []) {
      const created = await admin.post('/api/v1/tokens', { name: `token-${++n}`, roles, approvalRoles });
      if (created.status !== 201) throw new Error(`create token: ${created.text}`);
      return Object.assign(new Client(address, { authorization: `Bearer ${created.json.token}` }), {
        id: `token:${created.json.id}`,
      });
    },
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
      if (config.databaseUrl) await removeScaleOut(config);
    },
  };
}

/** Saves and publishes a flow as `publisher`; returns the publish answer. */
export async function publish(
  server: TestServer,
  flow: { id: string },
  note = 'test publish',
  as: Client = server.admin,
): Promise<Reply> {
  const saved = await as.put(`/api/v1/flows/${flow.id}`, { flow });
  if (saved.status >= 300) throw new Error(`save ${flow.id}: ${saved.text}`);
  return as.post(`/api/v1/flows/${flow.id}/publish`, { note });
}
