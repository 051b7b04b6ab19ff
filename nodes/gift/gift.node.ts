import {
  truthy,
  type CompiledLogic,
  deferredNote,
  DeferredNote,
  takePort,
  type NodeResult,
  defineNode,
} from '../../runtime/node/index';
import type { Locale, GiftLine, OutcomePatch } from '../../runtime/node/index';
import { conditionPaths, prepareCondition, unpinnedMoneyFields } from '../discount/condition';
import { conditionText, formatConfigMoney } from '../discount/promo-text';
import { giftQuantity, own, stockOf } from './gift-quantity';
import { giftConfigSchema, type GiftConfig } from './gift.schema';
import type { Words } from '../shared/words';
import { perCurrency } from '../shared/per-currency';
import { GIFT_WORDS, type GiftWords } from './words';

export interface PreparedGift {
  readonly config: GiftConfig;
  readonly condition: CompiledLogic | null;
  readonly name: string;
  /** The gift line's reason per run language: as typed, or else the summary in that language. */
  readonly reasons: Words<string>;
  /** Skips whose note never changes, built once per language. */
  readonly skips: Words<Skips>;
}

interface Skips {
  readonly granted: NodeResult;
  readonly unmet: NodeResult;
  /** The skip for an order in another currency than the gift's, by the order's currency. */
  readonly wrongCurrency: (currency: string) => NodeResult;
}

function skipsIn(config: GiftConfig, say: GiftWords): Skips {
  return {
    granted: Object.freeze(skip(say.alreadyGranted())),
    unmet: Object.freeze(skip(say.conditionUnmet())),
    wrongCurrency: perCurrency((currency) => skip(say.wrongCurrency(config.currency!, currency))),
  };
}

/** "Gift 1 × Tote bag per ¥300, max 3" / "每满¥300赠Tote bag×1，最多3件". */
export function giftSummary(c: GiftConfig, locale: Locale): string {
  const m = (n: number) => formatConfigMoney(n, c.currency);
  const name = c.name.trim() || c.sku;
  const when = conditionText(c.when, locale, c.currency);
  const extras: string[] = [];
  if (locale === 'en') {
    const paid = c.basis === 'before-discounts' ? ' before discounts' : ' after discounts';
    const spend =
      c.threshold > 0 ? (c.perStep ? ` per ${m(c.threshold)}${paid}` : ` over ${m(c.threshold)}${paid}`) : '';
    if (c.maxQuantity !== undefined) extras.push(`max ${c.maxQuantity}`);
    if (c.perCustomerLimit !== undefined) extras.push(`limit ${c.perCustomerLimit} per customer`);
    if (!c.requireStock) extras.push('no stock check');
    return [`Gift ${c.quantity} × ${name}${spend}${when}`, ...extras].join(', ');
  }
  const basis = c.basis === 'before-discounts' ? '原价' : '实付';
  const spend = c.threshold > 0 ? (c.perStep ? `${basis}每满${m(c.threshold)}` : `${basis}满${m(c.threshold)}`) : '';
  if (c.maxQuantity !== undefined) extras.push(`最多${c.maxQuantity}件`);
  if (c.perCustomerLimit !== undefined) extras.push(`每人限${c.perCustomerLimit}件`);
  if (!c.requireStock) extras.push('不校验库存');
  return [`${when}${spend}赠${name}×${c.quantity}`, ...extras].join('，');
}

function skip(note: string): NodeResult {
  return takePort('next', undefined, note);
}

/** A granted gift. Its note is read only when the run is traced, so it is built when read, in the run's language. */
class Granted extends DeferredNote {
  constructor(
    patch: OutcomePatch,
    private readonly quantity: number,
    private readonly name: string,
    private readonly notes: readonly string[],
    private readonly say: GiftWords,
  ) {
    super('next', patch);
  }

  get note(): string {
    return this.say.granted(this.quantity, this.name, this.notes);
  }
}

