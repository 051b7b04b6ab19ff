/**
 * Twin of sqlite/012-lz4-toast.ts: the large JSON columns written with every order are compressed with lz4
 * instead of PostgreSQL's default pglz. pglz_compress was ~5% of the API's PostgreSQL CPU per order (perf
 * under npm run bench:server: the order body, each run's result, the key's stored answer, event payloads);
 * lz4 compresses several times faster for about the same size. Applies to values written from now on; a
 * server built without lz4 keeps pglz (the migration then changes nothing).
 */
export const sql = `
DO $lz4$
BEGIN
  ALTER TABLE orders ALTER COLUMN body_json SET COMPRESSION lz4, ALTER COLUMN response_json SET COMPRESSION lz4;
  ALTER TABLE runs ALTER COLUMN result_json SET COMPRESSION lz4, ALTER COLUMN decisions_json SET COMPRESSION lz4;
  ALTER TABLE idempotency_keys ALTER COLUMN body SET COMPRESSION lz4;
  ALTER TABLE outbox ALTER COLUMN payload_json SET COMPRESSION lz4;
  ALTER TABLE rollout_diffs ALTER COLUMN candidate_result_json SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
  RAISE NOTICE 'lz4 is not built into this PostgreSQL server: large values stay compressed with pglz';
END
$lz4$;
`;
