/**
 * Fulfilment events a channel's payload carries (the mapping's `fulfilment` rules: Shopify fulfilments, Douyin
 * parcels…), stored like those of POST /api/v1/events so the health KPIs compute from real channel payloads.
 * A webhook that repeats an order (orders/updated) repeats its old events too: each is stored once.
 */
import type { ChannelEvent } from '../../channels/index';
import { fulfilmentEventSchema } from '../../health/events';
import type { Principal } from '../auth/roles';
import type { FulfilmentEventRow } from '../store/types/index';
import type { ServiceDeps } from './deps';
import { canonicalJson } from './hash';

/** What makes two reports the same event: the order, the kind, the moment and the parcel. */
const identity = (e: { orderId: string; type: string; at: string; shipmentId?: string | undefined }) =>
  `${e.orderId}\u0000${e.type}\u0000${e.at}\u0000${e.shipmentId ?? ''}`;

export async function channelEventRows(
  deps: ServiceDeps,
  principal: Principal,
  events: readonly ChannelEvent[],
): Promise<FulfilmentEventRow[]> {
  if (events.length === 0) return [];
  const seen = new Set(
    (await deps.store.eventsOfOrders([...new Set(events.map((e) => e.orderId))])).map((row) =>
      identity(JSON.parse(row.eventJson) as ChannelEvent),
    ),
  );
  const now = deps.clock.now();
  const rows: FulfilmentEventRow[] = [];
  for (const event of events) {
    const checked = fulfilmentEventSchema.safeParse(event);
    // The mapping's conversions give ISO times with an offset; an event that still fails is left out, not guessed.
    if (!checked.success || seen.has(identity(checked.data))) continue;
    seen.add(identity(checked.data));
    rows.push({
      orderId: checked.data.orderId,
      type: checked.data.type,
      at: checked.data.at,
      eventJson: canonicalJson(checked.data),
      receivedBy: principal.id,
      receivedAt: now,
    });
  }
  return rows;
}
