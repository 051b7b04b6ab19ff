/** The decision as a plain TypeScript function: the practical speed limit. Computes everything itself. */
import type { Order } from '../../runtime/index';
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
  type Decision,
} from '../decision/decision';
import type { Engine } from './engine';

const provinces = new Map(PROVINCE_WAREHOUSES);
const liveChannels: readonly string[] = LIVE20.channels;

export function decideByHand(order: Order): Decision {
  let subtotal = 0;
  let beautyUnits = 0;
  let appliance = false;
  for (const line of order.lines) {
    subtotal += line.quantity * line.unitPrice.amount;
    if (line.category === SAMPLE_KIT.category) beautyUnits += line.quantity;
    else if (line.category === TRADEIN.category) appliance = true;
  }
  const promo = order.currency === PROMO_CURRENCY;
  let discount = 0;
  for (const t of TIERS) {
    if (promo && order.customer.tier === t.tier && subtotal >= t.min) {
      discount = Math.floor((subtotal * t.percent + 50) / 100);
      break;
    }
  }
  if (promo && appliance && order.coupons.includes(TRADEIN.coupon)) discount += TRADEIN.amount;
  if (
    promo &&
    liveChannels.includes(order.channel) &&
    subtotal >= LIVE20.minSubtotal &&
    order.coupons.includes(LIVE20.coupon)
  )
    discount += LIVE20.amount;
  const gifts: string[] = [];
  if (promo && subtotal >= GIFT_BAG.minSubtotal) gifts.push(GIFT_BAG.sku);
  if (beautyUnits >= SAMPLE_KIT.minUnits) gifts.push(SAMPLE_KIT.sku);
  const warehouse =
    order.channel === 'amazon'
      ? AMAZON_WAREHOUSE
      : (provinces.get(order.shippingAddress.province) ??
        (order.currency === 'USD' ? USD_WAREHOUSE : DEFAULT_WAREHOUSE));
  return {
    discount: Math.min(discount, subtotal),
    gifts,
    review: order.shippingAddress.remote || (REVIEW_CURRENCIES.includes(order.currency) && subtotal >= REVIEW_SUBTOTAL),
    warehouse,
  };
}

export const handWritten: Engine = {
  name: 'hand-written TS',
  computes: 'everything, in one loop over the lines plus a Map for the province table',
  run: decideByHand,
  decision: decideByHand,
};
