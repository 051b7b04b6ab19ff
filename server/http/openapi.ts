import { z } from 'zod';
import { publishedSchemas } from '../../runtime/index';
import { coreRegistry } from '../../nodes/index';
import type { AnyRoute } from './route';

type JsonObject = Record<string, unknown>;

const toSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonObject => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    reused: 'inline',
  }) as JsonObject;
  return rest;
};

/** `/api/v1/runs/:runId` → `/api/v1/runs/{runId}` */
const openApiPath = (url: string) => url.replace(/:(\w+)/g, '{$1}');

function parameters(route: AnyRoute): JsonObject[] {
  const out: JsonObject[] = [];
  for (const [where, schema] of [
    ['path', route.params],
    ['query', route.query],
  ] as const) {
    if (!schema) continue;
    const json = toSchema(schema, 'input') as { properties?: Record<string, JsonObject>; required?: string[] };
    for (const [name, property] of Object.entries(json.properties ?? {})) {
      out.push({
        name,
        in: where,
        required: where === 'path' || (json.required ?? []).includes(name),
        schema: property,
        description: property.description,
      });
    }
  }
  if (route.idempotent) {
    out.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: route.idempotent === true,
      schema: { type: 'string', maxLength: 255 },
      description:
        route.idempotent === true
          ? 'Unique per intended change; the first answer is replayed for 24 h'
          : "Optional: when sent, the first answer is replayed for 24 h; without it, redeliveries are recognised by the channel's own order id",
    });
  }
  return out;
}

/** The OpenAPI 3.1 document, generated from the same zod schemas and route list the server runs. */
export function openApiDocument(routes: readonly AnyRoute[], version: string): JsonObject {
  const order = publishedSchemas(coreRegistry)['order.schema.json'] as JsonObject;
  const { $schema: _s, ...orderSchema } = order;
  const paths: Record<string, Record<string, JsonObject>> = {};
  for (const route of routes) {
    const responses: JsonObject = {};
    for (const [status, doc] of Object.entries(route.responses)) {
      const type = route.produces ?? 'application/json';
      responses[status] = {
        description: doc.description,
        ...(doc.schema ? { content: { [type]: { schema: toSchema(doc.schema, 'output') } } } : {}),
      };
    }
    const body = route.rawJson
      ? {
          required: true,
          content: {
            'application/json': {
              schema: route.url.endsWith('/api/v1/orders')
                ? { $ref: '#/components/schemas/Order' }
                : route.url.endsWith('/api/v1/orders/batch')
                  ? {
                      type: 'object',
                      required: ['orders'],
                      properties: {
                        orders: { type: 'array', minItems: 1, items: { $ref: '#/components/schemas/Order' } },
                      },
                    }
                  : { description: "The channel's own payload" },
            },
          },
        }
      : route.body
        ? { required: true, content: { 'application/json': { schema: toSchema(route.body, 'input') } } }
        : undefined;
    (paths[openApiPath(route.url)] ??= {})[route.method.toLowerCase()] = {
      summary: route.summary,
      tags: [route.tag],
      operationId: `${route.method.toLowerCase()}${openApiPath(route.url).replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
      'x-roles': route.roles === 'public' ? 'public' : route.roles.length ? route.roles : 'any signed-in principal',
      security: route.roles === 'public' ? [] : [{ session: [] }, { token: [] }],
      parameters: parameters(route),
      ...(body ? { requestBody: body } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'OrderFlow Studio server',
      version,
      description:
        'Publish flows, take orders from every channel, decide holds. Writes need an Idempotency-Key header.',
    },
    paths,
    components: {
      schemas: { Order: orderSchema },
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'orderflow_session' },
        token: { type: 'http', scheme: 'bearer', description: 'oft_… API token' },
      },
    },
  };
}

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A plain reference page: every endpoint, its roles and summary; no scripts, no CDN. */
export function referencePage(routes: readonly AnyRoute[]): string {
  const rows = routes.map(
    (r) =>
      `<tr><td><code>${r.method}</code></td><td><code>${escape(r.url)}</code></td><td>${escape(r.roles === 'public' ? 'public' : r.roles.join(', ') || 'signed in')}</td><td>${r.idempotent === true ? 'yes' : r.idempotent ? 'optional' : ''}</td><td>${escape(r.summary)}</td></tr>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>OrderFlow Studio API</title>
<style>body{font:14px system-ui,sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}</style></head>
<body><h1>OrderFlow Studio API</h1><p>The machine-readable document: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1). Writes need an <code>Idempotency-Key</code> header.
Sign in with <code>POST /api/v1/auth/login</code> (session cookie) or send <code>Authorization: Bearer oft_…</code>.</p>
<table><tr><th>method</th><th>path</th><th>roles (admin: all)</th><th>Idempotency-Key</th><th>what</th></tr>${rows.join('\n')}</table></body></html>`;
}
