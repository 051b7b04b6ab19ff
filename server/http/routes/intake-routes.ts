import { z } from 'zod';
import { BUILT_IN_CHANNELS, builtInMapping, normalize, rawText, type ChannelEvent } from '../../../channels/index';
import type { Principal } from '../../auth/roles';
import { channelEventRows } from '../../services/channel-events';
import type { ServiceDeps } from '../../services/deps';
import {
  acceptedRecord,
  countRuns,
  intakeWrite,
  LiveFlows,
  parseOrder,
  rejectedRecord,
  type IntakeRecord,
} from '../../services/intake';
import type { OrderRow } from '../../store/types/index';
import { errorBody, HttpError } from '../errors';
import { defineRoute, ok, type Answer, type AnyRoute } from '../route';
import { batchIntakeSchema, channelIntakeSchema, errorSchema, intakeOrderSchema } from '../schemas';
import { RolloutRouting } from '../../services/rollout-intake';
import { READERS } from './flow-routes';
import { sha256 } from '../../services/hash';

const receivedSchema = z
  .object({
    intakeId: z.string(),
    orderId: z.string().nullable(),
    channel: z.string().nullable(),
    channelOrderId: z.string().nullable(),
    status: z.enum(['accepted', 'rejected']),
    problems: z.array(z.object({ path: z.string(), message: z.string() })).nullable(),
    receivedBy: z.string(),
    receivedAt: z.string(),
    body: z.string().describe('The body exactly as received'),
    answer: z.unknown(),
  })
  .meta({ id: 'ReceivedOrder' });

const receivedView = (o: OrderRow) => ({
  intakeId: o.id,
  orderId: o.orderId,
  channel: o.channel,
  channelOrderId: o.channelOrderId,
  status: o.status,
  problems: o.problemsJson === null ? null : JSON.parse(o.problemsJson),
  receivedBy: o.receivedBy,
  receivedAt: new Date(o.receivedAt).toISOString(),
  body: o.bodyJson,
  answer: o.responseJson === null ? null : JSON.parse(o.responseJson),
});

/** Most orders in one batch request (a batch is one transaction and one answer). */
export const MAX_BATCH = 1000;

function batchOrders(body: unknown): unknown[] {
  const orders = typeof body === 'object' && body !== null ? (body as { orders?: unknown }).orders : undefined;
  if (Array.isArray(orders) && orders.length > 0 && orders.length <= MAX_BATCH) return orders;
  const message = Array.isArray(orders)
    ? `"orders" has ${orders.length} item(s); send 1-${MAX_BATCH}`
    : 'the body must be an object {"orders": [...]} with the canonical orders';
  throw new HttpError(400, 'invalid-batch', message, [{ path: 'orders', message }]);
}

const refusedAsDuplicate = () => {
  throw new HttpError(
    409,
    'duplicate-channel-order',
    'this channel order arrived twice at once; send it again to get the stored answer',
  );
};

