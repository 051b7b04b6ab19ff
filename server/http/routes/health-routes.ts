import { z } from 'zod';
import { BUILTIN_KPIS } from '../../../health/compute';
import { auditReportHtml } from '../../../health/report-html';
import { isoAt } from '../../clock';
import type { ServiceDeps } from '../../services/deps';
import { eventsBodySchema, healthQuerySchema, liveKpis, liveRecords, receiveEvents } from '../../services/health';
import { defineRoute, ok, type AnyRoute } from '../route';
import { errorSchema } from '../schemas';
import { READERS } from './flow-routes';

const kpiSchema = z
  .object({
    id: z.string(),
    name: z.object({ en: z.string(), zh: z.string() }),
    definition: z.object({ en: z.string(), zh: z.string() }),
    grain: z.enum(['order', 'shipment', 'exception']),
    value: z.number().nullable(),
    numerator: z.number().optional(),
    denominator: z.number(),
    groups: z.array(z.unknown()).optional(),
    quantiles: z.array(z.unknown()).optional(),
    trend: z.array(z.object({ bucket: z.string(), value: z.number().nullable() })),
  })
  .meta({ id: 'Kpi' });

export function healthRoutes(deps: ServiceDeps): AnyRoute[] {
  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/events',
      tag: 'health',
      roles: ['intake'],
      idempotent: true,
      body: eventsBodySchema,
      summary:
        'Report fulfilment events (shipped, carrier-scan, delivered, delivery-attempt, exception, exception-resolved, returned)',
      responses: {
        201: { description: 'Stored', schema: z.object({ stored: z.number().int() }) },
        400: { description: 'An event is invalid: every problem with its path; none stored', schema: errorSchema },
      },
      handler: async ({ principal, body }) => receiveEvents(deps, principal, body.events),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/health/kpis',
      tag: 'health',
      roles: READERS,
      query: healthQuerySchema,
      summary: 'Order-health KPIs (with their definitions and weekly trend) from live runs and reported events',
      responses: {
        200: {
          description: 'KPIs',
          schema: z.object({ runs: z.number().int(), asOf: z.string(), kpis: z.array(kpiSchema) }),
        },
      },
      handler: async ({ query }) => ok(await liveKpis(deps, query)),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/health/report',
      tag: 'health',
      roles: READERS,
      query: healthQuerySchema,
      produces: 'text/html',
      summary: 'The quarterly audit report (printable HTML): every KPI, its groups, trend and definition',
      responses: { 200: { description: 'HTML' } },
      handler: async ({ query }) => {
        const { records, runs } = await liveRecords(deps, query);
        const filters = Object.entries(query)
          .filter(([key, value]) => key !== 'limit' && value !== undefined)
          .map(([key, value]) => `${key}=${String(value)}`)
          .join(', ');
        const html = auditReportHtml(BUILTIN_KPIS, records, {
          title: 'OrderFlow order health audit',
          generatedAt: isoAt(deps.clock.now()),
          source: `${runs} live run(s) and their fulfilment events${filters ? ` (${filters})` : ''}`,
        });
        return {
          status: 200,
          body: html,
          headers: { 'content-disposition': 'attachment; filename="orderflow-health-audit.html"' },
        };
      },
    }),
  ];
}
