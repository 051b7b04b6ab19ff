import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';

export interface PathProblem {
  /** JSON path of the problem in the request, e.g. "lines.0.quantity" ("" for the whole body). */
  readonly path: string;
  readonly message: string;
}

/** An error the client can act on: status, a stable code, one line, and every problem with its path. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly problems?: readonly PathProblem[],
  ) {
    super(message);
  }
}

export const problemsOf = (error: z.ZodError, prefix = ''): PathProblem[] =>
  error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issue.message,
  }));

export interface ErrorBody {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly problems?: readonly PathProblem[];
    readonly errorId?: string;
  };
}

export const errorBody = (
  code: string,
  message: string,
  problems?: readonly PathProblem[],
  errorId?: string,
): ErrorBody => ({
  error: { code, message, ...(problems ? { problems } : {}), ...(errorId ? { errorId } : {}) },
});

/** What fastify itself refuses (size, media type, rate limit), in our shape. */
function fromFastify(error: FastifyError): HttpError | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new HttpError(400, 'too-large', error.message, [{ path: '', message: error.message }]);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new HttpError(400, 'not-json', 'the body must be JSON sent as application/json', [
        { path: '', message: error.message },
      ]);
    default:
      if (error.statusCode === 429) return new HttpError(429, 'rate-limited', error.message);
      if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500)
        return new HttpError(error.statusCode, 'bad-request', error.message);
      return undefined;
  }
}

/** No stack trace ever leaves: a known error is one line; anything else is logged with an id the client can quote. */
export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): void {
  const known = error instanceof HttpError ? error : fromFastify(error as FastifyError);
  if (known) {
    if (known.status === 429 && !reply.getHeader('retry-after')) reply.header('retry-after', '60');
    void reply
      .code(known.status)
      .type('application/json')
      .send(JSON.stringify(errorBody(known.code, known.message, known.problems)));
    return;
  }
  const errorId = randomUUID();
  request.log.error({ err: error, errorId }, 'request failed');
  void reply
    .code(500)
    .type('application/json')
    .send(JSON.stringify(errorBody('internal', 'the server could not complete the request', undefined, errorId)));
}
