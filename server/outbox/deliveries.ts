import type { FastifyBaseLogger } from 'fastify';
import { envSecrets, performApiCalls, type SecretSource } from '../connectors/api-calls';
import { parseAllowList } from '../outbound/allow-list';
import type { OutboundPolicy } from '../outbound/http-call';
import type { ServiceDeps } from '../services/deps';
import { deliverWebhooks, fanOutEvents } from '../webhooks/deliveries';
import { logSink, OutboxRelay, type Delivery, type EffectSink } from './relay';

/** The outbound limits of this deployment, from its configuration. */
export function outboundPolicy(config: ServiceDeps['config']): OutboundPolicy {
  return {
    allowList: parseAllowList(config.outboundHosts),
    timeoutMs: config.outboundTimeoutMs,
    maxResponseBytes: config.outboundMaxResponseBytes,
  };
}

export interface RelayParts {
  readonly secrets?: SecretSource;
  readonly random?: () => number;
  readonly deliveries?: Readonly<Record<string, Delivery>>;
  /** Kinds without a delivery (notify, crm-tag, reminders) go here; default: a log line. */
  readonly sink?: EffectSink;
}

/** Every built-in delivery by outbox kind: order events fan out to webhooks, webhooks, API calls. */
export function standardDeliveries(deps: ServiceDeps, parts: RelayParts = {}): Record<string, Delivery> {
  const policy = outboundPolicy(deps.config);
  return {
    event: fanOutEvents(deps.store),
    webhook: deliverWebhooks(deps.store, deps.clock, policy),
    'api-call': performApiCalls({
      deps,
      policy,
      secrets: parts.secrets ?? envSecrets,
      maxAttempts: deps.config.outboxMaxAttempts,
    }),
    ...parts.deliveries,
  };
}

/** A relay as the server runs it; a worker process builds the same from its own ServiceDeps. */
export function createRelay(deps: ServiceDeps, log: FastifyBaseLogger, parts: RelayParts = {}): OutboxRelay {
  const { config } = deps;
  return new OutboxRelay({
    store: deps.store,
    clock: deps.clock,
    log,
    fallback: parts.sink ?? logSink(log),
    deliveries: standardDeliveries(deps, parts),
    leaseMs: config.outboxLeaseMs,
    retry: {
      maxAttempts: config.outboxMaxAttempts,
      baseMs: config.outboxBackoffMs,
      capMs: config.outboxBackoffCapMs,
      random: parts.random ?? Math.random,
    },
  });
}
