import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { allowed, ROLES, type Role } from './auth/roles';
import type { AnyRoute } from './http/route';
import { Client, startTestServer, type TestServer } from './testing/test-server';

// Real servers, scrypt and SQLite on a shared 2-core machine: seconds, not milliseconds.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

/**
 * Every route × every role, from the server's own route list: a principal without the route's role
 * gets 403, nobody signed in gets 401, and an allowed one gets past both (its answer may still be a
 * 400 or 404 for the placeholder ids and bodies used here).
 */
let server: TestServer;
const clients = new Map<Role | 'anonymous', Client>();

beforeAll(async () => {
  server = await startTestServer();
  clients.set('anonymous', new Client(server.url));
  for (const role of ROLES)
    clients.set(role, await server.token([role], role === 'approver' ? ['finance-manager'] : []));
});
afterAll(async () => server.close());

const url = (route: AnyRoute) =>
  route.url.replace(/:(\w+)/g, (_m, name: string) =>
    name === 'version' ? '1' : name === 'channel' ? 'shopify' : `no-such-${name}`,
  );

describe('every endpoint checks its role', () => {
  it('covers the whole route list', () => {
    expect(server.app.routes.length).toBeGreaterThan(25);
  });

  for (const who of ['anonymous', ...ROLES] as const) {
    it(`as ${who}`, async () => {
      const wrong: string[] = [];
      for (const route of server.app.routes) {
        if (route.url === '/api/v1/auth/login') continue; // public, and a wrong password is its own 401
        const client = clients.get(who)!;
        const reply = await client.request(
          route.method,
          url(route),
          route.method === 'GET' ? {} : { body: {}, key: crypto.randomUUID() },
        );
        const expected =
          route.roles === 'public'
            ? 'pass'
            : who === 'anonymous'
              ? 401
              : allowed({ id: who, name: who, kind: 'token', roles: [who], approvalRoles: [] }, route.roles)
                ? 'pass'
                : 403;
        const got = reply.status === 401 || reply.status === 403 ? reply.status : 'pass';
        if (got !== expected)
          wrong.push(
            `${route.method} ${route.url}: expected ${expected}, got ${reply.status} ${reply.text.slice(0, 120)}`,
          );
      }
      expect(wrong).toEqual([]);
    });
  }

  it('an admin-only route is refused to every other role, and the audit log records the token changes', async () => {
    expect((await clients.get('publisher')!.get('/api/v1/users')).status).toBe(403);
    const csv = await server.admin.request('GET', '/api/v1/audit?format=csv');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.text.split('\r\n')[0]).toBe('seq,at,actor,actor_name,action,subject,subject_name,before,after');
    expect(csv.text.match(/token\.create/g)).toHaveLength(ROLES.length);
    // Names, not ids: who acted, and which token was created.
    const created = (await server.admin.get('/api/v1/audit?limit=10000')).json.entries.find(
      (e: { action: string }) => e.action === 'token.create',
    );
    expect(created).toMatchObject({ actorName: 'admin', subjectName: expect.stringMatching(/ \(token\)$/) });
    expect(created.actor).not.toBe('admin');
    const jsonl = await server.admin.request('GET', '/api/v1/audit?format=jsonl');
    expect(
      jsonl.text
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).action),
    ).toContain('auth.login');
  });

  it('the session probe answers 200 whoever asks: signed out, by cookie, by token, and not after revoking', async () => {
    const probe = (client: Client) => client.get('/api/v1/auth/session');
    expect(await probe(clients.get('anonymous')!)).toMatchObject({ status: 200, json: { signedIn: false } });
    expect((await probe(server.admin)).json).toMatchObject({ signedIn: true, me: { name: 'admin', kind: 'user' } });
    const token = await server.token(['viewer']);
    expect((await probe(token)).json).toMatchObject({ signedIn: true, me: { kind: 'token', roles: ['viewer'] } });
    const id = token.id.slice('token:'.length);
    expect((await server.admin.request('DELETE', `/api/v1/tokens/${id}`, { key: 'revoke-probe' })).status).toBe(200);
    expect(await probe(token)).toMatchObject({ status: 200, json: { signedIn: false } });
  });

  it('a revoked token is refused at once', async () => {
    const token = await server.token(['viewer']);
    expect((await token.get('/api/v1/flows')).status).toBe(200);
    const id = token.id.slice('token:'.length);
    expect((await server.admin.request('DELETE', `/api/v1/tokens/${id}`, { key: 'revoke-1' })).status).toBe(200);
    expect((await token.get('/api/v1/flows')).status).toBe(401);
  });
});
