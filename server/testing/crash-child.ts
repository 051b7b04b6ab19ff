/**
 * The server as the crash harnesses run it: real clock, configuration from ORDERFLOW_* (data dir or
 * database, queue, role), no editor, a fast sweeper. Prints "listening <url>" once ready (a worker,
 * which has no port, prints "listening worker"). Bundled by the harness so that each of its many
 * restarts starts in a fraction of a second.
 */
import { buildApp } from '../app';
import { systemClock } from '../clock';
import { loadConfig } from '../config';
import { seed } from '../seed';

const config = loadConfig();
const app = await buildApp({ config, clock: systemClock });
if (config.role === 'worker') {
  process.stdout.write('listening worker\n');
} else {
  await seed(app.deps);
  const address = await app.fastify.listen({ port: config.port, host: config.host });
  process.stdout.write(`listening ${address}\n`);
}
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
