/**
 * PostgreSQL's 010 redefines its commit function to fence outbox updates by claim (postgres/010-outbox-fencing.ts);
 * SQLite's statements are prepared in the process, so nothing changes here. Kept so both lists have the same names.
 */
export const sql = `SELECT 1;`;
