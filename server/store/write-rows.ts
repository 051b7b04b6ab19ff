/**
 * A WriteSet's rows as the values of their write statements (write-sql.ts), the same on both engines:
 * arrays as JSON text, booleans as 0/1, an absent optional as NULL.
 */
import type {
  FulfilmentEventRow,
  OrderRow,
  OutboxRow,
  PublishRequestRow,
  RolloutObservationRow,
  TokenRow,
  UserRow,
  WebhookRow,
} from './types/index';

const flag = (value: boolean): number => (value ? 1 : 0);

export const userParams = (u: UserRow) => ({
  ...u,
  roles: JSON.stringify(u.roles),
  approvalRoles: JSON.stringify(u.approvalRoles),
  disabled: flag(u.disabled),
});

export const tokenParams = (t: TokenRow) => ({
  ...t,
  roles: JSON.stringify(t.roles),
  approvalRoles: JSON.stringify(t.approvalRoles),
});

export const requestParams = (r: PublishRequestRow) => ({ ...r, approvals: JSON.stringify(r.approvals) });

export const orderParams = (row: OrderRow) => ({ ...row, payloadHash: row.payloadHash ?? null });

/** Only the inserted columns: delivery state starts as the table's defaults. */
export const outboxParams = (row: OutboxRow) => ({
  dedupeKey: row.dedupeKey,
  runId: row.runId,
  kind: row.kind,
  payloadJson: row.payloadJson,
  createdAt: row.createdAt,
});

/** An outbox update with its fence: only the claiming relay's, or anyone's when no claim is named. */
export const fenced = <T extends { readonly claimedBy?: string }>(row: T) => ({
  ...row,
  claimedBy: row.claimedBy ?? null,
});

export const webhookParams = (row: WebhookRow) => ({ ...row, events: JSON.stringify(row.events) });

export const observationParams = (o: RolloutObservationRow) => ({
  ...o,
  error: flag(o.error),
  review: flag(o.review),
  routed: flag(o.routed),
  remote: flag(o.remote),
  remoteServed: flag(o.remoteServed),
});

/** Only the inserted columns: `seq` is the table's. */
export const fulfilmentEventParams = (row: FulfilmentEventRow) => ({
  orderId: row.orderId,
  type: row.type,
  at: row.at,
  eventJson: row.eventJson,
  receivedBy: row.receivedBy,
  receivedAt: row.receivedAt,
});
