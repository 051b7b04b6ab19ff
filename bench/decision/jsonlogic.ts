/**
 * The decision as JSONLogic, built from the numbers in decision.ts. The same builders serve the
 * JSONLogic engines (data `{ order, subtotal, beautyUnits }`) and the example flow (the facts, where
 * the order's fields sit at the top and the subtotal at `totals.subtotal.amount`).
 */
import {
  AMAZON_WAREHOUSE,
  DEFAULT_WAREHOUSE,
  GIFT_BAG,
  LIVE20,
  PROMO_CURRENCY,
  PROVINCE_WAREHOUSES,
  REVIEW_CURRENCIES,
  REVIEW_SUBTOTAL,
  SAMPLE_KIT,
  TIERS,
  TRADEIN,
  USD_WAREHOUSE,
} from './decision';

export type Logic = unknown;

/** Where things are in the data a rule reads. */
export interface Paths {
  /** Prefix of the order's own fields: '' (facts) or 'order.'. */
  readonly order: string;
  /** Path of the gross subtotal in minor units. */
  readonly subtotal: string;
  /** Path of the subtotal's currency. */
  readonly currency: string;
}

export const ENGINE_PATHS: Paths = { order: 'order.', subtotal: 'subtotal', currency: 'order.currency' };
export const FACTS_PATHS: Paths = {
  order: '',
  subtotal: 'totals.subtotal.amount',
  currency: 'totals.subtotal.currency',
};

const v = (path: string): Logic => ({ var: path });

/** A money test that only holds in `currency`, in the rule builder's shape. */
const inCurrency = (p: Paths, currency: string, test: Logic): Logic => ({
  and: [{ '==': [v(p.currency), currency] }, test],
});
const subtotalAtLeast = (p: Paths, min: number, currency = PROMO_CURRENCY): Logic =>
  inCurrency(p, currency, { '>=': [v(p.subtotal), min] });

/** Σ quantity × unit price over `lines` (reduce). */
export const subtotalLogic = (lines: Logic): Logic => ({
  reduce: [lines, { '+': [v('accumulator'), { '*': [v('current.quantity'), v('current.unitPrice.amount')] }] }, 0],
});

/** Units in the sample-kit category (reduce). */
export const beautyUnitsLogic = (lines: Logic): Logic => ({
  reduce: [
    lines,
    {
      '+': [
        v('accumulator'),
        { if: [{ '==': [v('current.category'), SAMPLE_KIT.category] }, v('current.quantity'), 0] },
      ],
    },
    0,
  ],
});

/** Percent of the subtotal, rounded half away from zero, in integer arithmetic: ⌊(s·p + 50) / 100⌋. */
const percentOfSubtotal = (p: Paths, percent: number): Logic => {
  const n = { '+': [{ '*': [v(p.subtotal), percent] }, 50] };
  return { '/': [{ '-': [n, { '%': [n, 100] }] }, 100] };
};

export const tierCondition = (p: Paths, t: (typeof TIERS)[number]): Logic => ({
  and: [{ '==': [v(`${p.order}customer.tier`), t.tier] }, subtotalAtLeast(p, t.min)],
});

export const applianceLogic = (p: Paths): Logic => ({
  some: [v(`${p.order}lines`), { '==': [v('category'), TRADEIN.category] }],
});

export const liveCondition = (p: Paths): Logic => ({
  and: [{ in: [v(`${p.order}channel`), [...LIVE20.channels]] }, subtotalAtLeast(p, LIVE20.minSubtotal)],
});

export const hasCoupon = (p: Paths, code: string): Logic => ({ in: [code, v(`${p.order}coupons`)] });

export const reviewLogic = (p: Paths): Logic => ({
  or: [
    { '==': [v(`${p.order}shippingAddress.remote`), true] },
    ...REVIEW_CURRENCIES.map((currency) => subtotalAtLeast(p, REVIEW_SUBTOTAL, currency)),
  ],
});

export const warehouseLogic = (p: Paths): Logic => ({
  if: [
    { '==': [v(`${p.order}channel`), 'amazon'] },
    AMAZON_WAREHOUSE,
    ...PROVINCE_WAREHOUSES.flatMap(([province, id]) => [
      { '==': [v(`${p.order}shippingAddress.province`), province] },
      id,
    ]),
    { '==': [v(`${p.order}currency`), 'USD'] },
    USD_WAREHOUSE,
    DEFAULT_WAREHOUSE,
  ],
});

/** Stage 1 for the JSONLogic engines, on the order itself: `[subtotal, beautyUnits]`. */
export const deriveRule: Logic = [subtotalLogic(v('lines')), beautyUnitsLogic(v('lines'))];

/** Stage 2, on `{ order, subtotal, beautyUnits }`: `[discount, gifts, review, warehouse]`. */
export function decisionRule(p: Paths = ENGINE_PATHS): Logic {
  const tier = { if: [...TIERS.flatMap((t) => [tierCondition(p, t), percentOfSubtotal(p, t.percent)]), 0] };
  const promo = { '==': [v(p.currency), PROMO_CURRENCY] };
  const tradeIn = { if: [{ and: [promo, hasCoupon(p, TRADEIN.coupon), applianceLogic(p)] }, TRADEIN.amount, 0] };
  const live = { if: [{ and: [liveCondition(p), hasCoupon(p, LIVE20.coupon)] }, LIVE20.amount, 0] };
  const discount = { min: [{ '+': [tier, tradeIn, live] }, v(p.subtotal)] };
  const gifts = {
    merge: [
      { if: [subtotalAtLeast(p, GIFT_BAG.minSubtotal), GIFT_BAG.sku, []] },
      { if: [{ '>=': [v('beautyUnits'), SAMPLE_KIT.minUnits] }, SAMPLE_KIT.sku, []] },
    ],
  };
  return [discount, gifts, { '!!': [reviewLogic(p)] }, warehouseLogic(p)];
}
