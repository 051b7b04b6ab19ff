/** Which relay holds an outbox row, and until when (issue 14; PostgreSQL's relays race, SQLite's one claims alike). */
export const sql = `
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
ALTER TABLE outbox ADD COLUMN lease_until INTEGER;
`;
