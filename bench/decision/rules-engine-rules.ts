/**
 * The decision as json-rules-engine rules. That engine only compares facts, so the three derived
 * facts (subtotal, beauty units, "has an appliance line") are JS fact functions, and the amounts
 * (percent rounding, sum, cap) are worked out from the events' params by the adapter.
 */
import type { RuleProperties } from 'json-rules-engine';
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

const order = (path: string, operator: string, value: unknown) => ({ fact: 'order', path, operator, value });
const atLeast = (fact: string, value: number) => ({ fact, operator: 'greaterThanInclusive', value });
const promo = order('currency', 'equal', PROMO_CURRENCY);

/** Warehouse rules run in priority order (higher first); the adapter takes the first warehouse event. */
function warehouseRules(): RuleProperties[] {
  const byWarehouse = new Map<string, string[]>();
  for (const [province, id] of PROVINCE_WAREHOUSES) byWarehouse.set(id, [...(byWarehouse.get(id) ?? []), province]);
  return [
    {
      name: 'wh-amazon',
      priority: 50,
      conditions: { all: [order('channel', 'equal', 'amazon')] },
      event: { type: 'warehouse', params: { id: AMAZON_WAREHOUSE } },
    },
    ...[...byWarehouse].map(([id, provinces]) => ({
      name: `wh-${id}`,
      priority: 40,
      conditions: { all: [order('shippingAddress.province', 'in', provinces)] },
      event: { type: 'warehouse', params: { id } },
    })),
    {
      name: 'wh-usd',
      priority: 30,
      conditions: { all: [order('currency', 'equal', 'USD')] },
      event: { type: 'warehouse', params: { id: USD_WAREHOUSE } },
    },
    {
      name: 'wh-default',
      priority: 20,
      conditions: { all: [] },
      event: { type: 'warehouse', params: { id: DEFAULT_WAREHOUSE } },
    },
  ];
}

export function rulesEngineRules(): RuleProperties[] {
  return [
    ...TIERS.map((t) => ({
      name: `tier-${t.tier}`,
      conditions: { all: [order('customer.tier', 'equal', t.tier), promo, atLeast('subtotal', t.min)] },
      event: { type: 'percent', params: { percent: t.percent } },
    })),
    {
      name: 'tradein',
      conditions: {
        all: [
          promo,
          order('coupons', 'contains', TRADEIN.coupon),
          { fact: 'hasAppliance', operator: 'equal', value: true },
        ],
      },
      event: { type: 'fixed', params: { amount: TRADEIN.amount } },
    },
    {
      name: 'live20',
      conditions: {
        all: [
          order('channel', 'in', [...LIVE20.channels]),
          promo,
          order('coupons', 'contains', LIVE20.coupon),
          atLeast('subtotal', LIVE20.minSubtotal),
        ],
      },
      event: { type: 'fixed', params: { amount: LIVE20.amount } },
    },
    {
      name: 'gift-bag',
      conditions: { all: [promo, atLeast('subtotal', GIFT_BAG.minSubtotal)] },
      event: { type: 'gift', params: { sku: GIFT_BAG.sku } },
    },
    {
      name: 'sample-kit',
      conditions: { all: [atLeast('beautyUnits', SAMPLE_KIT.minUnits)] },
      event: { type: 'gift', params: { sku: SAMPLE_KIT.sku } },
    },
    {
      name: 'review',
      conditions: {
        any: [
          order('shippingAddress.remote', 'equal', true),
          ...REVIEW_CURRENCIES.map((c) => ({
            all: [order('currency', 'equal', c), atLeast('subtotal', REVIEW_SUBTOTAL)],
          })),
        ],
      },
      event: { type: 'review' },
    },
    ...warehouseRules(),
  ];
}
