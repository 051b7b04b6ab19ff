import {
  formatMoney,
  truthy,
  type CompiledLogic,
  defineNode,
  deferredNote,
  DeferredNote,
  takePort,
  type NodeResult,
} from '../../runtime/node/index';
import type { LineItem, Adjustment, OutcomePatch } from '../../runtime/node/index';
import { computeDiscount, scopedLines, type AmountRule } from './compute-discount';
import { conditionPaths, prepareCondition, unpinnedMoneyFields } from './condition';
import { discountConfigSchema, type DiscountConfig } from './discount.schema';
import { discountSummary } from './discount-summary';
import { compete, rivalsOf } from './stacking';
import type { Words } from '../shared/words';
import { perCurrency } from '../shared/per-currency';
import { DISCOUNT_WORDS, type DiscountWords } from './words';

export interface PreparedDiscount {
  readonly config: DiscountConfig;
  readonly condition: CompiledLogic | null;
  /** Lower-cased coupon code; '' = no coupon needed. */
  readonly couponKey: string;
  readonly inScope: (line: LineItem) => boolean;
  readonly rule: AmountRule;
  /** The adjustment's reason per run language: as typed, or else the summary in that language. */
  readonly reasons: Words<string>;
  /** Skips whose note never changes, built once per language: most runs that pass by a discount end in one. */
  readonly skips: Words<Skips>;
}

interface Skips {
  readonly applied: NodeResult;
  readonly noCoupon: NodeResult;
  readonly unmet: NodeResult;
  readonly noLines: NodeResult;
  /** The skip for an order in another currency than the discount's, by the order's currency. */
  readonly wrongCurrency: (currency: string) => NodeResult;
}

const couponKey = (code: string) => code.trim().toLowerCase();

export function prepareDiscount(config: DiscountConfig, condition: CompiledLogic | null): PreparedDiscount {
  const categories = new Set(config.categories);
  const skus = new Set(config.skus);
  const inScope =
    config.scope === 'category'
      ? (line: LineItem) => categories.has(line.category)
      : config.scope === 'sku'
        ? (line: LineItem) => skus.has(line.sku)
        : () => true;
  const tiers = [...config.tiers].sort((a, b) => a.threshold - b.threshold);
  const typed = config.reason.trim();
  return {
    config,
    condition,
    couponKey: couponKey(config.coupon),
    inScope,
    rule: { ...config, tiers },
    reasons: { en: typed || discountSummary(config, 'en'), zh: typed || discountSummary(config, 'zh') },
    skips: { en: skipsIn(config, DISCOUNT_WORDS.en), zh: skipsIn(config, DISCOUNT_WORDS.zh) },
  };
}

function skipsIn(config: DiscountConfig, say: DiscountWords): Skips {
  return {
    applied: Object.freeze(skip(say.alreadyApplied())),
    noCoupon: Object.freeze(skip(say.couponMissing(config.coupon))),
    unmet: Object.freeze(skip(say.conditionUnmet())),
    noLines: Object.freeze(skip(say.noLineInScope(config.scope === 'sku' ? 'sku' : 'category'))),
    wrongCurrency: perCurrency((currency) => skip(say.wrongCurrency(config.currency!, currency))),
  };
}

function skip(note: string): NodeResult {
  return takePort('next', undefined, note);
}

/** True when a code on the order is the coupon, compared as `couponKey` does (the exact code skips the normalising). */
function hasCoupon(codes: readonly string[], coupon: string, key: string): boolean {
  for (const code of codes) if (code === coupon || couponKey(code) === key) return true;
  return false;
}

/**
 * An applied discount. Its note formats two amounts and is read only when the run is traced, so it
 * is built when read (results are read once and never kept), in the words of the run's language.
 */
class Applied extends DeferredNote {
  constructor(
    patch: OutcomePatch,
    private readonly amount: number,
    private readonly base: number,
    private readonly currency: string,
    private readonly removed: readonly string[],
    private readonly say: DiscountWords,
  ) {
    super('next', patch);
  }

  get note(): string {
    return this.say.applied(
      formatMoney(this.amount, this.currency),
      formatMoney(this.base, this.currency),
      this.removed,
    );
  }
}

