import { z } from 'zod';
import { auditEntry } from '../../audit/audit';
import { randomSecret } from '../../auth/passwords';
import type { AllowList } from '../../outbound/allow-list';
import type { ServiceDeps } from '../../services/deps';
import { newId } from '../../services/hash';
import { ORDER_EVENTS } from '../../services/run-rows';
import { outboxStatus, type OutboxRow, type WebhookRow } from '../../store/types/index';
import { HttpError } from '../errors';
import { defineRoute, ok, type AnyRoute } from '../route';
import { errorSchema } from '../schemas';

const iso = (ms: number | null | undefined) => (ms === null || ms === undefined ? null : new Date(ms).toISOString());

const webhookSchema = z
  .object({
    id: z.string(),
    url: z.string(),
    events: z.array(z.enum(ORDER_EVENTS)),
    description: z.string(),
    createdBy: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'Webhook' });
const webhookView = (w: WebhookRow) => ({
  id: w.id,
  url: w.url,
  events: w.events,
  description: w.description,
  createdBy: w.createdBy,
  createdAt: iso(w.createdAt),
});

const outboxEntrySchema = z
  .object({
    seq: z.number().int(),
    dedupeKey: z.string().describe('Sent to the receiver as Idempotency-Key'),
    runId: z.string().nullable(),
    kind: z.string(),
    status: z.enum(['pending', 'delivered', 'dead', 'discarded']),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    createdAt: z.string(),
    nextAttemptAt: z.string().nullable(),
    deadAt: z.string().nullable(),
    payload: z.unknown(),
  })
  .meta({ id: 'OutboxEntry' });
const outboxView = (row: OutboxRow) => ({
  seq: row.seq!,
  dedupeKey: row.dedupeKey,
  runId: row.runId,
  kind: row.kind,
  status: outboxStatus(row),
  attempts: row.attempts ?? 0,
  lastError: row.lastError ?? null,
  createdAt: iso(row.createdAt)!,
  nextAttemptAt: outboxStatus(row) === 'pending' ? iso(row.nextAttemptAt) : null,
  deadAt: iso(row.deadAt),
  payload: JSON.parse(row.payloadJson) as unknown,
});

const newWebhook = z.strictObject({
  url: z.url({ protocol: /^https?$/ }).max(2000),
  events: z.array(z.enum(ORDER_EVENTS)).min(1).max(ORDER_EVENTS.length),
  description: z.string().trim().max(200).default(''),
});
const seqParams = z.object({ seq: z.coerce.number().int().min(1) });

