import { runContextSchema, type RunContext, orderSchema, type Order } from '../../runtime/index';
import type { SuperstoreLine } from '../adapters/superstore';
import { isoDate } from '../series/day';

/**
 * The offline A/B's world, built on Superstore's real orders: one warehouse per Superstore region
 * (East is the import hub), US carriers as in examples/data/context.json. Routing works by province,
 * so the replay writes the region where the order model keeps the province: "same province" then
 * means "same region", and a shipment from another region's warehouse is a cross-region shipment.
 */
export const REGIONS = ['Central', 'East', 'South', 'West'] as const;
export const HUB = 'WH-EAST';

export function warehouseId(region: string): string {
  return `WH-${region.toUpperCase()}`;
}

/** Superstore order lines → canonical orders (sku = sub-category), created at noon New York time, in file order per day. */
export function superstoreOrders(lines: readonly SuperstoreLine[]): Order[] {
  const byId = new Map<string, SuperstoreLine[]>();
  for (const line of lines) byId.set(line['Order ID'], [...(byId.get(line['Order ID']) ?? []), line]);
  const orders = [...byId.values()].map((group) => {
    const first = group[0]!;
    return orderSchema.parse({
      id: first['Order ID'],
      channel: 'web',
      channelOrderId: first['Order ID'],
      status: 'paid',
      createdAt: `${isoDate(first['Order Date'])}T12:00:00-05:00`,
      currency: 'USD',
      customer: { id: first['Customer ID'] },
      lines: group.map((l, i) => ({
        id: `L${i + 1}`,
        sku: l['Sub-Category'],
        category: l.Category,
        quantity: l.Quantity,
        unitPrice: { amount: Math.max(0, Math.round((Number(l.Sales) * 100) / l.Quantity)), currency: 'USD' },
      })),
      shippingAddress: { country: 'US', province: first.Region, city: '' },
    });
  });
  return orders.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
}

const usd = (amount: number) => ({ amount, currency: 'USD' });

/** Four regional warehouses holding `stock[warehouseId][sku]`, with UPS Ground and USPS as in the example context. */
export function superstoreWorld(stock: Readonly<Record<string, Record<string, number>>>, now: string): RunContext {
  return runContextSchema.parse({
    now,
    warehouses: REGIONS.map((region) => ({
      id: warehouseId(region),
      name: `${region} DC`,
      country: 'US',
      province: region,
      city: '',
      handlingCost: usd(region === 'East' ? 250 : 290),
      stock: stock[warehouseId(region)] ?? {},
    })),
    carriers: [
      {
        id: 'UPS',
        name: 'UPS Ground',
        countries: ['US'],
        baseCost: usd(1150),
        perItemCost: usd(180),
        remoteSurcharge: usd(2500),
        sameProvinceDays: 1,
        domesticDays: 4,
        remoteExtraDays: 3,
      },
      {
        id: 'USPS',
        name: 'USPS Ground Advantage',
        countries: ['US'],
        baseCost: usd(795),
        perItemCost: usd(120),
        remoteSurcharge: usd(900),
        sameProvinceDays: 2,
        domesticDays: 5,
        remoteExtraDays: 2,
      },
    ],
  });
}
