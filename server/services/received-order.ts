/**
 * The canonical order behind a stored order row, whatever its source. A canonical intake (POST /orders, or one
 * item of a batch) stored the order itself; a channel webhook stored the channel's raw record (kept exactly as
 * sent), so its order is normalized again with the same mapping. Always re-derived from the stored text, never
 * taken from anything a client hands back.
 */
import { normalizeStoredRecord } from '../../channels/index';
import type { Order } from '../../runtime/index';
import type { OrderRow } from '../store/types/index';
import { parseOrder } from './intake';

export type CanonicalOrder = { ok: true; order: Order } | { ok: false; message: string };

/** The canonical order of a stored row; `orderId` (the run's) must match it, so a run never replays another order. */
export function canonicalOrder(row: OrderRow, orderId?: string): CanonicalOrder {
  const derived = derive(row);
  if (!derived.ok) return derived;
  if (orderId !== undefined && derived.order.id !== orderId)
    return { ok: false, message: `its stored body reads as order "${derived.order.id}", not "${orderId}"` };
  return derived;
}

function derive(row: OrderRow): CanonicalOrder {
  if (row.status !== 'accepted') return { ok: false, message: 'it was rejected at intake' };
  if (row.channelOrderId !== null && row.channel !== null) {
    const found = normalizeStoredRecord(row.channel, row.bodyJson);
    if (found.ok) return { ok: true, order: found.order };
    const first = found.problems[0];
    return {
      ok: false,
      message: `its ${row.channel} record no longer normalizes${first ? ` (${first.path}: ${first.message})` : ''}`,
    };
  }
  let body: unknown;
  try {
    body = JSON.parse(row.bodyJson);
  } catch {
    return { ok: false, message: 'its stored body is not JSON' };
  }
  const parsed = parseOrder(body);
  if (parsed.ok) return parsed;
  const first = parsed.problems[0];
  return {
    ok: false,
    message: `its stored body is not a canonical order${first ? ` (${first.path}: ${first.message})` : ''}`,
  };
}

/** The canonical order, or undefined when it cannot be derived (callers that skip such rows). */
export function receivedOrder(row: OrderRow, orderId: string): Order | undefined {
  const found = canonicalOrder(row, orderId);
  return found.ok ? found.order : undefined;
}
