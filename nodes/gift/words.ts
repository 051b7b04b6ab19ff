import { JOINING, type Words } from '../shared/words';

/**
 * Everything the gift node writes while it runs (skip notes, quantity notes, the granted note), in
 * each language. Money comes in already formatted (formatMoney), SKUs and names as they are.
 */
export interface GiftWords {
  readonly alreadyGranted: () => string;
  readonly conditionUnmet: () => string;
  /** The node is set to `configured`, the order is in `order`. */
  readonly wrongCurrency: (configured: string, order: string) => string;
  readonly belowThreshold: (spend: string, threshold: string) => string;
  readonly cappedAt: (quantity: number) => string;
  readonly reducedByLimit: (left: number, limit: number) => string;
  readonly limitReached: (limit: number) => string;
  /**
   * What the warehouses hold for `sku`: `stock` in all; `claimed` units already taken by this order
   * (lines and earlier gifts), leaving `free`. Used inside `outOfStock` and `reducedByStock`.
   */
  readonly stockOf: (sku: string, stock: number, claimed: number, free: number) => string;
  readonly outOfStock: (stock: string) => string;
  readonly reducedByStock: (quantity: number, stock: string) => string;
  /** The note of a granted gift, with the quantity notes (maybe none). */
  readonly granted: (quantity: number, name: string, notes: readonly string[]) => string;
}

const en = JOINING.en;
const zh = JOINING.zh;

export const GIFT_WORDS: Words<GiftWords> = {
  en: {
    alreadyGranted: () => 'already granted',
    conditionUnmet: () => 'condition not met',
    wrongCurrency: (configured, order) => `configured for ${configured}, order is in ${order}`,
    belowThreshold: (spend, threshold) => `spend ${spend} below threshold ${threshold}`,
    cappedAt: (quantity) => `capped at ${quantity}`,
    reducedByLimit: (left, limit) => `reduced to ${left} by the customer limit ${limit}`,
    limitReached: (limit) => `customer limit ${limit} reached`,
    stockOf: (sku, stock, claimed, free) =>
      claimed > 0
        ? `${sku} has ${free} free (${stock} in stock, ${claimed} taken by this order)`
        : `${sku} has ${stock}`,
    outOfStock: (stock) => `out of stock: ${stock}`,
    reducedByStock: (quantity, stock) => `reduced to ${quantity}: ${stock}`,
    granted: (quantity, name, notes) => {
      const gift = `gift ${quantity} × ${name}`;
      return notes.length > 0 ? en.reasons([gift, ...notes]) : gift;
    },
  },
  zh: {
    alreadyGranted: () => '本赠品已赠送',
    conditionUnmet: () => '不满足条件',
    wrongCurrency: (configured, order) => `订单币种为 ${order}，本节点只适用于 ${configured}`,
    belowThreshold: (spend, threshold) => `消费 ${spend} 未达门槛 ${threshold}`,
    cappedAt: (quantity) => `封顶 ${quantity} 件`,
    reducedByLimit: (left, limit) => `受每人限领 ${limit} 件限制，减至 ${left} 件`,
    limitReached: (limit) => `已达每人限领 ${limit} 件`,
    stockOf: (sku, stock, claimed, free) =>
      claimed > 0 ? `${sku} 可用仅 ${free}（库存 ${stock}，本单已占用 ${claimed}）` : `${sku} 仅有 ${stock}`,
    outOfStock: (stock) => `库存不足：${stock}`,
    reducedByStock: (quantity, stock) => `库存不足，减至 ${quantity} 件：${stock}`,
    granted: (quantity, name, notes) => {
      const gift = `赠 ${quantity} × ${name}`;
      return notes.length > 0 ? zh.reasons([gift, ...notes]) : gift;
    },
  },
};
