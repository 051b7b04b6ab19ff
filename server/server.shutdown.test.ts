import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { spawn } from 'node:child_process';
import pg from 'pg';
import { removeScaleOut, scaleOutConfig, TEST_DATABASE_URL, testBackend } from './testing/backends';
import { freePort } from './testing/child-server';
import { approvalFlow, order } from './testing/fixtures';
import { ADMIN_PASSWORD, Client, login } from './testing/test-server';

// The real server process (tsx, SQLite, scrypt) on a shared 2-core machine: seconds, not milliseconds.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

/** `npm start`'s own entry: main.ts's serve() and its signal handling, not a test harness. */
const ENTRY = join(import.meta.dirname, '..', 'bin', 'orderflow-server.mjs');
const ORDERS = 120;

// The server-pg project runs it on PostgreSQL (the pool's end is the other way to lose a commit).
const engine = testBackend() === 'postgres' ? scaleOutConfig() : undefined;

let dataDir: string;
let env: Record<string, string>;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'orderflow-shutdown-'));
  env = {
    ...(engine
      ? { ORDERFLOW_DATABASE_URL: engine.databaseUrl!, ORDERFLOW_DATABASE_SCHEMA: engine.databaseSchema }
      : {}),
    ORDERFLOW_DATA_DIR: dataDir,
    ORDERFLOW_PORT: String(await freePort()),
    ORDERFLOW_EDITOR: 'off',
    ORDERFLOW_SEED: 'false',
    ORDERFLOW_LOG_LEVEL: 'warn',
    ORDERFLOW_ADMIN_PASSWORD: ADMIN_PASSWORD,
  };
});
afterAll(async () => {
  rmSync(dataDir, { recursive: true, force: true });
  if (engine) await removeScaleOut(engine);
});

const ACCEPTED = "SELECT order_id AS id FROM orders WHERE status = 'accepted'";

/** Order ids accepted in the database the next start reads. */
async function storedOrders(): Promise<Set<string>> {
  if (engine) {
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    try {
      await client.query(`SET search_path TO ${engine.databaseSchema}`);
      return new Set((await client.query<{ id: string }>(ACCEPTED)).rows.map((r) => r.id));
    } finally {
      await client.end();
    }
  }
  const db = new Database(join(dataDir, 'orderflow.sqlite'), { readonly: true });
  try {
    return new Set((db.prepare(ACCEPTED).all() as { id: string }[]).map((r) => r.id));
  } finally {
    db.close();
  }
}

