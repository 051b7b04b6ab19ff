/**
 * The promotion-and-routing decision every engine computes, stated once in plain words and numbers.
 * Money is integer minor units of the order currency (¥500 = 50000). Every money rule names its currency: the
 * promotions are priced in yuan, so they apply to CNY orders only (a $500 order is not a ¥500 one).
 *
 * - subtotal = Σ quantity × unit price
 * - tier discount (CNY orders), first hit: vip ∧ subtotal ≥ 50000 → 10%; gold ∧ ≥ 80000 → 5%; silver ∧ ≥ 100000 → 3%
 *   (percent of the subtotal rounded half away from zero = ⌊(subtotal × p + 50) / 100⌋)
 * - TRADEIN (CNY orders): 20000 off when a line is in category "appliance" and the order carries coupon TRADEIN
 * - LIVE20 (CNY orders): 2000 off on douyin or xiaohongshu with coupon LIVE20 and subtotal ≥ 19900
 * - the discount total is capped at the subtotal
 * - gifts: GIFT-BAG at subtotal ≥ 30000 in a CNY order; SAMPLE-KIT for ≥ 3 units in category "beauty"
 * - review: remote shipping address, or subtotal ≥ 500000 in CNY or USD (¥5,000 / $5,000)
 * - warehouse: amazon → FBA-US; else the province table; else USD → WH-NJ; else WH-SH
 * Coupon codes are matched exactly (the generator only writes upper-case codes).
 */
export const TIERS = [
  { tier: 'vip', min: 50_000, percent: 10 },
  { tier: 'gold', min: 80_000, percent: 5 },
  { tier: 'silver', min: 100_000, percent: 3 },
] as const;

export const TRADEIN = { coupon: 'TRADEIN', category: 'appliance', amount: 20_000 } as const;
export const LIVE20 = {
  coupon: 'LIVE20',
  channels: ['douyin', 'xiaohongshu'],
  minSubtotal: 19_900,
  amount: 2_000,
} as const;
export const GIFT_BAG = { sku: 'GIFT-BAG', minSubtotal: 30_000 } as const;
export const SAMPLE_KIT = { sku: 'SAMPLE-KIT', category: 'beauty', minUnits: 3 } as const;
export const REVIEW_SUBTOTAL = 500_000;
/** The currency the promotions' amounts are in. */
export const PROMO_CURRENCY = 'CNY';
/** The currencies in which a subtotal of REVIEW_SUBTOTAL minor units asks for a review. */
export const REVIEW_CURRENCIES: readonly string[] = ['CNY', 'USD'];

export const AMAZON_WAREHOUSE = 'FBA-US';
/** Province / state → warehouse id, checked after the channel rule. */
export const PROVINCE_WAREHOUSES: readonly (readonly [string, string])[] = [
  ['Guangdong', 'WH-GZ'],
  ['Zhejiang', 'WH-HZ'],
  ['Jiangsu', 'WH-HZ'],
  ['Shanghai', 'WH-SH'],
  ['Beijing', 'WH-BJ'],
  ['Sichuan', 'WH-CD'],
  ['CA', 'WH-LA'],
  ['WA', 'WH-LA'],
];
export const USD_WAREHOUSE = 'WH-NJ';
export const DEFAULT_WAREHOUSE = 'WH-SH';

/** What every engine must agree on, per order. */
export interface Decision {
  readonly discount: number;
  /** Gift SKUs, sorted. */
  readonly gifts: readonly string[];
  readonly review: boolean;
  readonly warehouse: string;
}

export function sameDecision(a: Decision, b: Decision): boolean {
  return (
    a.discount === b.discount &&
    a.review === b.review &&
    a.warehouse === b.warehouse &&
    a.gifts.length === b.gifts.length &&
    a.gifts.every((sku, i) => sku === b.gifts[i])
  );
}

export function formatDecision(d: Decision): string {
  return `discount=${d.discount} gifts=[${d.gifts.join(',')}] review=${d.review} warehouse=${d.warehouse}`;
}
