import { z } from 'zod';
import type { ServiceDeps } from '../../services/deps';
import { HttpError } from '../errors';
import { openApiDocument, referencePage } from '../openapi';
import { defineRoute, ok, type AnyRoute } from '../route';
import { errorSchema } from '../schemas';

export interface Readiness {
  ready: boolean;
}

/** Health, readiness, metrics and the API's own documentation. `routes` is the full list, for the docs. */
export function systemRoutes(deps: ServiceDeps, readiness: Readiness, routes: () => readonly AnyRoute[]): AnyRoute[] {
  let document: unknown;
  return [
    defineRoute({
      method: 'GET',
      url: '/healthz',
      tag: 'system',
      roles: 'public',
      summary: 'The process is up',
      responses: { 200: { description: 'Up', schema: z.object({ status: z.literal('ok') }) } },
      handler: async () => ok({ status: 'ok' }),
    }),
    defineRoute({
      method: 'GET',
      url: '/readyz',
      tag: 'system',
      roles: 'public',
      summary: 'Ready for traffic: the database answers and no shutdown is under way',
      responses: {
        200: { description: 'Ready', schema: z.object({ status: z.literal('ready') }) },
        503: { description: 'Starting or stopping', schema: errorSchema },
      },
      handler: async () => {
        if (!readiness.ready) throw new HttpError(503, 'not-ready', 'the server is starting or shutting down');
        await deps.store.liveSignature();
        return ok({ status: 'ready' });
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/metrics',
      tag: 'system',
      roles: 'public',
      produces: 'text/plain',
      summary: 'Prometheus metrics',
      responses: { 200: { description: 'Metrics in the Prometheus text format' } },
      handler: async () => ({
        status: 200,
        body: await deps.metrics.registry.metrics(),
        headers: { 'content-type': deps.metrics.registry.contentType },
      }),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/openapi.json',
      tag: 'system',
      roles: 'public',
      summary: 'This API as OpenAPI 3.1',
      responses: { 200: { description: 'The OpenAPI document' } },
      handler: async () => ok((document ??= openApiDocument(routes(), '1'))),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/docs',
      tag: 'system',
      roles: 'public',
      produces: 'text/html',
      summary: 'A reference page of every endpoint',
      responses: { 200: { description: 'HTML' } },
      handler: async () => ({ status: 200, body: referencePage(routes()) }),
    }),
  ];
}
