/**
 * PostgreSQL's 012 compresses its large JSON columns with lz4 (postgres/012-lz4-toast.ts); SQLite does not
 * compress values, so nothing changes here. Kept so both lists have the same names.
 */
export const sql = `SELECT 1;`;
