/** Users, their sessions, API tokens and the audit log. */
import type { Role } from '../../auth/roles';

export interface UserRow {
  readonly id: string;
  readonly username: string;
  readonly passwordHash: string;
  readonly roles: readonly Role[];
  readonly approvalRoles: readonly string[];
  readonly disabled: boolean;
  readonly createdAt: number;
  readonly updatedAt: number;
}

export interface SessionRow {
  readonly tokenHash: string;
  readonly userId: string;
  readonly createdAt: number;
  readonly expiresAt: number;
}

export interface TokenRow {
  readonly id: string;
  readonly name: string;
  readonly tokenHash: string;
  readonly roles: readonly Role[];
  readonly approvalRoles: readonly string[];
  readonly createdBy: string;
  readonly createdAt: number;
  readonly revokedAt: number | null;
}

export interface AuditRow {
  readonly seq?: number;
  readonly at: number;
  readonly actor: string;
  readonly action: string;
  readonly subject: string;
  readonly beforeJson: string | null;
  readonly afterJson: string | null;
}
