import type { WriteSet } from './types/index';

/**
 * The parameters of an approval's compare-and-set, the same on both engines: the approvals are
 * compared as the JSON text both stores write, so a request changed by another approver is not overwritten.
 */
export const approvalStep = ({ row, expectedApprovals }: NonNullable<WriteSet['publishApproval']>) => ({
  id: row.id,
  approvals: JSON.stringify(row.approvals),
  status: row.status,
  version: row.version,
  expectedApprovals: JSON.stringify(expectedApprovals),
});
