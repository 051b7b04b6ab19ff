/** A channel's rejected record is kept once: its redeliveries (same text, same hash) are duplicates. */
export const sql = `
ALTER TABLE orders ADD COLUMN payload_hash TEXT;
CREATE UNIQUE INDEX orders_rejected_payload ON orders(channel, payload_hash) WHERE payload_hash IS NOT NULL AND status = 'rejected';
`;
