import { z } from 'zod';

/**
 * What a role may do. `approver` decides holds of its named approval roles; `intake` is for machines
 * that send orders; `admin` may do everything.
 */
export const ROLES = ['viewer', 'editor', 'approver', 'publisher', 'intake', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);

/** Who is asking: a signed-in user or an API token acting with its own roles. */
export interface Principal {
  /** user id, or `token:<id>` for machines. */
  readonly id: string;
  readonly name: string;
  readonly kind: 'user' | 'token';
  readonly roles: readonly Role[];
  readonly approvalRoles: readonly string[];
}

/** Route access: an empty list means any signed-in principal; admin passes every check. */
export function allowed(principal: Principal, roles: readonly Role[]): boolean {
  if (principal.roles.includes('admin')) return true;
  if (roles.length === 0) return true;
  return roles.some((role) => principal.roles.includes(role));
}

/** The approval roles whose holds this principal may decide (undefined: all of them). */
export function decidableRoles(principal: Principal): readonly string[] | undefined {
  if (principal.roles.includes('admin')) return undefined;
  return principal.roles.includes('approver') ? principal.approvalRoles : [];
}
