/**
 * Order health on the server: fulfilment events in, KPIs out — computed by health/ exactly as the CLI
 * computes them from a simulation, here from live runs (what the flow decided, as the `order` event)
 * and the events channels and carriers reported since.
 */
import { z } from 'zod';
import type { RunResult } from '../../runtime/index';
import { BUILTIN_KPIS, computeKpis, kpiTrend, type Period } from '../../health/compute';
import { fulfilmentEventSchema, type FulfilmentEvent } from '../../health/events';
import { toJson } from '../../health/format';
import { expectedEvents } from '../../health/from-simulation';
import { buildRecords, type HealthRecords } from '../../health/records';
import type { Principal } from '../auth/roles';
import { isoAt } from '../clock';
import { HttpError, type PathProblem } from '../http/errors';
import type { Answer } from '../http/route';
import type { FulfilmentEventRow } from '../store/types/index';
import type { ServiceDeps } from './deps';
import { receivedOrder } from './received-order';
import type { StoredResult } from './run-rows';

export const eventsBodySchema = z.strictObject({
  events: z.array(z.unknown()).min(1).max(10_000).describe('Fulfilment events (see FulfilmentEvent)'),
});

/** Every event checked; one bad event refuses the batch with each problem's path, so nothing half-arrives. */
export function receiveEvents(deps: ServiceDeps, principal: Principal, events: readonly unknown[]): Answer {
  const problems: PathProblem[] = [];
  const parsed: FulfilmentEvent[] = [];
  events.forEach((value, i) => {
    const result = fulfilmentEventSchema.safeParse(value);
    if (result.success) parsed.push(result.data);
    else
      for (const issue of result.error.issues)
        problems.push({ path: ['events', i, ...issue.path].map(String).join('.'), message: issue.message });
  });
  if (problems.length > 0)
    throw new HttpError(
      400,
      'invalid-events',
      `${problems.length} problem(s) in the events; none was stored`,
      problems,
    );
  const now = deps.clock.now();
  const rows: FulfilmentEventRow[] = parsed.map((e) => ({
    orderId: e.orderId,
    type: e.type,
    at: e.at,
    eventJson: JSON.stringify(e),
    receivedBy: principal.id,
    receivedAt: now,
  }));
  return { status: 201, body: { stored: rows.length }, write: { fulfilmentEvents: rows } };
}

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');
export const healthQuerySchema = z.object({
  flowId: z.string().min(1).max(64).optional(),
  version: z.coerce.number().int().min(1).optional(),
  channel: z.string().min(1).max(64).optional(),
  province: z.string().min(1).max(64).optional().describe('Shipping province, as orders carry it'),
  from: day.optional().describe('First day of the period (of each KPI’s window field)'),
  to: day.optional().describe('Day after the period'),
  limit: z.coerce.number().int().min(1).max(100_000).default(20_000).describe('Most recent runs read'),
});
export type HealthQuery = z.output<typeof healthQuerySchema>;

/** The health records of the live runs that match, with their orders' fulfilment events. */
export async function liveRecords(
  deps: ServiceDeps,
  query: HealthQuery,
): Promise<{ records: HealthRecords; runs: number }> {
  const runs = await deps.store.listRuns({
    limit: query.limit,
    ...(query.flowId === undefined ? {} : { flowId: query.flowId }),
    ...(query.version === undefined ? {} : { flowVersion: query.version }),
    ...(query.channel === undefined ? {} : { channel: query.channel }),
  });
  const decided: FulfilmentEvent[] = [];
  for (const run of runs) {
    const received = await deps.store.order(run.intakeId);
    const order = received && receivedOrder(received, run.orderId);
    if (!order) continue;
    if (query.province !== undefined && order.shippingAddress.province !== query.province) continue;
    // Only what the flow decided (the order event); parcels, scans and deliveries come from reported events.
    const result = JSON.parse(run.resultJson) as StoredResult;
    const orderEvent = expectedEvents(result as unknown as RunResult, order)[0];
    // The stored plan is compact (no rivals): its routing score was kept when the run decided.
    const score = result.outcome?.fulfilment?.routingScore;
    if (orderEvent) decided.push(score === undefined ? orderEvent : { ...orderEvent, routingScore: score });
  }
  const ids = [...new Set(decided.map((e) => e.orderId))];
  const reported = (await deps.store.eventsOfOrders(ids)).map((r) => JSON.parse(r.eventJson) as FulfilmentEvent);
  return { records: buildRecords([...decided, ...reported], isoAt(deps.clock.now())), runs: decided.length };
}

export async function liveKpis(deps: ServiceDeps, query: HealthQuery) {
  const { records, runs } = await liveRecords(deps, query);
  const period: Period = { ...(query.from ? { from: query.from } : {}), ...(query.to ? { to: query.to } : {}) };
  return {
    runs,
    asOf: isoAt(deps.clock.now()),
    kpis: toJson(computeKpis(BUILTIN_KPIS, records, period)).map((k) => ({
      ...k,
      trend: kpiTrend(
        BUILTIN_KPIS.find((d) => d.id === k.id)!,
        records,
        'week',
      ).map((t) => ({
        bucket: t.bucket,
        value: t.result.value,
      })),
    })),
  };
}
