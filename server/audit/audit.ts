import type { Principal } from '../auth/roles';
import type { AuditRow } from '../store/types/index';

/**
 * One audit entry: who did what to which thing, with what it was before and after (ids, hashes,
 * roles — never passwords or tokens). Written in the same transaction as the change it describes.
 */
export function auditEntry(
  at: number,
  actor: Principal | string,
  action: string,
  subject: string,
  before?: unknown,
  after?: unknown,
): AuditRow {
  return {
    at,
    actor: typeof actor === 'string' ? actor : actor.id,
    action,
    subject,
    beforeJson: before === undefined ? null : JSON.stringify(before),
    afterJson: after === undefined ? null : JSON.stringify(after),
  };
}
