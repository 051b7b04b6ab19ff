import { z } from 'zod';
import { decidableRoles } from '../../auth/roles';
import { decide, replay } from '../../services/decisions';
import type { ServiceDeps } from '../../services/deps';
import { runSummary, type StoredResult } from '../../services/run-rows';
import { canonicalOrder } from '../../services/received-order';
import type { OrderRow, RunRow, WaitRow } from '../../store/types/index';
import { HttpError } from '../errors';
import { defineRoute, ok, type AnyRoute } from '../route';
import { decisionBodySchema, errorSchema, inboxItemSchema, runDetailSchema, runSummarySchema } from '../schemas';
import { READERS } from './flow-routes';

/** The canonical order a run decided on, re-derived from the stored text (null if it no longer can be). */
const orderOf = (row: OrderRow, orderId: string) => {
  const found = canonicalOrder(row, orderId);
  return found.ok ? found.order : null;
};
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const runParams = z.object({ runId: z.string().min(1).max(64) });
const instant = z.iso.datetime({ offset: true }).transform((s) => Date.parse(s));

const runQuery = z.strictObject({
  flowId: z.string().optional(),
  version: z.coerce.number().int().min(1).optional(),
  status: z.enum(['completed', 'waiting', 'rejected', 'failed']).optional(),
  channel: z.string().optional(),
  from: instant.optional().describe('Created at or after (ISO 8601)'),
  to: instant.optional().describe('Created before (ISO 8601)'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().optional().describe('nextCursor of the previous page'),
});

function cursorOf(run: RunRow): string {
  return Buffer.from(JSON.stringify([run.createdAt, run.id])).toString('base64url');
}

function parseCursor(cursor: string): { createdAt: number; id: string } {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as [number, string];
    if (typeof createdAt === 'number' && typeof id === 'string') return { createdAt, id };
  } catch {
    // fall through to the error below
  }
  throw new HttpError(400, 'invalid-request', 'the cursor is not one this server gave', [
    { path: 'query.cursor', message: 'unknown cursor' },
  ]);
}

const waitView = (w: WaitRow) => ({
  waitId: w.id,
  nodeId: w.nodeId,
  kind: w.kind,
  role: w.role,
  reason: w.reason,
  createdAt: iso(w.createdAt),
  dueAt: iso(w.dueAt),
  closedAt: iso(w.closedAt),
  resolution: w.resolution,
  decidedBy: w.decidedBy,
  comment: w.comment,
});

export function runRoutes(deps: ServiceDeps): AnyRoute[] {
  const summaryOf = async (run: RunRow) => {
    const result = JSON.parse(run.resultJson) as StoredResult;
    const wait = run.status === 'waiting' ? await deps.store.openWait(run.id) : undefined;
    return {
      ...runSummary(run, run.status, result, wait),
      orderId: run.orderId,
      channel: run.channel,
      createdAt: iso(run.createdAt),
      updatedAt: iso(run.updatedAt),
    };
  };

  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/runs',
      tag: 'runs',
      roles: READERS,
      query: runQuery,
      summary: 'Run history, newest first: filter by flow, version, status, channel and date; page with cursor',
      responses: {
        200: {
          description: 'Runs',
          schema: z.object({ runs: z.array(runSummarySchema), nextCursor: z.string().nullable() }),
        },
      },
      handler: async ({ query }) => {
        const runs = await deps.store.listRuns({
          flowId: query.flowId,
          flowVersion: query.version,
          status: query.status,
          channel: query.channel,
          from: query.from,
          to: query.to,
          limit: query.limit,
          before: query.cursor === undefined ? undefined : parseCursor(query.cursor),
        });
        const last = runs.at(-1);
        return ok({
          runs: await Promise.all(runs.map(summaryOf)),
          nextCursor: runs.length === query.limit && last ? cursorOf(last) : null,
        });
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/runs/:runId',
      tag: 'runs',
      roles: READERS,
      params: runParams,
      summary: 'One run: the order as received, decisions, waits and the trace (as in simulation)',
      responses: {
        200: { description: 'The run', schema: runDetailSchema },
        404: { description: 'No such run', schema: errorSchema },
      },
      handler: async ({ params }) => {
        const run = await deps.store.run(params.runId);
        if (!run) throw new HttpError(404, 'not-found', `there is no run "${params.runId}"`);
        const [order, waits] = await Promise.all([deps.store.order(run.intakeId), deps.store.waitsOfRun(run.id)]);
        // The stored result keeps the path; the full trace (what each node changed) comes from a replay.
        const result = await replay(deps, run, JSON.parse(run.decisionsJson) as Record<string, string>, true);
        return ok({
          ...(await summaryOf(run)),
          // The full outcome, the router's rivals included (runs store it compact).
          outcome: result.outcome,
          intakeId: run.intakeId,
          decisions: JSON.parse(run.decisionsJson),
          createdBy: run.createdBy,
          // The canonical order the run decided on (a channel record normalized again); the record as sent beside it.
          order: order ? orderOf(order, run.orderId) : null,
          received: order ? order.bodyJson : null,
          trace: result.trace,
          waits: waits.map(waitView),
        });
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/runs/:runId/decisions',
      tag: 'inbox',
      roles: ['approver'],
      idempotent: true,
      params: runParams,
      body: decisionBodySchema,
      summary: 'Decide a waiting hold (approve/reject, pass/fail); the run resumes on its pinned version by replay',
      responses: {
        200: { description: 'Decided: the run as it continued', schema: runSummarySchema },
        400: { description: 'Not a decision of this node, or a rejection without a comment', schema: errorSchema },
        403: { description: 'Not your approval role, or your own order/flow', schema: errorSchema },
        409: { description: 'Already decided, timed out, or decided meanwhile', schema: errorSchema },
      },
      handler: async ({ principal, params, body }) => decide(deps, principal, params.runId, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/inbox',
      tag: 'inbox',
      roles: ['approver'],
      query: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
      summary: "Holds waiting for the caller's approval roles, earliest deadline first",
      responses: { 200: { description: 'Waiting holds', schema: z.object({ items: z.array(inboxItemSchema) }) } },
      handler: async ({ principal, query }) => {
        const waits = await deps.store.openWaits(decidableRoles(principal), query.limit);
        const items = await Promise.all(
          waits.map(async (w) => {
            const run = await deps.store.run(w.runId);
            const order = run && (await deps.store.order(run.intakeId));
            if (!run || !order) return undefined;
            const result = JSON.parse(run.resultJson) as StoredResult;
            return {
              waitId: w.id,
              runId: run.id,
              runVersion: run.version,
              flowId: run.flowId,
              flowVersion: run.flowVersion,
              orderId: run.orderId,
              channel: run.channel,
              kind: w.kind,
              nodeId: w.nodeId,
              role: w.role,
              reason: w.reason,
              decisions: (JSON.parse(w.portsJson) as string[]).filter((p) => p !== 'timed_out'),
              createdAt: iso(w.createdAt),
              dueAt: iso(w.dueAt),
              priority: w.priority === true,
              order: orderOf(order, run.orderId),
              path: result.trace,
            };
          }),
        );
        return ok({ items: items.filter((i) => i !== undefined) });
      },
    }),
  ];
}
