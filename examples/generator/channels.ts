import type { Category } from './catalog';
import type { Market } from './customers';
import type { Random } from './random';

export interface ChannelProfile {
  readonly channel: string;
  readonly market: Market;
  /** Share of the order mix. */
  readonly weight: number;
  readonly categories: readonly (readonly [Category, number])[];
  readonly payments: readonly string[];
  /** Coupons seen on this channel, with the chance an order carries one. */
  readonly coupons: readonly (readonly [string, number])[];
  /** The id format the platform uses (see channels/fixtures/SOURCES.md). */
  readonly orderId: (rng: Random, seq: number) => string;
}

const cat = (appliance: number, beauty: number, apparel: number, electronics: number, grocery: number, home: number) =>
  [
    ['appliance', appliance],
    ['beauty', beauty],
    ['apparel', apparel],
    ['electronics', electronics],
    ['grocery', grocery],
    ['home', home],
  ] as const;

export const CHANNELS: readonly ChannelProfile[] = [
  {
    channel: 'tmall',
    market: 'cn',
    weight: 17,
    categories: cat(18, 20, 18, 18, 12, 14),
    payments: ['alipay'],
    coupons: [
      ['DOUBLE11', 0.25],
      ['VIP2026', 0.06],
      ['TRADEIN', 0],
    ],
    orderId: (r) => `4${r.digits(18)}`,
  },
  {
    channel: 'jd',
    market: 'cn',
    weight: 15,
    categories: cat(30, 8, 8, 34, 10, 10),
    payments: ['jdpay', 'wechat'],
    coupons: [
      ['DOUBLE11', 0.2],
      ['VIP2026', 0.05],
      ['TRADEIN', 0],
    ],
    orderId: (r) => r.digits(12),
  },
  {
    channel: 'douyin',
    market: 'cn',
    weight: 15,
    categories: cat(8, 34, 26, 10, 12, 10),
    payments: ['douyin-pay', 'alipay'],
    coupons: [
      ['LIVE20', 0.3],
      ['TRADEIN', 0],
    ],
    orderId: (r) => `69${r.digits(17)}`,
  },
  {
    channel: 'pinduoduo',
    market: 'cn',
    weight: 11,
    categories: cat(10, 12, 14, 10, 34, 20),
    payments: ['wechat', 'alipay'],
    coupons: [['PDD-BAIYI', 0.2]],
    orderId: (r) => `261${r.int(101, 111)}-${r.digits(15)}`,
  },
  {
    channel: 'xiaohongshu',
    market: 'cn',
    weight: 7,
    categories: cat(4, 48, 28, 6, 6, 8),
    payments: ['alipay', 'wechat'],
    coupons: [
      ['LIVE20', 0.2],
      ['VIP2026', 0.04],
    ],
    orderId: (r) => `P7${r.digits(16)}`,
  },
  {
    channel: 'shopify',
    market: 'us',
    weight: 11,
    categories: cat(6, 26, 26, 20, 8, 14),
    payments: ['card', 'paypal', 'shop-pay'],
    coupons: [
      ['BFCM25', 0.12],
      ['WELCOME10', 0.08],
    ],
    orderId: (r) => r.digits(13),
  },
  {
    channel: 'amazon',
    market: 'us',
    weight: 12,
    categories: cat(10, 16, 14, 34, 10, 16),
    payments: ['amazon-pay'],
    coupons: [],
    orderId: (r) => `11${r.int(1, 4)}-${r.digits(7)}-${r.digits(7)}`,
  },
  {
    channel: 'woocommerce',
    market: 'us',
    weight: 4,
    categories: cat(4, 30, 20, 10, 22, 14),
    payments: ['card', 'paypal'],
    coupons: [['WELCOME10', 0.15]],
    orderId: (_r, seq) => String(900 + seq),
  },
  {
    channel: 'tiktokshop',
    market: 'us',
    weight: 8,
    categories: cat(2, 40, 30, 14, 6, 8),
    payments: ['card', 'paypal'],
    coupons: [['LIVE20', 0.25]],
    orderId: (r) => `5764${r.digits(14)}`,
  },
];
