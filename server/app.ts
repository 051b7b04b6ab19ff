import { join } from 'node:path';
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
import type { SecretSource } from './connectors/api-calls';
import { connectorRoutes } from './http/routes/connector-routes';
import { createRelay, outboundPolicy, standardDeliveries } from './outbox/deliveries';
import type { Delivery, EffectSink, OutboxRelay } from './outbox/relay';
import type { ServiceDeps } from './services/deps';
import { BuiltFlows } from './services/built-flows';
import { PlanCache } from './services/plans';
import { loadWorld, type World } from './services/world';
import { dispatchingStore, RunDispatcher } from './queue/dispatcher';
import { RunWorker, type RunWorkerOptions } from './queue/run-worker';
import { openStore } from './store/open-store';
import type { RunStore } from './store/types/index';
import { Sweeper } from './timers/sweeper';
import { drainGate, withDeadline } from './http/drain';

export interface AppOptions {
  readonly config: ServerConfig;
  readonly clock: Clock;
  readonly store?: RunStore;
  readonly world?: World;
  readonly sink?: EffectSink;
  /** false in tests that drive the sweeper themselves. */
  readonly timers?: boolean;
  /** Jitter for outbox retries (tests pin it). */
  readonly random?: () => number;
  /** Extra outbox deliveries by kind (tests, integrations); webhooks and events are built in. */
  readonly deliveries?: Readonly<Record<string, Delivery>>;
  /** Values of `{"secret": NAME}` in API-call nodes; default: env ORDERFLOW_SECRET_<NAME>. */
  readonly secrets?: SecretSource;
  /** Tests: lock and stall settings of this process's queue worker. */
  readonly worker?: Partial<RunWorkerOptions>;
}

export interface App {
  readonly fastify: FastifyInstance;
  readonly deps: ServiceDeps;
  readonly routes: readonly AnyRoute[];
  readonly sweeper: Sweeper;
  readonly relay: OutboxRelay;
  /** The relay's deliveries by kind, for a second relay (a worker process, a test). */
  readonly relayDeliveries: Readonly<Record<string, Delivery>>;
  /** The queue's producer side (with ORDERFLOW_REDIS_URL). */
  readonly dispatcher: RunDispatcher | undefined;
  /** The queue's consumer (with ORDERFLOW_REDIS_URL, in worker and all roles, timers on). */
  readonly worker: RunWorker | undefined;
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
    // Closing waits for requests in flight; new connections are refused meanwhile. Requests arriving on
    // kept-alive connections while draining get our own 503 with Retry-After (refuseWhileDraining).
    return503OnClosing: false,
    forceCloseConnections: 'idle',
  });
  const opened = options.store ?? (await openStore(config));
  const dispatcher = config.redisUrl
    ? new RunDispatcher(config.redisUrl, config.queuePrefix, clock, fastify.log)
    : undefined;
  // With a queue, every commit that opens a hold with a deadline also queues its timeout job.
  const store = dispatcher ? dispatchingStore(opened, dispatcher, fastify.log) : opened;
  const world = options.world ?? loadWorld(config.context);
  await store.commit({ contexts: [{ hash: world.hash, worldJson: world.json }] });
  const metrics = createMetrics(store);
  const deps: ServiceDeps = {
    store,
    clock,
    config,
    world,
    plans: new PlanCache(new BuiltFlows(join(config.dataDir, 'built'), fastify.log)),
    metrics,
  };

  const readiness: Readiness = { ready: false };

  const drain = drainGate();
  fastify.addHook('onRequest', drain.onRequest);
  fastify.addHook('onSend', drain.onSend);
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
    ...connectorRoutes(deps, outboundPolicy(config).allowList),
    ...systemRoutes(deps, readiness, () => routes),
  );
  const inFlight = new Set<string>();
  for (const route of routes) mountRoute(fastify, route, { store, clock, config }, inFlight);

  const sweeper = new Sweeper(deps, fastify.log);
  const parts = {
    ...(options.secrets ? { secrets: options.secrets } : {}),
    ...(options.random ? { random: options.random } : {}),
    ...(options.deliveries ? { deliveries: options.deliveries } : {}),
    ...(options.sink ? { sink: options.sink } : {}),
  };
  const relay = createRelay(deps, fastify.log, parts);
  const relayDeliveries = standardDeliveries(deps, parts);
  // API processes answer requests; timers, reminders and effects run where the role says (README "Scale out").
  const background = options.timers !== false && config.role !== 'api';
  let worker: RunWorker | undefined;
  if (background) {
    // The queue fires deadlines on time; the sweeper then only catches what Redis lost.
    sweeper.start(dispatcher ? config.backstopSweepMs : config.sweepIntervalMs);
    relay.start(config.sweepIntervalMs);
    if (config.redisUrl)
      worker = new RunWorker(deps, fastify.log, {
        redisUrl: config.redisUrl,
        prefix: config.queuePrefix,
        ...options.worker,
      });
  }
  readiness.ready = true;

  let closing: Promise<void> | undefined;
  // Order matters: stop taking requests, let those in flight finish their commits, stop the background
  // work, and only then close the queue and the store (README "Graceful shutdown").
  const close = () =>
    (closing ??= (async () => {
      readiness.ready = false;
      drain.start();
      const drained = await withDeadline(
        Promise.all([fastify.close(), relay.stop(), sweeper.stop(), worker?.close()]),
        config.drainTimeoutMs,
      );
      if (!drained) {
        fastify.log.warn(
          { drainTimeoutMs: config.drainTimeoutMs },
          'shutdown: requests still in flight after the drain timeout; closing their connections',
        );
        fastify.server.closeAllConnections();
      }
      await dispatcher?.close();
      await store.close();
    })());
  return { fastify, deps, routes, sweeper, relay, relayDeliveries, dispatcher, worker, readiness, close };
}
