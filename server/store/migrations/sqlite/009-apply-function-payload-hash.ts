/**
 * PostgreSQL's 009 redefines its commit function to write the payload hash (postgres/009-apply-function-payload-hash.ts);
 * SQLite's statements are prepared in the process, so nothing changes here. Kept so both lists have the same names.
 */
export const sql = `SELECT 1;`;