export function intakeRoutes(deps: ServiceDeps): AnyRoute[] {
  const live = new LiveFlows();
  const rollouts = new RolloutRouting();

  async function canonical(principal: Principal, body: unknown, rawBody: string): Promise<Answer> {
    const parsed = parseOrder(body);
    if (!parsed.ok) {
      const record = rejectedRecord(deps, principal, rawBody, parsed.problems, {});
      const error = errorBody(
        'invalid-order',
        `the order does not match the canonical order schema (${parsed.problems.length} problem(s)); it was stored as rejected`,
        parsed.problems,
      );
      return { status: 400, body: { ...error, intakeId: record.order.id }, write: intakeWrite([record]) };
    }
    const record = acceptedRecord(
      deps,
      principal,
      await live.current(deps),
      parsed.order,
      rawBody,
      {},
      await rollouts.current(deps),
      await deps.store.subscribedEvents?.(),
    );
    return {
      status: 201,
      body: record.answer,
      write: intakeWrite([record]),
      committed: () => countRuns(deps, [record]),
    };
  }

  /** Many canonical orders in one request: each answered on its own, all committed (durably) before the answer. */
  async function batch(principal: Principal, body: unknown): Promise<Answer> {
    const list = batchOrders(body);
    const flows = await live.current(deps);
    const active = await rollouts.current(deps);
    const subscribed = await deps.store.subscribedEvents?.();
    const records = list.map((item) => {
      // Kept as parsed (the batch's text is one document; its key replays the whole answer byte for byte).
      const text = JSON.stringify(item);
      const parsed = parseOrder(item);
      return parsed.ok
        ? acceptedRecord(deps, principal, flows, parsed.order, text, {}, active, subscribed)
        : rejectedRecord(deps, principal, text, parsed.problems, {});
    });
    const accepted = records.filter((r) => r.order.status === 'accepted');
    const orders = records.map((r) => r.answer);
    if (accepted.length === 0) {
      const problems = records.flatMap((r, i) =>
        (r.answer.problems ?? []).map((p) => ({
          path: `orders.${i}${p.path ? `.${p.path}` : ''}`,
          message: p.message,
        })),
      );
      return {
        status: 400,
        body: {
          ...errorBody(
            'invalid-orders',
            `none of the ${list.length} order(s) matches the canonical order schema; they were stored as rejected`,
            problems,
          ),
          orders,
        },
        write: intakeWrite(records),
      };
    }
    return { status: 201, body: { orders }, write: intakeWrite(records), committed: () => countRuns(deps, accepted) };
  }

  async function fromChannel(principal: Principal, channel: string, rawBody: string): Promise<Answer> {
    if (!builtInMapping(channel))
      throw new HttpError(
        404,
        'unknown-channel',
        `"${channel}" is not a channel with a mapping; see GET /api/v1/channels`,
      );
    const flows = await live.current(deps);
    const active = await rollouts.current(deps);
    const subscribed = await deps.store.subscribedEvents?.();
    const records: IntakeRecord[] = [];
    const answers: unknown[] = [];
    const events: ChannelEvent[] = [];
    for (const result of normalize(channel, rawBody)) {
      if (!result.ok) {
        // A sender redelivers what we refused as eagerly as what we took: the same record is kept once.
        const text = rawText(result.raw);
        const payloadHash = sha256(text);
        const refused = await deps.store.rejectedByPayload(channel, payloadHash);
        if (refused?.responseJson) {
          answers.push({ ...(JSON.parse(refused.responseJson) as object), status: 'duplicate' });
          continue;
        }
        const problems = result.problems.map((p) => ({ path: p.path, message: p.message }));
        const record = rejectedRecord(deps, principal, text, problems, { channel, payloadHash });
        records.push(record);
        answers.push(record.answer);
        continue;
      }
      events.push(...result.events); // a redelivered order may bring news of its parcels
      const seen = await deps.store.orderByChannelId(channel, result.order.channelOrderId);
      if (seen?.responseJson) {
        answers.push({ ...(JSON.parse(seen.responseJson) as object), status: 'duplicate' });
        continue;
      }
      const record = acceptedRecord(
        deps,
        principal,
        flows,
        result.order,
        rawText(result.raw),
        { channel, channelOrderId: result.order.channelOrderId },
        active,
        subscribed,
      );
      records.push(record);
      answers.push(record.answer);
    }
    const accepted = records.filter((r) => r.order.status === 'accepted');
    const duplicates = answers.length - records.length;
    const fulfilmentEvents = await channelEventRows(deps, principal, events);
    const body = { channel, orders: answers, events: fulfilmentEvents.length };
    if (accepted.length === 0 && duplicates === 0) {
      const problems = records.flatMap((r) => r.answer.problems ?? []);
      return {
        status: 400,
        body: {
          ...errorBody(
            'invalid-payload',
            `no order could be read from the ${channel} payload; it was stored as rejected`,
            problems,
          ),
          ...body,
        },
        write: intakeWrite(records),
      };
    }
    return {
      status: accepted.length > 0 ? 201 : 200,
      body,
      write: { ...intakeWrite(records), fulfilmentEvents },
      committed: () => countRuns(deps, accepted),
      refused: refusedAsDuplicate,
    };
  }

  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/orders',
      tag: 'intake',
      roles: ['intake'],
      idempotent: true,
      rateLimit: 'intake',
      rawJson: true,
      summary: 'Send a canonical order: it runs through every live flow whose trigger takes it',
      responses: {
        201: { description: 'Accepted: the runs with their outcome or waiting hold', schema: intakeOrderSchema },
        400: {
          description:
            'Not JSON, too large, or not a canonical order (every problem with its path; stored as rejected)',
          schema: errorSchema,
        },
        409: { description: 'The same Idempotency-Key is in flight', schema: errorSchema },
        422: { description: 'The Idempotency-Key was used with another body', schema: errorSchema },
      },
      handler: async ({ principal, body, rawBody }) => canonical(principal, body, rawBody),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/orders/batch',
      tag: 'intake',
      roles: ['intake'],
      idempotent: true,
      rateLimit: 'intake',
      rawJson: true,
      summary: `Send up to ${MAX_BATCH} canonical orders at once ({"orders": [...]}): each runs as POST /api/v1/orders would and is answered on its own; all are committed before the answer`,
      responses: {
        201: {
          description: 'Stored: per order (in the order sent) accepted with its runs, or rejected with its problems',
          schema: batchIntakeSchema,
        },
        400: {
          description: `Not {"orders": [...]} with 1-${MAX_BATCH} items, or no order is canonical (every problem with its path orders.<i>…; stored as rejected)`,
          schema: errorSchema,
        },
        409: { description: 'The same Idempotency-Key is in flight', schema: errorSchema },
        422: { description: 'The Idempotency-Key was used with another body', schema: errorSchema },
      },
      handler: async ({ principal, body }) => batch(principal, body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/channels/:channel/orders',
      tag: 'intake',
      roles: ['intake'],
      idempotent: 'optional',
      rateLimit: 'intake',
      rawJson: true,
      params: z.object({ channel: z.string().min(1).max(64) }),
      summary:
        "Send a channel's raw payload (webhook): normalized by the channel's mapping, deduplicated on the channel's order id",
      responses: {
        200: { description: 'Every order was a redelivery: the stored answers', schema: channelIntakeSchema },
        201: { description: 'Accepted (per order: accepted, duplicate or rejected)', schema: channelIntakeSchema },
        400: { description: 'No order could be read (every problem with its JSON path)', schema: errorSchema },
        404: { description: 'Unknown channel', schema: errorSchema },
      },
      handler: async ({ principal, params, rawBody }) => fromChannel(principal, params.channel, rawBody),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/orders',
      tag: 'intake',
      roles: READERS,
      query: z.object({
        status: z.enum(['accepted', 'rejected']).optional(),
        limit: z.coerce.number().int().min(1).max(500).default(50),
      }),
      summary: 'Orders as received, newest first; status=rejected lists the refused ones with their problems',
      responses: { 200: { description: 'Orders', schema: z.object({ orders: z.array(receivedSchema) }) } },
      handler: async ({ query }) =>
        ok({ orders: (await deps.store.listOrders(query.status, query.limit)).map(receivedView) }),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/orders/:intakeId',
      tag: 'intake',
      roles: READERS,
      params: z.object({ intakeId: z.string().min(1).max(64) }),
      summary: 'One order as received, with its problems or the runs it started',
      responses: {
        200: { description: 'The order', schema: receivedSchema },
        404: { description: 'No such order', schema: errorSchema },
      },
      handler: async ({ params }) => {
        const row = await deps.store.order(params.intakeId);
        if (!row) throw new HttpError(404, 'not-found', `there is no order "${params.intakeId}"`);
        return ok(receivedView(row));
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/channels',
      tag: 'intake',
      roles: [...READERS, 'intake'],
      summary: 'Channels with a built-in mapping',
      responses: {
        200: {
          description: 'Channels',
          schema: z.object({ channels: z.array(z.object({ channel: z.string(), related: z.array(z.string()) })) }),
        },
      },
      handler: async () => ok({ channels: BUILT_IN_CHANNELS.map((c) => ({ channel: c.channel, related: c.related })) }),
    }),
  ];
}
