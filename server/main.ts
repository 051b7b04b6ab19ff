/**
 * `npm start` / `orderflow serve`: by default one process with the API, the editor, the timers and the
 * SQLite database. `--role api|worker|all` and `--processes N` split it (README "Scale out").
 * Configuration: ORDERFLOW_* env vars and an optional ORDERFLOW_CONFIG file (see README, "Server").
 */
import '../runtime/zod-jitless';
import cluster from 'node:cluster';
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

/**
 * `--processes N`: N copies of this role. API processes share the port (node:cluster hands each new
 * connection to one of them). The first one starts alone (it migrates and seeds); one that dies is
 * started again; SIGTERM stops them all gracefully.
 */
async function superviseProcesses(config: ServerConfig, flags: Record<string, string>): Promise<void> {
  let stopping = false;
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const start = () =>
    new Promise<void>((resolve) => {
      const child = cluster.fork({ ...flags });
      child.on('message', (message: { ready?: boolean }) => message.ready && resolve());
      child.on('exit', (code, signal) => {
        resolve();
        if (stopping) return;
        say(`orderflow: ${config.role} process ${child.process.pid} ended (${signal ?? code}); starting another`);
        void start();
      });
    });
  await start();
  for (let i = 1; i < config.processes; i++) void start();
  say(`orderflow: ${config.processes} ${config.role} processes (supervisor ${process.pid})`);
  const stop = () => {
    stopping = true;
    for (const child of Object.values(cluster.workers ?? {})) child?.process.kill('SIGTERM');
    cluster.disconnect(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
