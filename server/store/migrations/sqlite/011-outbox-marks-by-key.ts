/**
 * PostgreSQL's 011 marks outbox rows by key inside its commit function (postgres/011-outbox-marks-by-key.ts);
 * SQLite plans each statement in the process, so nothing changes here. Kept so both lists have the same names.
 */
export const sql = `SELECT 1;`;
