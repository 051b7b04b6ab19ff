import type { AllowList } from './allow-list';

/** One outbound request as the host performs it (webhook delivery, an API-call node). */
export interface OutboundRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
}

export interface OutboundResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly text: string;
  /** The parsed body when it is JSON, else undefined. */
  readonly json: unknown;
}

export interface OutboundPolicy {
  readonly allowList: AllowList;
  readonly timeoutMs: number;
  readonly maxResponseBytes: number;
  /** Redirects followed (each to an allowed host); more is an error. */
  readonly maxRedirects?: number;
}

export type OutboundFailure = 'blocked' | 'timeout' | 'too-large' | 'network' | 'redirect';

/** Why a call got no usable answer; `kind` decides between the `timeout` and `error` ports and whether to retry. */
export class OutboundError extends Error {
  constructor(
    readonly kind: OutboundFailure,
    message: string,
  ) {
    super(message);
  }
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * Calls a host on the allow-list with a time limit over the whole exchange and a cap on the answer's
 * size. Redirects are followed by hand, each target checked against the list, so a receiver can never
 * bounce a call to a host the deployment did not allow (e.g. a cloud metadata address).
 */
export async function callOutbound(request: OutboundRequest, policy: OutboundPolicy): Promise<OutboundResponse> {
  const signal = AbortSignal.timeout(policy.timeoutMs);
  let url = parseUrl(request.url);
  let method = request.method.toUpperCase();
  let body = request.body;
  for (let hop = 0; ; hop++) {
    if (!policy.allowList.allows(url))
      throw new OutboundError(
        'blocked',
        `${url.host || request.url} is not on this deployment's outbound allow-list (ORDERFLOW_OUTBOUND_HOSTS)`,
      );
    let response: Response;
    try {
      response = await fetch(url, { method, headers: request.headers, body, redirect: 'manual', signal });
    } catch (error) {
      throw failure(error, url, policy);
    }
    if (REDIRECTS.has(response.status)) {
      await response.body?.cancel();
      const location = response.headers.get('location');
      if (!location) throw new OutboundError('redirect', `${url.host} answered ${response.status} without a Location`);
      if (hop >= (policy.maxRedirects ?? 3))
        throw new OutboundError('redirect', `more than ${policy.maxRedirects ?? 3} redirects from ${request.url}`);
      url = new URL(location, url);
      // 303 (and 301/302 after a POST, as browsers do) turn into a GET without a body.
      if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === 'POST')) {
        method = 'GET';
        body = undefined;
      }
      continue;
    }
    const text = await readCapped(response, policy, url);
    return { status: response.status, headers: Object.fromEntries(response.headers), text, json: parseJson(text) };
  }
}

function parseUrl(text: string): URL {
  try {
    return new URL(text);
  } catch {
    throw new OutboundError('blocked', `"${text.slice(0, 200)}" is not an absolute URL`);
  }
}

function failure(error: unknown, url: URL, policy: OutboundPolicy): OutboundError {
  if (error instanceof OutboundError) return error;
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError')
    return new OutboundError('timeout', `${url.host} did not answer within ${policy.timeoutMs} ms`);
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
  return new OutboundError('network', `${url.host}: ${cause}`);
}

async function readCapped(response: Response, policy: OutboundPolicy, url: URL): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  const tooLarge = () =>
    new OutboundError('too-large', `${url.host} answered more than ${policy.maxResponseBytes} bytes`);
  if (declared > policy.maxResponseBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > policy.maxResponseBytes) {
        await reader.cancel();
        throw tooLarge();
      }
      chunks.push(value);
    }
  } catch (error) {
    throw failure(error, url, policy);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
