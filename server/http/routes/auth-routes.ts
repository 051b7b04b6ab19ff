import { z } from 'zod';
import { auditEntry } from '../../audit/audit';
import { randomSecret, verifyPassword } from '../../auth/passwords';
import { principalOf, SESSION_COOKIE } from '../../auth/principal';
import type { ServiceDeps } from '../../services/deps';
import { sha256 } from '../../services/hash';
import { HttpError } from '../errors';
import { defineRoute, ok, type AnyRoute } from '../route';
import { errorSchema } from '../schemas';

const loginSchema = z.strictObject({ username: z.string().min(1).max(64), password: z.string().min(1).max(256) });
const meSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['user', 'token']),
  roles: z.array(z.string()),
  approvalRoles: z.array(z.string()),
});

/** Always 200, so a signed-out editor's first look is not a failed request in the browser's console. */
const sessionSchema = z.discriminatedUnion('signedIn', [
  z.object({ signedIn: z.literal(false) }),
  z.object({ signedIn: z.literal(true), me: meSchema }),
]);

function cookie(value: string, maxAgeSeconds: number, secure: boolean): string {
  return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure ? '; Secure' : ''}`;
}

export function authRoutes(deps: ServiceDeps): AnyRoute[] {
  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/auth/login',
      tag: 'auth',
      roles: 'public',
      rateLimit: 'login',
      body: loginSchema,
      summary: 'Sign in: sets an HttpOnly, SameSite=Strict session cookie',
      responses: {
        200: { description: 'Signed in', schema: meSchema },
        401: { description: 'Wrong name or password', schema: errorSchema },
        429: { description: 'Too many attempts', schema: errorSchema },
      },
      handler: async ({ body }) => {
        const user = await deps.store.userByName(body.username);
        const valid = user !== undefined && !user.disabled && (await verifyPassword(body.password, user.passwordHash));
        const now = deps.clock.now();
        if (!user || !valid) throw new HttpError(401, 'bad-credentials', 'the user name or password is wrong');
        const secret = randomSecret();
        const seconds = Math.round(deps.config.sessionHours * 3600);
        return {
          status: 200,
          body: {
            id: user.id,
            name: user.username,
            kind: 'user',
            roles: user.roles,
            approvalRoles: user.approvalRoles,
          },
          headers: { 'set-cookie': cookie(secret, seconds, deps.config.cookieSecure) },
          write: {
            sessions: [{ tokenHash: sha256(secret), userId: user.id, createdAt: now, expiresAt: now + seconds * 1000 }],
            audit: [auditEntry(now, user.id, 'auth.login', user.id)],
          },
        };
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/auth/logout',
      tag: 'auth',
      roles: [],
      summary: 'Sign out: ends the session',
      responses: { 200: { description: 'Signed out', schema: z.object({ signedOut: z.literal(true) }) } },
      handler: async ({ request, principal }) => {
        const session = request.cookies[SESSION_COOKIE];
        const now = deps.clock.now();
        return {
          status: 200,
          body: { signedOut: true },
          headers: { 'set-cookie': cookie('', 0, deps.config.cookieSecure) },
          write: {
            sessionsDeleted: session ? [sha256(session)] : [],
            audit: [auditEntry(now, principal, 'auth.logout', principal.id)],
          },
        };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/auth/session',
      tag: 'auth',
      roles: 'public',
      summary: 'Is anyone signed in? 200 either way: { signedIn: false } or { signedIn: true, me }',
      responses: { 200: { description: 'The session, if any', schema: sessionSchema } },
      handler: async ({ request }) => {
        const principal = await principalOf(request, deps.store, deps.clock.now());
        return ok(principal ? { signedIn: true, me: principal } : { signedIn: false });
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/auth/me',
      tag: 'auth',
      roles: [],
      summary: 'Who is signed in, with roles',
      responses: {
        200: { description: 'The principal', schema: meSchema },
        401: { description: 'Not signed in', schema: errorSchema },
      },
      handler: async ({ principal }) => ok(principal),
    }),
  ];
}
