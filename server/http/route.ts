import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Principal, Role } from '../auth/roles';
import type { CommitRefusal, WriteSet } from '../store/types/index';

/** What a handler answers. With `write`, the answer is sent only after the write commits. */
export interface Answer {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  readonly write?: WriteSet;
  /** Runs once the write committed (metrics, cookies). */
  readonly committed?: () => void;
  /** What to answer when the store refused the write (a lost compare-and-set, a redelivered channel order). */
  readonly refused?: (reason: CommitRefusal) => Promise<Answer> | Answer;
}

export interface HandlerInput<B, Q, P> {
  readonly principal: Principal;
  readonly body: B;
  readonly query: Q;
  readonly params: P;
  /** The body exactly as received (for channel payloads and idempotency fingerprints). */
  readonly rawBody: string;
  readonly request: FastifyRequest;
}

export interface ResponseDoc {
  readonly description: string;
  readonly schema?: z.ZodType;
}

export interface RouteSpec<B = unknown, Q = unknown, P = unknown> {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Fastify path, e.g. /api/v1/runs/:id */
  readonly url: string;
  readonly summary: string;
  readonly tag: string;
  /** 'public' = no sign-in; [] = any signed-in principal; admin passes every list. */
  readonly roles: readonly Role[] | 'public';
  readonly body?: z.ZodType<B>;
  readonly query?: z.ZodType<Q>;
  readonly params?: z.ZodType<P>;
  /** The body is any JSON (validated by the handler), documented by this schema. */
  readonly rawJson?: boolean;
  /**
   * true: requires an Idempotency-Key header; the first answer is stored and replayed. 'optional': a key is
   * honoured when sent, and without one the handler dedupes on its own id (webhook senders cannot add headers).
   */
  readonly idempotent?: boolean | 'optional';
  readonly rateLimit?: 'login' | 'intake';
  /** Content type of a non-JSON answer (text/csv, text/html, text/plain). */
  readonly produces?: string;
  readonly responses: Readonly<Record<number, ResponseDoc>>;
  readonly handler: (input: HandlerInput<B, Q, P>) => Promise<Answer>;
}

// Routes are collected in one heterogeneous list; each keeps its own types inside defineRoute.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRoute = RouteSpec<any, any, any>;

export const defineRoute = <B, Q, P>(spec: RouteSpec<B, Q, P>): RouteSpec<B, Q, P> => spec;

export const ok = (body: unknown, status = 200): Answer => ({ status, body });
