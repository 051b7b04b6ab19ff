import Papa from 'papaparse';
import type { FulfilmentEvent } from '../events';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** SCMS writes delivery dates as dd-Mon-yy (all in 2006–2015); the zone is unknown, so UTC midnight stands in. */
export function scmsDate(value: string, where: string): string {
  const match = /^(\d{2})-([A-Z][a-z]{2})-(\d{2})$/.exec(value);
  const month = match ? MONTHS.indexOf(match[2]!) : -1;
  if (!match || month < 0) throw new Error(`${where}: expected a date like 02-Jun-06, got "${value}"`);
  return `20${match[3]}-${String(month + 1).padStart(2, '0')}-${match[1]}T00:00:00Z`;
}

/**
 * SCMS delivery history (our extract of ID, Country, Shipment Mode and the two dates) → one delivered shipment
 * per line item, promised for its scheduled delivery date.
 */
export function scmsEvents(csvText: string, source = 'scms_delivery_dates.csv'): FulfilmentEvent[] {
  const parsed = Papa.parse<Record<string, string>>(csvText.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  if (parsed.errors.length > 0)
    throw new Error(`${source}: line ${(parsed.errors[0]!.row ?? 0) + 2}: ${parsed.errors[0]!.message}`);
  return parsed.data.map((row, i) => {
    const where = `${source}: line ${i + 2}`;
    if (!row.ID) throw new Error(`${where}: ID is empty`);
    return {
      type: 'delivered',
      orderId: `SCMS-${row.ID}`,
      at: scmsDate(row['Delivered to Client Date'] ?? '', `${where}: Delivered to Client Date`),
      promise: { deliverBy: scmsDate(row['Scheduled Delivery Date'] ?? '', `${where}: Scheduled Delivery Date`) },
      ...(row.Country ? { province: row.Country } : {}),
    };
  });
}
