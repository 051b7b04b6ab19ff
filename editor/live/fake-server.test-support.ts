/** A fake `fetch` for component tests: answers by "METHOD /path" and records every request it saw. */
import { vi } from 'vitest';

export interface SeenRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: unknown;
}

type Reply = { status: number; body: unknown } | ((request: SeenRequest) => { status: number; body: unknown });

export function fakeServer(routes: Record<string, Reply>) {
  const seen: SeenRequest[] = [];
  const fetchFn = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const method = init?.method ?? 'GET';
    const request: SeenRequest = {
      method,
      url,
      headers: Object.fromEntries(Object.entries((init?.headers ?? {}) as Record<string, string>)),
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    seen.push(request);
    const path = url.split('?')[0];
    const reply = routes[`${method} ${url}`] ?? routes[`${method} ${path}`];
    if (!reply)
      return new Response(JSON.stringify({ error: { code: 'not-found', message: `no ${method} ${path}` } }), json(404));
    const { status, body } = typeof reply === 'function' ? reply(request) : reply;
    return new Response(JSON.stringify(body), json(status));
  });
  return { fetchFn: fetchFn as unknown as typeof fetch, seen };
}

const json = (status: number) => ({ status, headers: { 'content-type': 'application/json; charset=utf-8' } });

export const ADMIN = { id: 'usr_admin', name: 'admin', kind: 'user', roles: ['admin'], approvalRoles: [] };
