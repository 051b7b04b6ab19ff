import type { FastifyRequest } from 'fastify';
import { sha256 } from '../services/hash';
import type { RunStore } from '../store/types/index';
import type { Principal } from './roles';

export const SESSION_COOKIE = 'orderflow_session';
export const TOKEN_PREFIX = 'oft_';

/**
 * Who sent the request: a session cookie (people in the editor) or `Authorization: Bearer oft_…`
 * (machines). Undefined when neither is valid.
 */
export async function principalOf(
  request: FastifyRequest,
  store: RunStore,
  now: number,
): Promise<Principal | undefined> {
  const auth = request.headers.authorization;
  if (auth?.startsWith('Bearer ')) {
    const token = await store.tokenByHash(sha256(auth.slice('Bearer '.length).trim()));
    if (!token || token.revokedAt !== null) return undefined;
    return {
      id: `token:${token.id}`,
      name: token.name,
      kind: 'token',
      roles: token.roles,
      approvalRoles: token.approvalRoles,
    };
  }
  const sessionId = request.cookies[SESSION_COOKIE];
  if (!sessionId) return undefined;
  const session = await store.session(sha256(sessionId));
  if (!session || session.expiresAt <= now) return undefined;
  const user = await store.userById(session.userId);
  if (!user || user.disabled) return undefined;
  return { id: user.id, name: user.username, kind: 'user', roles: user.roles, approvalRoles: user.approvalRoles };
}

/** The principal used by the SLA sweeper and the seed. */
export const SYSTEM: Principal = { id: 'system', name: 'system', kind: 'user', roles: ['admin'], approvalRoles: [] };
