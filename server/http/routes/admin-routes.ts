import { z } from 'zod';
import { auditEntry } from '../../audit/audit';
import { hashPassword, randomSecret } from '../../auth/passwords';
import { TOKEN_PREFIX } from '../../auth/principal';
import { ROLES } from '../../auth/roles';
import type { ServiceDeps } from '../../services/deps';
import { newId, sha256 } from '../../services/hash';
import type { AuditRow, TokenRow, UserRow } from '../../store/types/index';
import { HttpError } from '../errors';
import { defineRoute, ok, type AnyRoute } from '../route';
import { errorSchema, tokenSchema, userSchema } from '../schemas';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const userView = (u: UserRow) => ({
  id: u.id,
  username: u.username,
  roles: u.roles,
  approvalRoles: u.approvalRoles,
  disabled: u.disabled,
  createdAt: iso(u.createdAt),
  updatedAt: iso(u.updatedAt),
});
const tokenView = (t: TokenRow) => ({
  id: t.id,
  name: t.name,
  roles: t.roles,
  approvalRoles: t.approvalRoles,
  createdBy: t.createdBy,
  createdAt: iso(t.createdAt),
  revokedAt: iso(t.revokedAt),
});
/** What the audit log keeps of a user: never the password hash. */
const userFacts = (u: UserRow) => ({
  username: u.username,
  roles: u.roles,
  approvalRoles: u.approvalRoles,
  disabled: u.disabled,
});

const roles = z.array(z.enum(ROLES)).min(1).max(ROLES.length);
const approvalRoles = z
  .array(z.string().trim().min(1).max(64))
  .max(50)
  .default([])
  .describe('Named approval roles, e.g. finance-manager');
const newUser = z.strictObject({
  username: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .regex(/^[\w.@-]+$/),
  password: z.string().min(12).max(256),
  roles,
  approvalRoles,
});
const userChange = z.strictObject({
  password: z.string().min(12).max(256).optional(),
  roles: roles.optional(),
  approvalRoles: approvalRoles.optional(),
  disabled: z.boolean().optional(),
});
const newToken = z.strictObject({ name: z.string().trim().min(1).max(100), roles, approvalRoles });
const auditQuery = z.object({
  format: z.enum(['json', 'jsonl', 'csv']).default('json'),
  after: z.coerce.number().int().min(0).default(0).describe('Entries after this sequence number'),
  limit: z.coerce.number().int().min(1).max(100_000).default(1000),
});

const csvCell = (value: unknown) => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};
/** Names for the ids the audit log keeps (users, API tokens), read when the log is shown: a renamed user shows as now. */
async function auditNames(deps: ServiceDeps): Promise<Map<string, string>> {
  const [users, tokens] = await Promise.all([deps.store.listUsers(), deps.store.listTokens()]);
  const names = new Map<string, string>([['system', 'system']]);
  for (const u of users) names.set(u.id, u.username);
  for (const t of tokens) {
    names.set(`token:${t.id}`, `${t.name} (token)`); // as an actor
    names.set(t.id, `${t.name} (token)`); // as the subject of token.create / token.revoke
  }
  return names;
}

const auditView = (a: AuditRow, names: ReadonlyMap<string, string>) => ({
  seq: a.seq,
  at: iso(a.at),
  actor: a.actor,
  actorName: names.get(a.actor) ?? a.actor,
  action: a.action,
  subject: a.subject,
  subjectName: names.get(a.subject) ?? null,
  before: a.beforeJson && JSON.parse(a.beforeJson),
  after: a.afterJson && JSON.parse(a.afterJson),
});

