import type { CompiledLogic } from '../../runtime/logic/logic';
import type { Locale, NodeResult } from '../../runtime/node/define-node';
import { defineNode } from '../../runtime/node/define-node';
import type { GiftLine } from '../../runtime/order/outcome';
import { conditionHolds, conditionPaths, prepareCondition } from '../discount/condition';
import { conditionText, formatConfigMoney } from '../discount/promo-text';
import { claimedInOrder, giftQuantity, own, stockOf } from './gift-quantity';
import { giftConfigSchema, type GiftConfig } from './gift.schema';

export interface PreparedGift {
  readonly config: GiftConfig;
  readonly condition: CompiledLogic | null;
  readonly name: string;
  readonly reason: string;
}

/** "Gift 1 × Tote bag per ¥300, max 3" / "每满¥300赠Tote bag×1，最多3件". */
export function giftSummary(c: GiftConfig, locale: Locale): string {
  const m = (n: number) => formatConfigMoney(n, c.currency);
  const name = c.name.trim() || c.sku;
  const when = conditionText(c.when, locale, c.currency);
  const extras: string[] = [];
  if (locale === 'en') {
    const spend = c.threshold > 0 ? (c.perStep ? ` per ${m(c.threshold)}` : ` over ${m(c.threshold)}`) : '';
    if (c.maxQuantity !== undefined) extras.push(`max ${c.maxQuantity}`);
    if (c.perCustomerLimit !== undefined) extras.push(`limit ${c.perCustomerLimit} per customer`);
    if (!c.requireStock) extras.push('no stock check');
    return [`Gift ${c.quantity} × ${name}${spend}${when}`, ...extras].join(', ');
  }
  const spend = c.threshold > 0 ? (c.perStep ? `每满${m(c.threshold)}` : `满${m(c.threshold)}`) : '';
  if (c.maxQuantity !== undefined) extras.push(`最多${c.maxQuantity}件`);
  if (c.perCustomerLimit !== undefined) extras.push(`每人限${c.perCustomerLimit}件`);
  if (!c.requireStock) extras.push('不校验库存');
  return [`${when}${spend}赠${name}×${c.quantity}`, ...extras].join('，');
}

const skip = (note: string): NodeResult => ({ port: 'next', note });

export const giftNode = defineNode({
  type: 'gift',
  category: 'promotion',
  title: { en: 'Free gift', zh: '赠品' },
  description: {
    en:
      'Adds a free gift line. Spend is the subtotal net of discounts so far, shipping excluded; with a threshold the gift ' +
      'needs that spend, and "per step" gives the quantity for every full threshold. Caps: max quantity, then the per-customer ' +
      'limit (past gifts of the SKU plus this order; reduced to what is left), then stock over all warehouses minus what this ' +
      'order already takes (reduced to whole steps that fit). The gift cost comes from the gift cost table when its currency ' +
      'matches the order.',
    zh:
      '添加赠品行。消费额 = 已扣除前面优惠的商品小计（不含运费）；设门槛时需达到门槛，“按档赠送”每满一个门槛赠一次。' +
      '依次受限于：最多数量、每人限领（历史已领加本单，超出则减少），以及所有仓库库存减去本单已占用（按整档减少）。' +
      '赠品成本取自赠品成本表，币种与订单一致时才记录。',
  },
  config: giftConfigSchema,
  outputs: [{ id: 'next', label: { en: 'Next', zh: '下一步' } }],
  logic: (config) => conditionPaths(config.when),
  prepare: (config, tools): PreparedGift => ({
    config,
    condition: prepareCondition(config.when, tools),
    name: config.name.trim() || config.sku,
    reason: config.reason.trim() || giftSummary(config, 'en'),
  }),
  summary: giftSummary,
  run: ({ nodeId, order, facts, outcome, ctx, config: p }) => {
    const c = p.config;
    if (c.currency && c.currency !== order.currency) return skip(`configured for ${c.currency}, order is in ${order.currency}`);
    if (outcome.gifts.some((g) => g.nodeId === nodeId)) return skip('already granted');
    if (!conditionHolds(p.condition, facts)) return skip('condition not met');

    const { ordered, gifted } = claimedInOrder(c.sku, order, outcome);
    const history = own(ctx.customers, order.customer.id);
    const result = giftQuantity(c, {
      spend: facts.totals.subtotal.amount - facts.totals.discount.amount,
      currency: order.currency,
      stock: stockOf(c.sku, ctx),
      claimed: ordered + gifted,
      received: (history ? (own(history.giftsReceived, c.sku) ?? 0) : 0) + gifted,
    });
    if (!result.ok) return skip(result.note);

    const unitCost = own(ctx.giftCosts, c.sku);
    const gift: GiftLine = {
      nodeId,
      sku: c.sku,
      name: p.name,
      quantity: result.quantity,
      reason: p.reason,
      ...(unitCost && unitCost.currency === order.currency ? { cost: { amount: unitCost.amount * result.quantity, currency: order.currency } } : {}),
    };
    const note = [`gift ${result.quantity} × ${p.name}`, ...result.notes].join('; ');
    return { port: 'next', patch: { gifts: [gift] }, note };
  },
});
