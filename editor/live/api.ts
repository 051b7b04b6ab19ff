/**
 * The editor's client for the OrderFlow server (same origin, session cookie). Every answer is checked
 * with zod before the UI reads it; a refusal becomes a ServerError carrying the server's own problems.
 */
import { z } from 'zod';

export const problemSchema = z.object({ path: z.string(), message: z.string() });
export type ServerProblem = z.infer<typeof problemSchema>;
const errorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), problems: z.array(problemSchema).optional() }),
});

export const meSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['user', 'token']),
  roles: z.array(z.string()),
  approvalRoles: z.array(z.string()),
});
export type Me = z.infer<typeof meSchema>;

export const versionSchema = z.object({
  flowId: z.string(),
  version: z.number().int(),
  contentHash: z.string(),
  live: z.boolean(),
  author: z.string(),
  publishedBy: z.string(),
  publishedAt: z.string(),
  note: z.string(),
});
export type LiveVersion = z.infer<typeof versionSchema>;
export const draftSchema = z.object({
  id: z.string(),
  liveVersion: z.number().int().nullable(),
  requiredApprovals: z.number().int(),
});
export const publishRequestSchema = z.object({
  id: z.string(),
  flowId: z.string(),
  note: z.string(),
  author: z.string(),
  requiredApprovals: z.number().int(),
  approvals: z.array(z.string()),
  status: z.enum(['pending', 'published', 'refused']),
  createdAt: z.string(),
});
export type PublishRequest = z.infer<typeof publishRequestSchema>;
export const publishAnswerSchema = z.object({
  published: z.boolean(),
  version: versionSchema.optional(),
  request: publishRequestSchema.optional(),
});

/** One step of a run's trace, as the runtime writes it (the simulation's own view reads the rest). */
const traceStepSchema = z.looseObject({ nodeId: z.string(), type: z.string() });
export const inboxItemSchema = z.object({
  waitId: z.string(),
  runId: z.string(),
  flowId: z.string(),
  flowVersion: z.number().int(),
  orderId: z.string(),
  channel: z.string(),
  kind: z.enum(['approval', 'qc']),
  nodeId: z.string(),
  role: z.string(),
  reason: z.string(),
  decisions: z.array(z.string()),
  createdAt: z.string(),
  dueAt: z.string().nullable(),
  order: z.unknown(),
  path: z.array(traceStepSchema),
});
export type InboxItem = z.infer<typeof inboxItemSchema>;
export const RUN_STATUSES = ['completed', 'waiting', 'rejected', 'failed'] as const;
export const runSummarySchema = z.object({
  runId: z.string(),
  flowId: z.string(),
  flowVersion: z.number().int(),
  status: z.enum(RUN_STATUSES),
  decision: z.string().nullable(),
  orderId: z.string().optional(),
  channel: z.string().optional(),
  createdAt: z.string().optional(),
});
export type RunSummary = z.infer<typeof runSummarySchema>;
export const runDetailSchema = runSummarySchema.extend({ order: z.unknown(), trace: z.array(traceStepSchema) });
export const auditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string().nullable(),
  actor: z.string(),
  /** The user's name or the token's ("shop (token)"); older servers send only the id. */
  actorName: z.string().optional(),
  action: z.string(),
  subject: z.string().nullable(),
  subjectName: z.string().nullable().optional(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** The server refused (4xx/5xx): its code, its sentence, and every problem it listed. */
export class ServerError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly problems: readonly ServerProblem[] = [],
  ) {
    super(message);
    this.name = 'ServerError';
  }
}

/** No server answered (offline editor, plain Vite dev server, network down). */
export class NoServerError extends Error {
  constructor(message = 'no OrderFlow server answered') {
    super(message);
    this.name = 'NoServerError';
  }
}

export type Fetch = typeof fetch;

export interface ServerApi {
  get<T>(path: string, schema: z.ZodType<T>): Promise<T>;
  /** A write: sent with a fresh Idempotency-Key, as the server requires. */
  send<T>(method: 'POST' | 'PUT' | 'DELETE', path: string, body: unknown, schema: z.ZodType<T>): Promise<T>;
}

function isJson(response: Response): boolean {
  return (response.headers.get('content-type') ?? '').includes('application/json');
}

async function read<T>(response: Response, schema: z.ZodType<T>): Promise<T> {
  // A static host or the Vite dev server answers /api/* with HTML or 404: that is "no server", not a refusal.
  if (!isJson(response))
    throw new NoServerError(`the answer to ${response.url || 'the request'} is not the server's JSON`);
  const body: unknown = await response.json();
  if (!response.ok) {
    const parsed = errorSchema.safeParse(body);
    if (!parsed.success) throw new ServerError(response.status, 'unknown', `the server answered ${response.status}`);
    const { code, message, problems } = parsed.data.error;
    throw new ServerError(response.status, code, message, problems ?? []);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw new ServerError(
      response.status,
      'bad-answer',
      `the server's answer has an unexpected shape: ${parsed.error.message}`,
    );
  return parsed.data;
}

async function call(fetchFn: Fetch, path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetchFn(path, { credentials: 'same-origin', ...init });
  } catch {
    throw new NoServerError();
  }
}

export function createServerApi(fetchFn: Fetch = (...args) => fetch(...args)): ServerApi {
  return {
    // No Accept header: a static host's SPA fallback then answers HTML (read as "no server") instead of logging a 404.
    get: async (path, schema) => read(await call(fetchFn, path, {}), schema),
    send: async (method, path, body, schema) =>
      read(
        await call(fetchFn, path, {
          method,
          headers: {
            'content-type': 'application/json',
            accept: 'application/json',
            'idempotency-key': crypto.randomUUID(),
          },
          body: JSON.stringify(body ?? {}),
        }),
        schema,
      ),
  };
}

export const enc = encodeURIComponent;
