/**
 * `npm start` / `orderflow serve`: one process with the API, the editor and the SQLite database.
 * Configuration: ORDERFLOW_* env vars and an optional ORDERFLOW_CONFIG file (see README, "Server").
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp } from './app';
import { systemClock } from './clock';
import { loadConfig } from './config';
import { hostEditor } from './editor-host';
import { seed } from './seed';

const EXAMPLE_CONTEXT = join(import.meta.dirname, '..', 'examples', 'data', 'context.json');

export async function serve(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const loaded = loadConfig(env);
  // Runs need a world (warehouses, carriers); the examples' one serves until a context file is configured.
  const config = { ...loaded, context: loaded.context ?? (existsSync(EXAMPLE_CONTEXT) ? EXAMPLE_CONTEXT : undefined) };
  const app = await buildApp({ config, clock: systemClock });
  const log = app.fastify.log;
  const report = await seed(app.deps);
  const editor = await hostEditor(app.fastify, config);
  const address = await app.fastify.listen({ port: config.port, host: config.host });
  if (report.published.length) log.info({ flows: report.published }, 'seeded and published the example flows');
  log.info(
    { dataDir: config.dataDir, synchronous: config.synchronous, editor: config.editor },
    `OrderFlow Studio is listening on ${address}`,
  );
  if (report.admin) {
    // Printed once, on the first start only: the password is stored hashed.
    process.stdout.write(
      `\n  First start: sign in at ${address} as "${report.admin.username}" with password: ${report.admin.password}\n  (shown only now; change it under Users)\n\n`,
    );
  }

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: finishing requests in flight and their commits');
    void Promise.all([app.close(), editor.close()]).then(
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
