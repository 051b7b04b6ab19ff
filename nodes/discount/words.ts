import { JOINING, type Words } from '../shared/words';

/**
 * Everything the discount node writes while it runs (skip notes, why no discount, stacking verdicts,
 * the applied note), in each language. Money comes in already formatted (formatMoney), node ids and
 * coupon codes as they are; the phrases only arrange them.
 */
export interface DiscountWords {
  readonly alreadyApplied: () => string;
  readonly couponMissing: (coupon: string) => string;
  readonly conditionUnmet: () => string;
  readonly noLineInScope: (scope: 'sku' | 'category') => string;
  /** The node is set to `configured`, the order is in `order`. */
  readonly wrongCurrency: (configured: string, order: string) => string;
  readonly thresholdNotReached: (threshold: string, inScope: string) => string;
  readonly tooFewUnits: (buy: number, get: number, needed: number, found: number) => string;
  readonly nothingLeft: () => string;
  readonly belowMinimum: (inScope: string, minimum: string) => string;
  readonly comesToZero: (zero: string) => string;
  /** Lost to `rivals` (node ids) on priority: `top` is theirs, `mine` the candidate's. */
  readonly lostOnPriority: (rivals: readonly string[], top: number, mine: number) => string;
  /** Lost to `rivals` at equal priority: together they give `theirs`, the candidate only `mine`. */
  readonly lostOnAmount: (rivals: readonly string[], theirs: string, mine: string) => string;
  /** best-of: the best-of `rivals` already give `theirs`, the candidate only `mine`. */
  readonly bestOfLost: (rivals: readonly string[], theirs: string, mine: string) => string;
  /** `amount` off the scoped `base`, replacing the discounts of the `removed` nodes (maybe none). */
  readonly applied: (amount: string, base: string, removed: readonly string[]) => string;
}

const en = JOINING.en;
const zh = JOINING.zh;

export const DISCOUNT_WORDS: Words<DiscountWords> = {
  en: {
    alreadyApplied: () => 'already applied',
    couponMissing: (coupon) => `coupon ${coupon} not on order`,
    conditionUnmet: () => 'condition not met',
    noLineInScope: (scope) => (scope === 'sku' ? 'no line with the listed SKUs' : 'no line in the listed categories'),
    wrongCurrency: (configured, order) => `configured for ${configured}, order is in ${order}`,
    thresholdNotReached: (threshold, inScope) => `threshold ${threshold} not reached (${inScope} in scope)`,
    tooFewUnits: (buy, get, needed, found) => `buy ${buy} get ${get} needs ${needed} units in scope, found ${found}`,
    nothingLeft: () => 'nothing left to discount on the lines in scope',
    belowMinimum: (inScope, minimum) => `scoped amount ${inScope} below minimum ${minimum}`,
    comesToZero: (zero) => `discount comes to ${zero}`,
    lostOnPriority: (rivals, top, mine) => `lost to ${en.list(rivals)} (priority ${top} > ${mine})`,
    lostOnAmount: (rivals, theirs, mine) => `lost to ${en.list(rivals)} (same priority, ${theirs} ≥ ${mine})`,
    bestOfLost: (rivals, theirs, mine) => `best-of: ${en.list(rivals)} already gives ${theirs} (this one ${mine})`,
    applied: (amount, base, removed) =>
      removed.length > 0
        ? en.reasons([`${amount} off ${base}`, `replaces ${en.list(removed)}`])
        : `${amount} off ${base}`,
  },
  zh: {
    alreadyApplied: () => '本优惠已应用',
    couponMissing: (coupon) => `优惠券 ${coupon} 不在订单上`,
    conditionUnmet: () => '不满足条件',
    noLineInScope: (scope) => (scope === 'sku' ? '订单中没有指定商品' : '订单中没有指定类目的商品'),
    wrongCurrency: (configured, order) => `订单币种为 ${order}，本节点只适用于 ${configured}`,
    thresholdNotReached: (threshold, inScope) => `未达满减门槛 ${threshold}（参与优惠金额 ${inScope}）`,
    tooFewUnits: (buy, get, needed, found) => `买 ${buy} 送 ${get} 需 ${needed} 件参与商品，当前仅 ${found} 件`,
    nothingLeft: () => '参与优惠的商品已无可优惠金额',
    belowMinimum: (inScope, minimum) => `参与优惠金额 ${inScope} 未达使用门槛 ${minimum}`,
    comesToZero: (zero) => `优惠金额为 ${zero}`,
    lostOnPriority: (rivals, top, mine) => `不敌 ${zh.list(rivals)}（优先级 ${top} > ${mine}）`,
    lostOnAmount: (rivals, theirs, mine) => `不敌 ${zh.list(rivals)}（优先级相同，${theirs} ≥ ${mine}）`,
    bestOfLost: (rivals, theirs, mine) => `择优：${zh.list(rivals)} 已优惠 ${theirs}（本优惠 ${mine}）`,
    applied: (amount, base, removed) =>
      removed.length > 0
        ? zh.reasons([`减 ${amount}（基数 ${base}）`, `替换 ${zh.list(removed)}`])
        : `减 ${amount}（基数 ${base}）`,
  },
};
