import Papa from 'papaparse';
import type { FulfilmentEvent } from '../events';

/** Olist writes local Brazilian time without a zone; we keep the written wall clock with São Paulo's usual offset. */
const OFFSET = '-03:00';
const STAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

const instant = (value: string | undefined, where: string): string | null => {
  if (value === undefined || value === '') return null;
  if (!STAMP.test(value)) throw new Error(`${where}: expected "YYYY-MM-DD HH:MM:SS", got "${value}"`);
  return `${value.replace(' ', 'T')}${OFFSET}`;
};

/**
 * Olist's orders file (olist_orders_dataset.csv) → events: the purchase as `order` with the estimated delivery
 * date as the promise, the carrier hand-over as `carrier-scan`, the customer delivery as `delivered`. Every
 * timestamp present becomes an event, whatever the order status (one cancelled order was delivered).
 */
export function olistEvents(csvText: string, source = 'olist_orders_dataset.csv'): FulfilmentEvent[] {
  const parsed = Papa.parse<Record<string, string>>(csvText.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  if (parsed.errors.length > 0)
    throw new Error(`${source}: line ${(parsed.errors[0]!.row ?? 0) + 2}: ${parsed.errors[0]!.message}`);
  return parsed.data.flatMap((row, i) => {
    const where = `${source}: line ${i + 2}`;
    const orderId = row.order_id;
    if (!orderId) throw new Error(`${where}: order_id is empty`);
    const purchase = instant(row.order_purchase_timestamp, `${where}: order_purchase_timestamp`);
    const estimate = instant(row.order_estimated_delivery_date, `${where}: order_estimated_delivery_date`);
    const carrier = instant(row.order_delivered_carrier_date, `${where}: order_delivered_carrier_date`);
    const delivered = instant(row.order_delivered_customer_date, `${where}: order_delivered_customer_date`);
    if (purchase === null) throw new Error(`${where}: order_purchase_timestamp is empty`);
    const promise = estimate === null ? {} : { promise: { deliverBy: estimate } };
    const events: FulfilmentEvent[] = [{ type: 'order', orderId, at: purchase, ...promise }];
    if (carrier !== null) events.push({ type: 'carrier-scan', orderId, at: carrier });
    if (delivered !== null) events.push({ type: 'delivered', orderId, at: delivered });
    return events;
  });
}
