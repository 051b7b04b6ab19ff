import { describe, expect, it } from 'vitest';
import { orderSchema, type OrderInput } from '../../runtime/index';
import { buildSeries } from './build';
import { dayNumber, isoDate, weekday } from './day';
import { observationsFromOrders } from './from-orders';
import { promotionCalendarSchema, promotionDays } from './promotions';

const d = dayNumber;

function order(
  id: string,
  createdAt: string,
  province: string,
  lines: [string, number][],
  extra: Partial<OrderInput> = {},
) {
  return orderSchema.parse({
    id,
    channel: 'tmall',
    channelOrderId: id,
    status: 'paid',
    createdAt,
    currency: 'CNY',
    customer: { id: 'C1' },
    lines: lines.map(([sku, quantity], i) => ({
      id: `L${i}`,
      sku,
      category: 'appliance',
      quantity,
      unitPrice: { amount: 100, currency: 'CNY' },
    })),
    shippingAddress: { country: 'CN', province },
    ...extra,
  });
}

describe('days', () => {
  it('round-trips dates and knows the weekday', () => {
    expect(isoDate(d('2026-11-11'))).toBe('2026-11-11');
    expect(weekday(d('2026-11-09'))).toBe(0); // a Monday
    expect(() => d('2026-02-30')).toThrow(/not a calendar date/);
    expect(() => d('11/11/2026')).toThrow(/YYYY-MM-DD/);
  });
});

describe('series from canonical orders', () => {
  const orders = [
    order('A', '2026-11-01T23:30:00+08:00', 'Guangdong', [
      ['WASHER', 2],
      ['TEA', 1],
    ]),
    order('B', '2026-11-04T09:00:00+08:00', 'Guangdong', [['WASHER', 1]]),
    order('C', '2026-11-04T10:00:00+08:00', 'Beijing', [['WASHER', 5]]),
    order('D', '2026-11-03T10:00:00+08:00', 'Guangdong', [['WASHER', 9]], { status: 'cancelled' }),
    order('E', '2026-11-03T10:00:00+08:00', 'Guangdong', [['WASHER', 9]], {
      kind: 'return',
      status: 'return_requested',
    }),
  ];

  it('sums daily units per SKU × region on the local order day and refills missing days with zeros', () => {
    const series = buildSeries(observationsFromOrders(orders), { by: ['sku', 'region'] });
    expect(series.map((s) => s.key)).toEqual(['TEA|Guangdong', 'WASHER|Beijing', 'WASHER|Guangdong']);
    const washerGd = series.find((s) => s.key === 'WASHER|Guangdong')!;
    // 23:30 in +08:00 is still 1 November there; the cancelled order and the return are not demand.
    expect(isoDate(washerGd.start)).toBe('2026-11-01');
    expect(washerGd.values).toEqual([2, 0, 0, 1]);
    expect(washerGd.labels).toEqual({ sku: 'WASHER', region: 'Guangdong', category: 'appliance' });
    // Beijing starts at its own first sale; TEA runs on to the last day of the data as zeros.
    expect(series.find((s) => s.key === 'WASHER|Beijing')!.values).toEqual([5]);
    expect(series.find((s) => s.key === 'TEA|Guangdong')!.values).toEqual([1, 0, 0, 0]);
  });

  it('sums weeks from Monday', () => {
    const [washer] = buildSeries(observationsFromOrders(orders), { by: ['sku'], step: 7 }).filter(
      (s) => s.key === 'WASHER',
    );
    expect(isoDate(washer!.start)).toBe('2026-10-26'); // the Monday before Sunday 1 November
    expect(washer!.values).toEqual([2, 6]);
  });

  it('marks promotion days from a calendar, by region', () => {
    const calendar = promotionCalendarSchema.parse({
      promotions: [{ name: 'Double 11', from: '2026-11-03', to: '2026-11-11', regions: ['Guangdong'] }],
    });
    const series = buildSeries(observationsFromOrders(orders), {
      by: ['sku', 'region'],
      isPromo: promotionDays(calendar),
    });
    expect(series.find((s) => s.key === 'WASHER|Guangdong')!.promo).toEqual([false, false, true, true]);
    expect(series.find((s) => s.key === 'WASHER|Beijing')!.promo).toEqual([false]);
  });

  it('refuses a calendar that ends before it starts, naming the promotion', () => {
    const calendar = promotionCalendarSchema.parse({
      promotions: [{ name: '618', from: '2026-06-18', to: '2026-06-01' }],
    });
    expect(() => promotionDays(calendar)).toThrow(/promotions\[0\] "618": "to" 2026-06-01 is before "from" 2026-06-18/);
  });
});
