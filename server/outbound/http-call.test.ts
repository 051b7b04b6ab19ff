import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../testing/mock-receiver';
import { loadConfig } from '../config';
import { parseAllowList } from './allow-list';
import { callOutbound, OutboundError, type OutboundPolicy } from './http-call';

const SLOW_HOP_MS = 400;

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer((request) => {
    if (request.path === '/hop') return { status: 302, headers: { location: '/final' } };
    if (request.path === '/post-redirect') return { status: 307, headers: { location: '/final' } };
    if (request.path === '/escape')
      return { status: 302, headers: { location: `http://localhost:${mock.port}/final` } };
    if (request.path === '/metadata') return { status: 301, headers: { location: 'http://169.254.169.254/latest/' } };
    if (request.path === '/loop') return { status: 302, headers: { location: '/loop' } };
    if (request.path === '/slow') return { hang: true };
    // A chain of slow redirects: each hop well inside the time limit, all of them together not.
    const slowHop = /^\/slow-hop\/(\d)$/.exec(request.path);
    if (slowHop) {
      const n = Number(slowHop[1]);
      const answer =
        n < 3 ? { status: 302, headers: { location: `/slow-hop/${n + 1}` } } : { status: 200, body: { n } };
      return new Promise((resolve) => setTimeout(() => resolve(answer), SLOW_HOP_MS));
    }
    if (request.path === '/big') return { status: 200, body: { blob: 'x'.repeat(5000) } };
    return { status: 200, body: { path: request.path, method: request.method, body: request.json ?? null } };
  });
});
afterAll(async () => mock.close());

const policy = (hosts = '127.0.0.1', overrides: Partial<OutboundPolicy> = {}): OutboundPolicy => ({
  allowList: parseAllowList(hosts),
  timeoutMs: 2000,
  maxResponseBytes: 2048,
  ...overrides,
});
const get = (path: string, p = policy()) => callOutbound({ method: 'GET', url: mock.url + path, headers: {} }, p);
const failureOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OutboundError);
  return error as OutboundError;
};

describe('the outbound allow-list', () => {
  it('matches hosts, ports and sub-domains, and nothing else', () => {
    const list = parseAllowList('wms.example.com, tms.example.com:8443, *.crm.example.cn');
    expect(list.allows(new URL('https://wms.example.com/orders'))).toBe(true);
    expect(list.allows(new URL('http://wms.example.com:8080/'))).toBe(true);
    expect(list.allows(new URL('https://tms.example.com:8443/quote'))).toBe(true);
    expect(list.allows(new URL('https://tms.example.com/quote'))).toBe(false);
    expect(list.allows(new URL('https://eu.crm.example.cn/tags'))).toBe(true);
    expect(list.allows(new URL('https://crm.example.cn/tags'))).toBe(false);
    expect(list.allows(new URL('https://wms.example.com.evil.io/'))).toBe(false);
    expect(list.allows(new URL('https://user:pw@wms.example.com/'))).toBe(false);
    expect(list.allows(new URL('ftp://wms.example.com/'))).toBe(false);
    expect(parseAllowList('').allows(new URL('https://wms.example.com/'))).toBe(false);
  });

  it('names an entry that is not a host', () => {
    expect(() => parseAllowList('wms.example.com, https://x.io/path')).toThrow(/"https:\/\/x.io\/path" is not a host/);
    expect(() => loadConfig({ ORDERFLOW_OUTBOUND_HOSTS: 'wms.example.com/api' }, '/')).toThrow(
      /ORDERFLOW_OUTBOUND_HOSTS: "wms.example.com\/api" is not a host/,
    );
    expect(loadConfig({ ORDERFLOW_OUTBOUND_HOSTS: '*.example.com, 10.0.0.5:8080' }, '/').outboundHosts).toBe(
      '*.example.com, 10.0.0.5:8080',
    );
  });
});

describe('outbound calls', () => {
  it('answer with status and JSON; a host off the list is never contacted', async () => {
    const answer = await callOutbound(
      { method: 'POST', url: `${mock.url}/orders`, headers: { 'content-type': 'application/json' }, body: '{"a":1}' },
      policy(),
    );
    expect(answer).toMatchObject({ status: 200, json: { path: '/orders', method: 'POST', body: { a: 1 } } });
    const before = mock.requests.length;
    expect((await failureOf(get('/orders', policy('wms.example.com')))).kind).toBe('blocked');
    expect(mock.requests.length).toBe(before);
  });

  it('follow redirects only to allowed hosts, and not forever', async () => {
    expect((await get('/hop')).json).toMatchObject({ path: '/final', method: 'GET' });
    const kept = await callOutbound(
      { method: 'POST', url: `${mock.url}/post-redirect`, headers: {}, body: '{"b":2}' },
      policy(),
    );
    expect(kept.json).toMatchObject({ path: '/final', method: 'POST', body: { b: 2 } });
    const escape = await failureOf(get('/escape'));
    expect(escape.kind).toBe('blocked');
    expect(escape.message).toContain(`localhost:${mock.port}`);
    expect((await failureOf(get('/metadata'))).kind).toBe('blocked');
    expect((await failureOf(get('/loop'))).kind).toBe('redirect');
  });

  it('give up after the time limit and refuse answers over the size limit', async () => {
    const slow = await failureOf(get('/slow', policy('127.0.0.1', { timeoutMs: 300 })));
    expect(slow.kind).toBe('timeout');
    expect(slow.message).toContain('300 ms');
    expect((await failureOf(get('/big'))).kind).toBe('too-large');
    const big = await get('/big', policy('127.0.0.1', { maxResponseBytes: 10_000 }));
    expect((big.json as { blob: string }).blob).toHaveLength(5000);
  });

  it('count the time limit over all redirect hops together, not per hop', async () => {
    // Four answers of 400 ms each: every hop alone is inside 1,000 ms, the whole call is not. A limit per
    // hop would let a redirecting receiver hold a call (and the outbox lease) for hops × the limit.
    const chain = await get('/slow-hop/0', policy('127.0.0.1', { timeoutMs: 10_000 }));
    expect(chain.json).toEqual({ n: 3 });
    const before = mock.requests.length;
    const error = await failureOf(get('/slow-hop/0', policy('127.0.0.1', { timeoutMs: 2.5 * SLOW_HOP_MS })));
    expect(error.kind).toBe('timeout');
    expect(error.message).toContain('1000 ms');
    // It gave up on the way: the last hop was never asked.
    expect(mock.requests.slice(before).map((r) => r.path)).not.toContain('/slow-hop/3');
  });

  it('report a refused connection as a network failure', async () => {
    const closed = await startMockServer();
    const url = closed.url;
    await closed.close();
    const error = await failureOf(callOutbound({ method: 'GET', url, headers: {} }, policy()));
    expect(error.kind).toBe('network');
  });
});
