import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Clock } from './clock';
import type { ServerConfig } from './config';
import { handleError } from './http/errors';
import { installJsonParser, mountRoute } from './http/register';
import type { AnyRoute } from './http/route';
import { adminRoutes } from './http/routes/admin-routes';
import { authRoutes } from './http/routes/auth-routes';
import { flowRoutes } from './http/routes/flow-routes';
import { healthRoutes } from './http/routes/health-routes';
import { intakeRoutes } from './http/routes/intake-routes';
import { rolloutRoutes } from './http/routes/rollout-routes';
import { runRoutes } from './http/routes/run-routes';
import { systemRoutes, type Readiness } from './http/routes/system-routes';
import { createMetrics } from './metrics';
import { logSink, OutboxRelay, type EffectSink } from './outbox/relay';
import type { ServiceDeps } from './services/deps';
import { PlanCache } from './services/plans';
import { loadWorld, type World } from './services/world';
import { SqliteStore } from './store/sqlite/sqlite-store';
import type { RunStore } from './store/types';
import { Sweeper } from './timers/sweeper';

export interface AppOptions {
  readonly config: ServerConfig;
  readonly clock: Clock;
  readonly store?: RunStore;
  readonly world?: World;
  readonly sink?: EffectSink;
  /** false in tests that drive the sweeper themselves. */
  readonly timers?: boolean;
}

export interface App {
  readonly fastify: FastifyInstance;
  readonly deps: ServiceDeps;
  readonly routes: readonly AnyRoute[];
  readonly sweeper: Sweeper;
  readonly relay: OutboxRelay;
  readonly readiness: Readiness;
  /** Stops timers, finishes in-flight requests and commits, closes the database. */
  close(): Promise<void>;
}

/** The whole server minus listening: routes, auth, store, timers. */
export async function buildApp(options: AppOptions): Promise<App> {
  const { config, clock } = options;
  const fastify = Fastify({
    logger: { level: config.logLevel },
    bodyLimit: config.bodyLimitBytes,
    // Closing waits for requests in flight; new connections are refused meanwhile.
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  });
  const store = options.store ?? new SqliteStore({ dataDir: config.dataDir, synchronous: config.synchronous });
  const world = options.world ?? loadWorld(config.context);
  await store.commit({ contexts: [{ hash: world.hash, worldJson: world.json }] });
  const metrics = createMetrics(store);
  const deps: ServiceDeps = { store, clock, config, world, plans: new PlanCache(), metrics };
  const readiness: Readiness = { ready: false };

  await fastify.register(cookie);
  await fastify.register(rateLimit, { global: false });
  installJsonParser(fastify);
  fastify.setErrorHandler(handleError);
  fastify.setNotFoundHandler((request, reply) => {
    void reply
      .code(404)
      .type('application/json')
      .send(
        JSON.stringify({
          error: { code: 'not-found', message: `no route ${request.method} ${request.url.split('?')[0]}` },
        }),
      );
  });
  fastify.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    const labels = { method: request.method, route };
    metrics.httpRequests.inc({ ...labels, status: String(reply.statusCode) });
    metrics.httpDuration.observe(labels, reply.elapsedTime / 1000);
  });

  const routes: AnyRoute[] = [];
  routes.push(
    ...authRoutes(deps),
    ...flowRoutes(deps),
    ...intakeRoutes(deps),
    ...runRoutes(deps),
    ...rolloutRoutes(deps),
    ...healthRoutes(deps),
    ...adminRoutes(deps),
    ...systemRoutes(deps, readiness, () => routes),
  );
  const inFlight = new Set<string>();
  for (const route of routes) mountRoute(fastify, route, { store, clock, config }, inFlight);

  const sweeper = new Sweeper(deps, fastify.log);
  const relay = new OutboxRelay(store, clock, options.sink ?? logSink(fastify.log), fastify.log);
  if (options.timers !== false) {
    sweeper.start();
    relay.start(config.sweepIntervalMs);
  }
  readiness.ready = true;

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      readiness.ready = false;
      relay.stop();
      await sweeper.stop();
      await fastify.close();
      await store.close();
    })());
  return { fastify, deps, routes, sweeper, relay, readiness, close };
}
