/** Twin of sqlite/005-wait-priority.ts (issue 15): a hold can be marked priority, and the inbox lists those first. */
export const sql = `
ALTER TABLE waits ADD COLUMN priority INTEGER NOT NULL DEFAULT 0;
`;
