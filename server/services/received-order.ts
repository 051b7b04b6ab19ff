/**
 * The canonical order behind a received order row. A canonical intake stored the order itself; a channel webhook
 * stored the channel's raw record (kept exactly as sent), so its order is normalized again with the same mapping.
 */
import { normalizeStoredRecord } from '../../channels/index';
import { orderSchema, type Order } from '../../runtime/index';
import type { OrderRow } from '../store/types';

export function receivedOrder(row: OrderRow, orderId: string): Order | undefined {
  if (row.channelOrderId !== null && row.channel !== null) {
    const found = normalizeStoredRecord(row.channel, row.bodyJson);
    return found.ok && found.order.id === orderId ? found.order : undefined;
  }
  try {
    const parsed = orderSchema.safeParse(JSON.parse(row.bodyJson));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
