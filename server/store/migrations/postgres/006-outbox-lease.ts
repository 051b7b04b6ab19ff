/**
 * Twin of sqlite/006-outbox-lease.ts (issue 14): a relay claims the rows it delivers. Claimed rows are
 * skipped by other relays until the lease ends, so a relay that dies mid-delivery leaves its rows to
 * be retaken after the lease instead of forever.
 */
export const sql = `
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
ALTER TABLE outbox ADD COLUMN lease_until BIGINT;
`;
