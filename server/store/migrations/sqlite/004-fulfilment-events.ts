/** Fulfilment events (issue 15): what happened to an order after the flow decided it, as channels and carriers report. */
export const sql = `
CREATE TABLE fulfilment_events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  order_id TEXT NOT NULL,
  type TEXT NOT NULL,
  at TEXT NOT NULL,
  event_json TEXT NOT NULL,
  received_by TEXT NOT NULL,
  received_at INTEGER NOT NULL
);
CREATE INDEX fulfilment_events_order ON fulfilment_events(order_id);
`;
