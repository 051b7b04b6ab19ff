/**
 * `npm start` / `orderflow serve`: by default one process with the API, the editor, the timers and the
 * SQLite database. `--role api|worker|all` and `--processes N` split it (README "Scale out").
 * Configuration: ORDERFLOW_* env vars and an optional ORDERFLOW_CONFIG file (see README, "Server").
 */
import '../runtime/zod-jitless';
import cluster, { type Worker } from 'node:cluster';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp } from './app';
import { systemClock } from './clock';
import { loadConfig, type ServerConfig } from './config';
import { hostEditor } from './editor-host';
import { seed } from './seed';
import { serveArgs } from './serve-args';
import { storeLabel } from './store/open-store';

const EXAMPLE_CONTEXT = join(import.meta.dirname, '..', 'examples', 'data', 'context.json');

export async function serve(env: NodeJS.ProcessEnv = process.env, argv: readonly string[] = []): Promise<void> {
  const flags = serveArgs(argv);
  const loaded = loadConfig({ ...env, ...flags });
  // Runs need a world (warehouses, carriers); the examples' one serves until a context file is configured.
  const config = { ...loaded, context: loaded.context ?? (existsSync(EXAMPLE_CONTEXT) ? EXAMPLE_CONTEXT : undefined) };
  if (config.processes > 1 && cluster.isPrimary) return superviseProcesses(config, flags);
  if (config.role === 'worker') return runWorker(config);
  const app = await buildApp({ config, clock: systemClock });
  const log = app.fastify.log;
  const report = await seed(app.deps);
  const editor = await hostEditor(app.fastify, config);
  const address = await app.fastify.listen({ port: config.port, host: config.host });
  if (report.published.length) log.info({ flows: report.published }, 'seeded and published the example flows');
  log.info(
    { store: storeLabel(config), queue: config.redisUrl ? 'bullmq' : 'none', role: config.role, editor: config.editor },
    `OrderFlow Studio is listening on ${address}`,
  );
  cluster.worker?.send({ ready: true });
  if (report.admin) {
    // Printed once, on the first start only: the password is stored hashed.
    process.stdout.write(
      `\n  First start: sign in at ${address} as "${report.admin.username}" with password: ${report.admin.password}\n  (shown only now; change it under Users)\n\n`,
    );
  }
  onStopSignal(log, () => Promise.all([app.close(), editor.close()]));
}

/** A worker process: no HTTP; SLA timers from the queue, the backstop sweeper, reminders and effects. */
async function runWorker(config: ServerConfig): Promise<void> {
  const app = await buildApp({ config, clock: systemClock });
  app.fastify.log.info(
    { store: storeLabel(config), queue: config.redisUrl ? 'bullmq' : 'none (sweeper only)' },
    'OrderFlow worker started',
  );
  cluster.worker?.send({ ready: true });
  onStopSignal(app.fastify.log, () => app.close());
}

function onStopSignal(
  log: { info: (o: object, m: string) => void; error: (o: object, m: string) => void },
  close: () => Promise<unknown>,
): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: finishing requests in flight and their commits');
    void close().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

/** Past the drain timeout, how long a process may take to close its database and exit before it is killed. */
const EXIT_GRACE_MS = 5_000;

/**
 * `--processes N`: N copies of this role. API processes share the port (node:cluster hands each new
 * connection to one of them). The first one starts alone (it migrates and seeds); one that dies is
 * started again. SIGTERM/SIGINT is passed on to every process, and the supervisor exits only once they
 * all have (each drains as one process does): whoever stops the service (systemd, Kubernetes) sees it
 * gone only when no request is left in flight.
 */
async function superviseProcesses(config: ServerConfig, flags: Record<string, string>): Promise<void> {
  let stopping = false;
  /** Processes that said they serve; one stopped while still starting may end by the signal itself. */
  const ready = new Set<number>();
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const start = () =>
    new Promise<void>((resolve) => {
      const child = cluster.fork({ ...flags });
      child.on('message', (message: { ready?: boolean }) => {
        if (!message.ready) return;
        ready.add(child.id);
        resolve();
      });
      child.on('exit', (code, signal) => {
        resolve();
        if (stopping) return;
        say(`orderflow: ${config.role} process ${child.process.pid} ended (${signal ?? code}); starting another`);
        void start();
      });
    });
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    const children = Object.values(cluster.workers ?? {}).filter((child) => child !== undefined);
    say(
      `orderflow: ${signal}: stopping ${children.length} ${config.role} processes, each after its requests in flight`,
    );
    void stopChildren(children, config.drainTimeoutMs + EXIT_GRACE_MS).then((ends) => {
      say(`orderflow: every ${config.role} process exited (${ends.map((e) => e.end).join(', ')})`);
      const clean = ends.every(({ id, end }) => end === 0 || (end === 'SIGTERM' && !ready.has(id)));
      process.exit(clean ? 0 : 1);
    });
  };
  // Before any process starts, and `on`, not `once`: a signal must never end the supervisor and orphan them.
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  await start(); // the first one migrates and seeds alone
  if (stopping) return;
  await Promise.all(Array.from({ length: config.processes - 1 }, start));
  if (!stopping) say(`orderflow: ${config.processes} ${config.role} processes ready (supervisor ${process.pid})`);
}

/**
 * SIGTERM to each process, then waits for every exit: its code, or the signal that ended it. A process
 * still running after `limitMs` (its own drain timeout should have ended it) is killed.
 */
function stopChildren(
  children: readonly Worker[],
  limitMs: number,
): Promise<{ readonly id: number; readonly end: number | string }[]> {
  return Promise.all(
    children.map(
      (child) =>
        new Promise<{ id: number; end: number | string }>((resolve) => {
          const { id } = child;
          if (child.isDead()) return resolve({ id, end: child.process.exitCode ?? child.process.signalCode ?? 0 });
          const timer = setTimeout(() => child.process.kill('SIGKILL'), limitMs);
          child.once('exit', (code, signal) => {
            clearTimeout(timer);
            resolve({ id, end: signal ?? code });
          });
          child.process.kill('SIGTERM');
        }),
    ),
  );
}