export function adminRoutes(deps: ServiceDeps): AnyRoute[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/users',
      tag: 'admin',
      roles: ['admin'],
      summary: 'Users and their roles',
      responses: { 200: { description: 'Users', schema: z.object({ users: z.array(userSchema) }) } },
      handler: async () => ok({ users: (await deps.store.listUsers()).map(userView) }),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/users',
      tag: 'admin',
      roles: ['admin'],
      idempotent: true,
      body: newUser,
      summary: 'Create a user',
      responses: {
        201: { description: 'Created', schema: userSchema },
        409: { description: 'The name is taken', schema: errorSchema },
      },
      handler: async ({ principal, body }) => {
        if (await deps.store.userByName(body.username))
          throw new HttpError(409, 'username-taken', `user name "${body.username}" is taken`);
        const now = deps.clock.now();
        const user: UserRow = {
          id: newId('usr'),
          username: body.username,
          passwordHash: await hashPassword(body.password),
          roles: body.roles,
          approvalRoles: body.approvalRoles,
          disabled: false,
          createdAt: now,
          updatedAt: now,
        };
        return {
          status: 201,
          body: userView(user),
          write: {
            users: [user],
            audit: [auditEntry(now, principal, 'user.create', user.id, undefined, userFacts(user))],
          },
        };
      },
    }),
    defineRoute({
      method: 'PUT',
      url: '/api/v1/users/:userId',
      tag: 'admin',
      roles: ['admin'],
      idempotent: true,
      params: z.object({ userId: z.string() }),
      body: userChange,
      summary: "Change a user's roles, password or disabled flag",
      responses: {
        200: { description: 'Changed', schema: userSchema },
        404: { description: 'No such user', schema: errorSchema },
      },
      handler: async ({ principal, params, body }) => {
        const before = await deps.store.userById(params.userId);
        if (!before) throw new HttpError(404, 'not-found', `there is no user "${params.userId}"`);
        const now = deps.clock.now();
        const after: UserRow = {
          ...before,
          roles: body.roles ?? before.roles,
          approvalRoles: body.approvalRoles ?? before.approvalRoles,
          disabled: body.disabled ?? before.disabled,
          passwordHash: body.password ? await hashPassword(body.password) : before.passwordHash,
          updatedAt: now,
        };
        const facts = { ...userFacts(after), passwordChanged: body.password !== undefined };
        return {
          status: 200,
          body: userView(after),
          write: {
            users: [after],
            audit: [auditEntry(now, principal, 'user.change', after.id, userFacts(before), facts)],
          },
        };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/tokens',
      tag: 'admin',
      roles: ['admin'],
      summary: 'API tokens (never their secret)',
      responses: { 200: { description: 'Tokens', schema: z.object({ tokens: z.array(tokenSchema) }) } },
      handler: async () => ok({ tokens: (await deps.store.listTokens()).map(tokenView) }),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/tokens',
      tag: 'admin',
      roles: ['admin'],
      idempotent: true,
      body: newToken,
      summary: 'Create an API token for a machine; the secret is in this answer only (stored hashed)',
      responses: {
        201: {
          description: 'Created',
          schema: tokenSchema.extend({ token: z.string().describe('Send as Authorization: Bearer <token>') }),
        },
      },
      handler: async ({ principal, body }) => {
        const now = deps.clock.now();
        const secret = `${TOKEN_PREFIX}${randomSecret()}`;
        const token: TokenRow = {
          id: newId('tok'),
          name: body.name,
          tokenHash: sha256(secret),
          roles: body.roles,
          approvalRoles: body.approvalRoles,
          createdBy: principal.id,
          createdAt: now,
          revokedAt: null,
        };
        const audit = auditEntry(now, principal, 'token.create', token.id, undefined, {
          name: token.name,
          roles: token.roles,
          approvalRoles: token.approvalRoles,
        });
        return {
          status: 201,
          body: { ...tokenView(token), token: secret },
          write: { tokens: [token], audit: [audit] },
        };
      },
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/tokens/:tokenId',
      tag: 'admin',
      roles: ['admin'],
      idempotent: true,
      params: z.object({ tokenId: z.string() }),
      summary: 'Revoke an API token',
      responses: {
        200: { description: 'Revoked', schema: tokenSchema },
        404: { description: 'No such token', schema: errorSchema },
      },
      handler: async ({ principal, params }) => {
        const token = (await deps.store.listTokens()).find((t) => t.id === params.tokenId);
        if (!token) throw new HttpError(404, 'not-found', `there is no token "${params.tokenId}"`);
        const now = deps.clock.now();
        const audit = auditEntry(
          now,
          principal,
          'token.revoke',
          token.id,
          { revokedAt: iso(token.revokedAt) },
          { revokedAt: iso(token.revokedAt ?? now) },
        );
        return {
          status: 200,
          body: tokenView({ ...token, revokedAt: token.revokedAt ?? now }),
          write: { tokensRevoked: [{ id: token.id, at: now }], audit: [audit] },
        };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/audit',
      tag: 'admin',
      roles: ['admin'],
      query: auditQuery,
      summary:
        'The audit log (append-only), oldest first, with the names of the users and tokens it names; format=csv or jsonl to export',
      responses: {
        200: {
          description: 'Entries (JSON; CSV or JSONL with format)',
          schema: z.object({ entries: z.array(z.unknown()), nextAfter: z.number().nullable() }),
        },
      },
      handler: async ({ query }) => {
        const [rows, names] = await Promise.all([deps.store.listAudit(query.after, query.limit), auditNames(deps)]);
        const entries = rows.map((row) => auditView(row, names));
        if (query.format === 'jsonl')
          return {
            status: 200,
            body: entries.map((e) => JSON.stringify(e)).join('\n') + (entries.length ? '\n' : ''),
            headers: { 'content-type': 'application/x-ndjson; charset=utf-8' },
          };
        if (query.format === 'csv') {
          const lines = entries.map((e) =>
            [
              e.seq,
              e.at,
              e.actor,
              e.actorName,
              e.action,
              e.subject,
              e.subjectName,
              JSON.stringify(e.before),
              JSON.stringify(e.after),
            ]
              .map(csvCell)
              .join(','),
          );
          return {
            status: 200,
            body: ['seq,at,actor,actor_name,action,subject,subject_name,before,after', ...lines].join('\r\n') + '\r\n',
            headers: { 'content-type': 'text/csv; charset=utf-8' },
          };
        }
        const last = entries.at(-1);
        return ok({ entries, nextAfter: entries.length === query.limit && last ? last.seq : null });
      },
    }),
  ];
}
