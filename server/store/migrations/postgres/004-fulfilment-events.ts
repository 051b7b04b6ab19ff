/** Twin of sqlite/004-fulfilment-events.ts (issue 15): what happened to an order after the flow decided it. */
export const sql = `
CREATE TABLE fulfilment_events (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  order_id TEXT NOT NULL,
  type TEXT NOT NULL,
  at TEXT NOT NULL,
  event_json TEXT NOT NULL,
  received_by TEXT NOT NULL,
  received_at BIGINT NOT NULL
);
CREATE INDEX fulfilment_events_order ON fulfilment_events(order_id);
`;
