/**
 * The server as the crash harness runs it: real clock, its data dir from ORDERFLOW_DATA_DIR, no
 * editor, a fast sweeper. Prints "listening <url>" once ready. Bundled by the harness so that each
 * of its many restarts starts in a fraction of a second.
 */
import { buildApp } from '../app';
import { systemClock } from '../clock';
import { loadConfig } from '../config';
import { seed } from '../seed';

const config = loadConfig();
const app = await buildApp({ config, clock: systemClock });
await seed(app.deps);
const address = await app.fastify.listen({ port: config.port, host: config.host });
process.stdout.write(`listening ${address}\n`);
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