/** Outgoing webhooks and the outbox's dead letters: admin only, every change audited. */
export function connectorRoutes(deps: ServiceDeps, allowList: AllowList): AnyRoute[] {
  const deadLetter = async (seq: number): Promise<OutboxRow> => {
    const row = await deps.store.outboxEntry(seq);
    if (!row) throw new HttpError(404, 'not-found', `there is no outbox entry ${seq}`);
    if (outboxStatus(row) !== 'dead')
      throw new HttpError(409, 'not-dead', `outbox entry ${seq} is ${outboxStatus(row)}, not a dead letter`);
    return row;
  };
  const moved = (seq: number) => () => {
    throw new HttpError(409, 'not-dead', `outbox entry ${seq} changed meanwhile; read it again`);
  };
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/webhooks',
      tag: 'connectors',
      roles: ['admin'],
      summary: 'Webhook subscriptions (never their secret)',
      responses: { 200: { description: 'Subscriptions', schema: z.object({ webhooks: z.array(webhookSchema) }) } },
      handler: async () => ok({ webhooks: (await deps.store.listWebhooks()).map(webhookView) }),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/webhooks',
      tag: 'connectors',
      roles: ['admin'],
      idempotent: true,
      body: newWebhook,
      summary: 'Subscribe a URL to order events; the signing secret is in this answer only',
      responses: {
        201: {
          description: 'Subscribed',
          schema: webhookSchema.extend({ secret: z.string().describe('HMAC-SHA-256 key of orderflow-signature') }),
        },
        400: { description: 'The URL is not on the outbound allow-list', schema: errorSchema },
      },
      handler: async ({ principal, body }) => {
        if (!allowList.allows(new URL(body.url)))
          throw new HttpError(
            400,
            'host-not-allowed',
            `${new URL(body.url).host} is not on the outbound allow-list (ORDERFLOW_OUTBOUND_HOSTS)`,
            [{ path: 'url', message: 'host not allowed' }],
          );
        const now = deps.clock.now();
        const hook: WebhookRow = {
          id: newId('whk'),
          url: body.url,
          events: body.events,
          secret: `whsec_${randomSecret()}`,
          description: body.description,
          createdBy: principal.id,
          createdAt: now,
          deletedAt: null,
        };
        const audit = auditEntry(now, principal, 'webhook.create', hook.id, undefined, {
          url: hook.url,
          events: hook.events,
        });
        return {
          status: 201,
          body: { ...webhookView(hook), secret: hook.secret },
          write: { webhooks: [hook], audit: [audit] },
        };
      },
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/webhooks/:webhookId',
      tag: 'connectors',
      roles: ['admin'],
      idempotent: true,
      params: z.object({ webhookId: z.string() }),
      summary: 'Unsubscribe; deliveries not yet made are dropped',
      responses: {
        200: { description: 'Unsubscribed', schema: webhookSchema },
        404: { description: 'No such subscription', schema: errorSchema },
      },
      handler: async ({ principal, params }) => {
        const hook = (await deps.store.listWebhooks()).find((h) => h.id === params.webhookId);
        if (!hook) throw new HttpError(404, 'not-found', `there is no webhook "${params.webhookId}"`);
        const now = deps.clock.now();
        const audit = auditEntry(now, principal, 'webhook.delete', hook.id, { url: hook.url, events: hook.events });
        return {
          status: 200,
          body: webhookView(hook),
          write: { webhooksDeleted: [{ id: hook.id, at: now }], audit: [audit] },
        };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/outbox/dead',
      tag: 'connectors',
      roles: ['admin'],
      query: z.object({ limit: z.coerce.number().int().min(1).max(1000).default(200) }),
      summary: 'Dead letters: effects whose every delivery attempt failed, newest first',
      responses: { 200: { description: 'Dead letters', schema: z.object({ entries: z.array(outboxEntrySchema) }) } },
      handler: async ({ query }) => ok({ entries: (await deps.store.deadOutbox(query.limit)).map(outboxView) }),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/outbox/:seq/retry',
      tag: 'connectors',
      roles: ['admin'],
      idempotent: true,
      params: seqParams,
      summary: 'Send a dead letter again (its attempts start over)',
      responses: {
        200: { description: 'Queued again', schema: outboxEntrySchema },
        404: { description: 'No such entry', schema: errorSchema },
        409: { description: 'Not a dead letter (any more)', schema: errorSchema },
      },
      handler: async ({ principal, params }) => {
        const row = await deadLetter(params.seq);
        const now = deps.clock.now();
        const after = { ...row, deadAt: null, attempts: 0, nextAttemptAt: now };
        return {
          status: 200,
          body: outboxView(after),
          write: {
            outboxRetried: [{ seq: params.seq, at: now }],
            audit: [
              auditEntry(now, principal, 'outbox.retry', `outbox:${params.seq}`, {
                kind: row.kind,
                dedupeKey: row.dedupeKey,
                attempts: row.attempts,
                lastError: row.lastError,
              }),
            ],
          },
          refused: moved(params.seq),
        };
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/outbox/:seq/discard',
      tag: 'connectors',
      roles: ['admin'],
      idempotent: true,
      params: seqParams,
      summary: 'Drop a dead letter for good (it stays in the table, marked discarded)',
      responses: {
        200: { description: 'Discarded', schema: outboxEntrySchema },
        404: { description: 'No such entry', schema: errorSchema },
        409: { description: 'Not a dead letter (any more)', schema: errorSchema },
      },
      handler: async ({ principal, params }) => {
        const row = await deadLetter(params.seq);
        const now = deps.clock.now();
        return {
          status: 200,
          body: outboxView({ ...row, discardedAt: now }),
          write: {
            outboxDiscarded: [{ seq: params.seq, at: now }],
            audit: [
              auditEntry(now, principal, 'outbox.discard', `outbox:${params.seq}`, {
                kind: row.kind,
                dedupeKey: row.dedupeKey,
                attempts: row.attempts,
                lastError: row.lastError,
              }),
            ],
          },
          refused: moved(params.seq),
        };
      },
    }),
  ];
}