/** Waits until the process answers /readyz (it logs nothing below warn). */
async function ready(url: string, exited: Promise<number | null>, logs: () => string): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  for (;;) {
    if (gone) throw new Error(`the server exited before it was ready: ${logs().slice(-2000)}`);
    const status = await fetch(`${url}/readyz`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

type Outcome = { readonly status: number; readonly retryAfter: string | null } | { readonly refused: string };

/** `npm start` as a child process with this file's settings (and `extra`), ready to take requests. */
async function startServer(args: string[] = [], extra: Record<string, string> = {}) {
  const url = `http://127.0.0.1:${env.ORDERFLOW_PORT}`;
  const child = spawn(process.execPath, [ENTRY, ...args], {
    env: { ...process.env, ...env, ...extra },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let logs = '';
  child.stdout.on('data', (chunk: Buffer) => (logs += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (logs += chunk.toString()));
  await ready(url, exited, () => logs);
  const admin = await login(url, 'admin', ADMIN_PASSWORD);
  const token = (await admin.post('/api/v1/tokens', { name: 'shop', roles: ['intake'] })).json.token as string;
  return { url, child, exited, logs: () => logs, admin, token };
}

/**
 * An order whose body never finishes arriving (a stalled client): the server has its headers (it sent
 * "100 Continue") and half its body, so the request is in flight until the drain timeout cuts it.
 * Resolves `closed` when the server drops the connection; `answer` keeps whatever it said.
 */
async function stalledOrder(url: string, token: string, id: string) {
  const body = JSON.stringify(order(id));
  const socket = connect(Number(new URL(url).port), '127.0.0.1');
  let answer = '';
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  socket.on('error', () => undefined); // a reset is how the cut may look from here
  await new Promise<void>((resolve) => {
    socket.on('data', (chunk: Buffer) => {
      answer += chunk.toString();
      if (answer.includes('100 Continue')) resolve();
    });
    socket.write(
      `POST /api/v1/orders HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${token}\r\nIdempotency-Key: ${id}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nExpect: 100-continue\r\n\r\n`,
    );
  });
  socket.write(body.slice(0, body.length >> 1));
  return { closed, answer: () => answer.replace(/^HTTP\/1\.1 100 Continue\r\n\r\n/, '') };
}

/** Child pids of a process (Linux /proc). */
function childPids(pid: number): number[] {
  const text = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
  return text === '' ? [] : text.split(/\s+/).map(Number);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('graceful shutdown', () => {
  it('answers every order in flight at SIGTERM with a committed 2xx or a clean refusal, and exits 0', async () => {
    const { url, child, exited, logs, admin, token } = await startServer();
    const shop = new Client(url, { authorization: `Bearer ${token}` });
    await admin.put('/api/v1/flows/approval-gate', { flow: approvalFlow() });
    expect((await admin.post('/api/v1/flows/approval-gate/publish', { note: 'shutdown test' })).status).toBe(201);

    // Orders keep arriving before, during and after the signal.
    let answered = 0;
    const send = async (n: number): Promise<Outcome> => {
      try {
        const reply = await shop.post('/api/v1/orders', order(`S-${n}`), `order-${n}`);
        answered++;
        return { status: reply.status, retryAfter: reply.headers.get('retry-after') };
      } catch (error) {
        const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
        return { refused: (cause as { code?: string }).code ?? String(cause) };
      }
    };
    const outcomes: Promise<Outcome>[] = [];
    for (let n = 0; n < ORDERS / 2; n++) outcomes.push(send(n));
    while (answered === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    child.kill('SIGTERM');
    for (let n = ORDERS / 2; n < ORDERS; n++) outcomes.push(send(n));
    const results = await Promise.all(outcomes);
    expect(await exited).toBe(0);

    // Never a 500; a refusal is a 503 that says when to come back, or a connection the server never took.
    const statuses = results.map((r) => ('status' in r ? r.status : r.refused));
    for (const status of statuses) expect([201, 503, 'ECONNREFUSED', 'ECONNRESET', 'UND_ERR_SOCKET']).toContain(status);
    for (const r of results) if ('status' in r && r.status === 503) expect(Number(r.retryAfter)).toBeGreaterThan(0);
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThan(0);
    expect(logs()).not.toMatch(/the store is closed|Cannot use a pool/);

    // Every order answered 201 is in the database the next start reads, and only those.
    const stored = await storedOrders();
    const acknowledged = results.flatMap((r, n) => ('status' in r && r.status === 201 ? [`S-${n}`] : []));
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    // And a refused one was not half-taken: nothing of it is stored, so resending it is the whole story.
    expect([...stored].filter((id) => !acknowledged.includes(id))).toEqual([]);
  });

  it('cuts a request that outlasts ORDERFLOW_DRAIN_TIMEOUT_MS, stores nothing of it, and still exits 0', async () => {
    const { url, child, exited, logs, token } = await startServer([], { ORDERFLOW_DRAIN_TIMEOUT_MS: '1500' });
    const stalled = await stalledOrder(url, token, 'CUT-1');
    let cutBeforeExit = false;
    void stalled.closed.then(() => (cutBeforeExit = child.exitCode === null));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    await stalled.closed;
    expect(cutBeforeExit).toBe(true);
    expect(stalled.answer()).toBe(''); // never answered: the client knows to send it again
    expect(logs()).toContain('requests still in flight after the drain timeout');
    expect((await storedOrders()).has('CUT-1')).toBe(false);
  });

  it('under --processes 2, the supervisor passes SIGTERM on and exits only after every process drained', async () => {
    const { url, child, exited, logs, token } = await startServer(['--role', 'api', '--processes', '2'], {
      ORDERFLOW_DRAIN_TIMEOUT_MS: '1500',
    });
    while (!logs().includes('2 api processes ready')) await new Promise((resolve) => setTimeout(resolve, 50));
    const stalled = await stalledOrder(url, token, 'SUP-1');
    const shop = new Client(url, { authorization: `Bearer ${token}` });
    expect((await shop.post('/api/v1/orders', order('SUP-2'), 'SUP-2')).status).toBe(201);
    const processes = childPids(child.pid!);
    expect(processes).toHaveLength(2);
    let cutBeforeExit = false;
    void stalled.closed.then(() => (cutBeforeExit = child.exitCode === null));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    // Its processes were gone when it exited: the stalled request was cut by its process's drain timeout first.
    expect(processes.filter(alive)).toEqual([]);
    expect(cutBeforeExit).toBe(true);
    expect(logs()).toContain('requests still in flight after the drain timeout');
    expect(logs()).toContain('every api process exited (0, 0)');
    const stored = await storedOrders();
    expect([stored.has('SUP-2'), stored.has('SUP-1')]).toEqual([true, false]);
  });
});
