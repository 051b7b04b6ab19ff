import fc from 'fast-check';
import type { OrderInput } from '../order/order.schema';

const CHANNELS = ['douyin', 'xiaohongshu', 'tmall', 'jd', 'amazon', 'shopify'] as const;
const CATEGORIES = ['appliance', 'beauty', 'apparel', 'electronics'] as const;
const TIERS = ['regular', 'silver', 'gold', 'vip'] as const;
const COUPONS = ['TRADEIN', 'LIVE20', 'VIP2026'] as const;

/** Random valid canonical orders, in CNY or JPY (no minor unit) to exercise rounding. */
export const orderArbitrary: fc.Arbitrary<OrderInput> = fc
  .record({
    currency: fc.constantFrom('CNY', 'JPY', 'USD'),
    channel: fc.constantFrom(...CHANNELS),
    tier: fc.constantFrom(...TIERS),
    lines: fc.array(
      fc.record({
        category: fc.constantFrom(...CATEGORIES),
        quantity: fc.integer({ min: 1, max: 5 }),
        price: fc.integer({ min: 1, max: 500_000 }),
      }),
      { minLength: 1, maxLength: 5 },
    ),
    coupons: fc.subarray([...COUPONS]),
    remote: fc.boolean(),
  })
  .map(({ currency, channel, tier, lines, coupons, remote }) => ({
    id: 'o-prop',
    channel,
    channelOrderId: '1',
    status: 'paid',
    createdAt: '2026-11-11T00:05:00+08:00',
    currency,
    customer: { id: 'c-prop', tier, tags: [], orderCount: 1, returnRate: 0 },
    lines: lines.map((line, i) => ({
      id: `l${i + 1}`,
      sku: `SKU-${line.category}-${i}`,
      name: line.category,
      category: line.category,
      quantity: line.quantity,
      unitPrice: { amount: line.price, currency },
    })),
    shippingAddress: { country: 'CN', province: 'Guangdong', city: 'Shenzhen', remote },
    coupons,
  }));
