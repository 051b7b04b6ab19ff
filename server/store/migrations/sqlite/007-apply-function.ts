/**
 * PostgreSQL's 007 stores its commit function (postgres/007-apply-function.ts); SQLite prepares its
 * statements in the process instead, so nothing changes here. Kept so both lists have the same names.
 */
export const sql = `SELECT 1;`;