export const discountNode = defineNode({
  type: 'discount',
  category: 'promotion',
  title: { en: 'Discount', zh: '折扣优惠' },
  description: {
    en:
      'Takes money off the order: percent, fixed amount (once, or per unit in scope: ¥300 off each appliance), tiered (spend X save Y, optionally for every X) or buy X get Y free ' +
      '(the cheapest units in scope are free), over the whole order, some categories or some SKUs. Optional condition, coupon, ' +
      'minimum and cap. Amounts are whole minor units of the order currency, rounded once (half away from zero) and split over ' +
      'the lines by largest remainder; a line never goes below zero. Stacking with discounts from earlier nodes: ' +
      'stackable adds to stackable and best-of ones; best-of keeps only the larger of the best-of discounts (equal: higher ' +
      'priority, then the earlier one); exclusive stands alone — it applies only if every earlier discount has a lower priority ' +
      '(equal priority: it must beat them together) and then removes them, and any discount meeting an earlier exclusive one ' +
      'must beat it the same way or is skipped.',
    zh:
      '对订单让利：百分比折扣、立减（整单一次，或按范围内每件：每台家电减¥300）、满减（可每满X减Y）或买X送Y（范围内最便宜的件免费），范围可为整单、指定类目或指定SKU。' +
      '可设条件、优惠券、最低金额和上限。金额以订单币种的最小单位计算，只四舍五入一次（远离零），再按最大余数法分摊到各行，' +
      '任何一行都不会被减成负数。与前面节点的优惠叠加规则：可叠加优惠与可叠加、择优优惠并存；择优优惠只保留' +
      '择优优惠中金额更大的一个（相同则优先级高者，再相同保留先到者）；独享（不可叠加）优惠不与任何优惠并存——仅当已有优惠的' +
      '优先级都更低（优先级相同时需大于它们的合计）才生效并移除它们；任何优惠遇到已生效的独享优惠，也须按同样规则胜出，否则跳过。',
  },
  config: discountConfigSchema,
  // v2 added perUnit (a fixed amount off every unit in scope); v1 configs mean once per order.
  version: 2,
  migrations: { 1: (config) => ({ ...config, perUnit: false }) },
  outputs: [{ id: 'next', label: { en: 'Next', zh: '下一步' } }],
  logic: (config) => conditionPaths(config.when, config.currency),
  unpinnedMoney: (c) =>
    unpinnedMoneyFields(c.currency, {
      amount: c.kind === 'fixed' && c.amount > 0,
      tiers: c.kind === 'tiered' && c.tiers.length > 0,
      cap: c.cap !== undefined,
      minSubtotal: c.minSubtotal !== undefined && c.minSubtotal > 0,
    }),
  prepare: (config, tools) => prepareDiscount(config, prepareCondition(config.when, tools)),
  summary: discountSummary,
  // Its run reads the facts' attributes only through its logic (a built module relies on it).
  attributesOnlyThroughLogic: true,
  run: ({ nodeId, order, facts, outcome, config: p, locale }) => {
    const c = p.config;
    const say = DISCOUNT_WORDS[locale];
    const skips = p.skips[locale];
    if (c.currency && c.currency !== order.currency) return skips.wrongCurrency(order.currency);
    const existing = outcome.adjustments;
    for (let i = 0; i < existing.length; i++) if (existing[i]!.nodeId === nodeId) return skips.applied;
    if (p.couponKey && !hasCoupon(order.coupons, c.coupon, p.couponKey)) return skips.noCoupon;
    if (p.condition !== null && !truthy(p.condition(facts))) return skips.unmet;

    const rivals = rivalsOf(c.stacking, existing);
    const kept = rivals.length === 0 ? existing : existing.filter((a) => !rivals.includes(a));
    const lines = scopedLines(order, kept, p.inScope);
    if (lines.length === 0) return skips.noLines;
    const result = computeDiscount(p.rule, lines, order.currency, say);
    if (!result.ok) return skip(result.note);

    const verdict = compete(
      { stacking: c.stacking, priority: c.priority, amount: result.amount },
      rivals,
      order.currency,
      say,
    );
    if (!verdict.win) return skip(verdict.note);

    // Assigned, not spread (V8 11's slow path); same keys in the same order.
    const adjustment: { -readonly [K in keyof Adjustment]: Adjustment[K] } = {
      nodeId,
      reason: p.reasons[locale],
      amount: { amount: result.amount, currency: order.currency },
      allocations: result.allocations,
      stacking: c.stacking,
      priority: c.priority,
    };
    if (c.coupon) adjustment.coupon = c.coupon;
    const patch: OutcomePatch =
      verdict.remove.length > 0
        ? { adjustments: [adjustment], removeAdjustmentsFrom: verdict.remove }
        : { adjustments: [adjustment] };
    return deferredNote(new Applied(patch, result.amount, result.base, order.currency, verdict.remove, say));
  },
});