export const giftNode = defineNode({
  type: 'gift',
  category: 'promotion',
  title: { en: 'Free gift', zh: '赠品' },
  description: {
    en:
      'Adds a free gift line. Spend is the subtotal, shipping excluded, after the discounts so far (basis after-discounts, ' +
      '实付满) or before them (before-discounts, 原价满); with a threshold the gift ' +
      'needs that spend, and "per step" gives the quantity for every full threshold. Caps: max quantity, then the per-customer ' +
      'limit (past gifts of the SKU plus this order; reduced to what is left), then stock over all warehouses minus what this ' +
      'order already takes (reduced to whole steps that fit). The gift cost comes from the gift cost table when its currency ' +
      'matches the order.',
    zh:
      '添加赠品行。消费额 = 商品小计（不含运费），按“实付满”扣除前面的优惠，按“原价满”不扣除；设门槛时需达到门槛，“按档赠送”每满一个门槛赠一次。' +
      '依次受限于：最多数量、每人限领（历史已领加本单，超出则减少），以及所有仓库库存减去本单已占用（按整档减少）。' +
      '赠品成本取自赠品成本表，币种与订单一致时才记录。',
  },
  config: giftConfigSchema,
  // v2 made the spend basis a setting; v1 always counted after earlier discounts, and keeps doing so.
  version: 2,
  migrations: { 1: (config) => ({ ...config, basis: 'after-discounts' }) },
  outputs: [{ id: 'next', label: { en: 'Next', zh: '下一步' } }],
  logic: (config) => conditionPaths(config.when, config.currency),
  unpinnedMoney: (c) => unpinnedMoneyFields(c.currency, { threshold: c.threshold > 0 }),
  prepare: (config, tools): PreparedGift => {
    const typed = config.reason.trim();
    return {
      config,
      condition: prepareCondition(config.when, tools),
      name: config.name.trim() || config.sku,
      reasons: { en: typed || giftSummary(config, 'en'), zh: typed || giftSummary(config, 'zh') },
      skips: { en: skipsIn(config, GIFT_WORDS.en), zh: skipsIn(config, GIFT_WORDS.zh) },
    };
  },
  summary: giftSummary,
  // Its run reads the facts' attributes only through its logic (a built module relies on it).
  attributesOnlyThroughLogic: true,
  run: ({ nodeId, order, facts, outcome, ctx, config: p, locale }) => {
    const c = p.config;
    const say = GIFT_WORDS[locale];
    if (c.currency && c.currency !== order.currency) return p.skips[locale].wrongCurrency(order.currency);
    const gifts = outcome.gifts;
    for (let i = 0; i < gifts.length; i++) if (gifts[i]!.nodeId === nodeId) return p.skips[locale].granted;
    if (p.condition !== null && !truthy(p.condition(facts))) return p.skips[locale].unmet;

    // Units this order already claims: its lines count only for the stock check, so they are read only then.
    let ordered = 0;
    let gifted = 0;
    if (c.requireStock) for (const line of order.lines) if (line.sku === c.sku) ordered += line.quantity;
    for (const gift of gifts) if (gift.sku === c.sku) gifted += gift.quantity;
    // The customer's history and the stock are read only when a limit or the stock check needs them.
    const history = c.perCustomerLimit !== undefined ? own(ctx.customers, order.customer.id) : undefined;
    const result = giftQuantity(
      c,
      {
        spend:
          c.basis === 'before-discounts'
            ? facts.totals.subtotal.amount
            : facts.totals.subtotal.amount - facts.totals.discount.amount,
        currency: order.currency,
        stock: c.requireStock ? stockOf(c.sku, ctx) : 0,
        claimed: ordered + gifted,
        received: (history ? (own(history.giftsReceived, c.sku) ?? 0) : 0) + gifted,
      },
      say,
    );
    if (!result.ok) return skip(result.note);

    const unitCost = own(ctx.giftCosts, c.sku);
    // Assigned, not spread (V8 11's slow path); same keys in the same order.
    const gift: { -readonly [K in keyof GiftLine]: GiftLine[K] } = {
      nodeId,
      sku: c.sku,
      name: p.name,
      quantity: result.quantity,
      reason: p.reasons[locale],
    };
    if (unitCost && unitCost.currency === order.currency)
      gift.cost = { amount: unitCost.amount * result.quantity, currency: order.currency };
    return deferredNote(new Granted({ gifts: [gift] }, result.quantity, p.name, result.notes, say));
  },
});
