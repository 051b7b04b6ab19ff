import type { FastifyReply, FastifyRequest } from 'fastify';

/** Seconds a client is told to wait before sending again to a server that is shutting down. */
const RETRY_AFTER_SECONDS = 5;

/**
 * Shutdown's front door: once draining, a new request is answered 503 with Retry-After (nothing of it is
 * done, so a retry with the same Idempotency-Key is safe), and every answer closes its connection, so
 * kept-alive clients move to another process instead of holding this one open.
 */
export function drainGate() {
  let draining = false;
  return {
    start: () => {
      draining = true;
    },
    onRequest: async (_request: FastifyRequest, reply: FastifyReply) => {
      if (!draining) return;
      return reply
        .code(503)
        .header('retry-after', String(RETRY_AFTER_SECONDS))
        .header('connection', 'close')
        .type('application/json')
        .send(
          JSON.stringify({
            error: { code: 'shutting-down', message: 'the server is shutting down; send this request again' },
          }),
        );
    },
    onSend: async (_request: FastifyRequest, reply: FastifyReply) => {
      if (draining) void reply.header('connection', 'close');
    },
  };
}

/** true when `work` settled within `ms`, false when the deadline came first (the work goes on). */
export async function withDeadline(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([work.then(() => true as const), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
