import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { principalOf } from '../auth/principal';
import { allowed, type Principal } from '../auth/roles';
import type { Clock } from '../clock';
import type { ServerConfig } from '../config';
import { sha256 } from '../services/hash';
import type { IdempotencyRow, RunStore } from '../store/types/index';
import { errorBody, HttpError, problemsOf } from './errors';
import type { Answer, AnyRoute } from './route';

declare module 'fastify' {
  interface FastifyRequest {
    rawBody?: string;
  }
}

export interface RouteDeps {
  readonly store: RunStore;
  readonly clock: Clock;
  readonly config: ServerConfig;
}

const ANONYMOUS: Principal = { id: 'anonymous', name: 'anonymous', kind: 'user', roles: [], approvalRoles: [] };
const MAX_KEY_LENGTH = 255;

/** Keeps the body text (fingerprints, channel payloads) and answers "not JSON" with where it broke. */
export function installJsonParser(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = String(body);
    request.rawBody = text;
    if (text.trim() === '') return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch (error) {
      const message = `the body is not JSON: ${error instanceof Error ? error.message : String(error)}`;
      done(new HttpError(400, 'not-json', message, [{ path: '', message }]), undefined);
    }
  });
}

function parse<T>(schema: z.ZodType<T> | undefined, value: unknown, where: string): T {
  if (!schema) return value as T;
  const parsed = schema.safeParse(value ?? (where === 'body' ? undefined : {}));
  if (parsed.success) return parsed.data;
  throw new HttpError(
    400,
    'invalid-request',
    `the ${where} does not match the schema (${parsed.error.issues.length} problem(s))`,
    problemsOf(parsed.error, where === 'body' ? '' : where),
  );
}

function send(reply: FastifyReply, status: number, headers: Readonly<Record<string, string>>, body: string): void {
  for (const [name, value] of Object.entries(headers)) reply.header(name, value);
  void reply.code(status).send(body);
}

const contentTypeOf = (route: AnyRoute) => `${route.produces ?? 'application/json'}; charset=utf-8`;
/** Strings (CSV, JSONL, HTML) go out as they are; everything else is JSON. */
const serialize = (_route: AnyRoute, body: unknown) => (typeof body === 'string' ? body : JSON.stringify(body));

/** Mounts one route: sign-in, role, schemas, Idempotency-Key, the handler, then its write before the answer. */
export function mountRoute(app: FastifyInstance, route: AnyRoute, deps: RouteDeps, inFlight: Set<string>): void {
  const rateLimit =
    route.rateLimit === 'login'
      ? { max: deps.config.loginRatePerMinute, timeWindow: '1 minute' }
      : route.rateLimit === 'intake'
        ? {
            max: deps.config.intakeRatePerMinute,
            timeWindow: '1 minute',
            keyGenerator: (r: FastifyRequest) => r.headers.authorization ?? r.ip,
          }
        : undefined;
  app.route({
    method: route.method,
    url: route.url,
    config: rateLimit ? { rateLimit } : {},
    handler: async (request, reply) => {
      const principal = route.roles === 'public' ? ANONYMOUS : await principalOf(request, deps.store, deps.clock.now());
      if (!principal) throw new HttpError(401, 'unauthenticated', 'sign in or send an API token');
      if (route.roles !== 'public' && !allowed(principal, route.roles)) {
        throw new HttpError(
          403,
          'forbidden',
          `${route.method} ${route.url} needs one of the roles: ${route.roles.join(', ') || 'any'}`,
        );
      }
      const params = parse(route.params, request.params, 'params');
      const query = parse(route.query, request.query, 'query');
      const body = route.rawJson ? request.body : parse(route.body, request.body, 'body');
      const input = { principal, params, query, body, rawBody: request.rawBody ?? '', request };
      const key = request.headers['idempotency-key'];
      if (!route.idempotent || (route.idempotent === 'optional' && key === undefined)) {
        const answer = await route.handler(input);
        return finish(route, answer, reply, deps, undefined);
      }
      if (typeof key !== 'string' || key.length === 0 || key.length > MAX_KEY_LENGTH) {
        throw new HttpError(
          400,
          'idempotency-key-required',
          `${route.method} ${route.url} needs an Idempotency-Key header (1-${MAX_KEY_LENGTH} characters)`,
        );
      }
      const claim = {
        scope: principal.id,
        key,
        fingerprint: sha256(`${route.method} ${request.url}\n${request.rawBody ?? ''}`),
      };
      const slot = `${claim.scope}\u0000${key}`;
      if (inFlight.has(slot))
        throw new HttpError(
          409,
          'in-flight',
          'a request with this Idempotency-Key is still being processed; retry later',
        );
      inFlight.add(slot);
      try {
        const stored = await deps.store.idempotency(claim.scope, key);
        if (stored) return replay(stored, claim.fingerprint, reply);
        let answer: Answer;
        try {
          answer = await route.handler(input);
        } catch (error) {
          if (error instanceof HttpError) throw error; // refused before anything ran: nothing to keep
          const errorId = randomUUID();
          request.log.error({ err: error, errorId }, 'request failed');
          answer = {
            status: 500,
            body: errorBody('internal', 'the server could not complete the request', undefined, errorId),
          };
        }
        return await finish(route, answer, reply, deps, claim);
      } finally {
        inFlight.delete(slot);
      }
    },
  });
}

function replay(stored: IdempotencyRow, fingerprint: string, reply: FastifyReply): void {
  if (stored.fingerprint !== fingerprint) {
    throw new HttpError(
      422,
      'idempotency-key-reused',
      'this Idempotency-Key was used with a different request; use a new key',
    );
  }
  send(
    reply,
    stored.status,
    { ...(JSON.parse(stored.headersJson) as Record<string, string>), 'idempotent-replayed': 'true' },
    stored.body,
  );
}

async function finish(
  route: AnyRoute,
  answer: Answer,
  reply: FastifyReply,
  deps: RouteDeps,
  claim: { scope: string; key: string; fingerprint: string } | undefined,
): Promise<void> {
  const headers = { 'content-type': contentTypeOf(route), ...answer.headers };
  const text = serialize(route, answer.body);
  if (!answer.write && !claim) return send(reply, answer.status, headers, text);
  const now = deps.clock.now();
  const idempotency: IdempotencyRow | undefined = claim && {
    ...claim,
    status: answer.status,
    headersJson: JSON.stringify(headers),
    body: text,
    createdAt: now,
    expiresAt: now + deps.config.idempotencyHours * 3_600_000,
  };
  const result = await deps.store.commit({ ...answer.write, ...(idempotency ? { idempotency } : {}) });
  if (result.ok) {
    answer.committed?.();
    return send(reply, answer.status, headers, text);
  }
  if (result.reason === 'duplicate-key' && claim) {
    // Another process stored this key between our read and our commit: answer as it did.
    const stored = await deps.store.idempotency(claim.scope, claim.key);
    if (stored) return replay(stored, claim.fingerprint, reply);
  }
  if (answer.refused) {
    const next = await answer.refused(result.reason);
    return send(
      reply,
      next.status,
      { 'content-type': contentTypeOf(route), ...next.headers },
      serialize(route, next.body),
    );
  }
  throw new HttpError(
    409,
    result.reason,
    `the change was refused (${result.reason}); read the resource again and retry`,
  );
}
