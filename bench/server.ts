/**
 * The server under load: canonical orders POSTed on loopback by autocannon, each run through every
 * seeded example flow and committed before its 201 (intake → decision → durable commit), with
 * synchronous=FULL and NORMAL. The server is a child process started by path (bench never imports
 * server/). Prints figures only. `npm run bench:server` runs this part alone.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { heading, int, table } from './print';

const REPO = join(import.meta.dirname, '..');
const PASSWORD = 'bench-admin-password';
const DURATION_S = Number(process.env.BENCH_SERVER_SECONDS ?? 10);
const CONNECTIONS = 64;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function startServer(synchronous: 'FULL' | 'NORMAL') {
  const dataDir = mkdtempSync(join(tmpdir(), 'orderflow-bench-'));
  const port = await freePort();
  // BENCH_SERVER_PROFILE=<dir> writes the server's CPU profile there (node --cpu-prof) for CPU µs per order.
  const profile = process.env.BENCH_SERVER_PROFILE;
  const nodeArgs = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [];
  const child = spawn(process.execPath, [...nodeArgs, join(REPO, 'bin', 'orderflow-server.mjs')], {
    env: {
      ...process.env,
      ORDERFLOW_DATA_DIR: dataDir,
      ORDERFLOW_PORT: String(port),
      ORDERFLOW_SYNCHRONOUS: synchronous,
      ORDERFLOW_EDITOR: 'off',
      ORDERFLOW_LOG_LEVEL: 'warn',
      ORDERFLOW_ADMIN_PASSWORD: PASSWORD,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (
      await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: PASSWORD }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const created = await fetch(`${url}/api/v1/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'idempotency-key': 'bench' },
    body: JSON.stringify({ name: 'bench', roles: ['intake'] }),
  });
  const { token } = (await created.json()) as { token: string };
  const stop = async () => {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { url, token, stop, pid: child.pid! };
}

/** The server process's CPU time (user + system) so far, in µs, from /proc; undefined off Linux. */
function cpuMicros(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat)
    return (ticks / 100) * 1e6; // USER_HZ is 100 on Linux
  } catch {
    return undefined;
  }
}

const baseOrder = (
  JSON.parse(readFileSync(join(REPO, 'examples/flows/vip-priority.cases.json'), 'utf8')) as {
    cases: { order: Record<string, unknown> }[];
  }
).cases[0]!.order;

async function load(url: string, token: string, seconds: number, prefix: string) {
  let n = 0;
  return autocannon({
    url: `${url}/api/v1/orders`,
    connections: CONNECTIONS,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    requests: [
      {
        setupRequest: (request) => {
          const id = `${prefix}-${n++}`;
          return {
            ...request,
            headers: { ...request.headers, 'idempotency-key': id },
            body: JSON.stringify({ ...baseOrder, id, channelOrderId: id }),
          };
        },
      },
    ],
  });
}

export async function runServerBench(say: (text?: string) => void): Promise<void> {
  say(
    heading(
      `Server: POST /api/v1/orders on loopback, ${CONNECTIONS} connections, ${DURATION_S} s (autocannon in this process, the server a child)`,
    ),
  );
  say(
    'Each order runs through the five seeded example flows (path recorded, trace off) and its runs, holds and effects are committed before the 201.',
  );
  const rows: string[][] = [];
  for (const synchronous of ['FULL', 'NORMAL'] as const) {
    const server = await startServer(synchronous);
    try {
      await load(server.url, server.token, 2, `warm-${synchronous}`);
      const cpuBefore = cpuMicros(server.pid);
      const result = await load(server.url, server.token, DURATION_S, synchronous);
      const cpuAfter = cpuMicros(server.pid);
      const ok = result['2xx'];
      const cpuPerOrder =
        cpuBefore === undefined || cpuAfter === undefined || ok === 0 ? '—' : int((cpuAfter - cpuBefore) / ok);
      rows.push([
        synchronous,
        int(ok / DURATION_S),
        cpuPerOrder,
        String(result.latency.p50),
        String(result.latency.p99),
        int(result.non2xx),
        String(result.errors),
      ]);
    } finally {
      await server.stop();
    }
  }
  say(
    table(
      ['synchronous', 'orders/s (2xx)', 'server CPU µs/order', 'p50 ms', 'p99 ms', 'non-2xx', 'errors'],
      rows,
      [1, 2, 3, 4, 5, 6],
    ),
  );
  say(
    `Machine load (1/5/15 min): ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} on ${cpus().length} cores.`,
  );
}

if (process.argv[1]?.endsWith('bench/server.ts')) await runServerBench((text = '') => console.log(text));
