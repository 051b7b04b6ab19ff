/**
 * A custom node type: loyalty points. Read the numbered footnotes [n] at the bottom, in order;
 * README.md in this folder walks through adding a node type step by step.
 */
import { z } from 'zod';
import { defineNode, fieldMeta, takePort } from '../../runtime/node/index';
import type { Words } from '../../nodes/shared/words';

// [1]
const multiplierSchema = z.number().min(0).max(100);
const tierMultiplier = (en: string, zh: string, fallback: number) =>
  multiplierSchema
    .default(fallback)
    .meta(
      fieldMeta(
        { en: `${en} ×`, zh: `${zh} ×` },
        { en: `Points multiplier for ${en.toLowerCase()} customers`, zh: `${zh}客户的积分倍数` },
      ),
    );

// [2]
export const loyaltyConfigSchema = z.strictObject({
  perAmount: z
    .record(z.string().regex(/^[A-Z]{3}$/), z.number().int().min(1))
    .default({ CNY: 10000, USD: 1000 })
    .meta(
      fieldMeta(
        { en: 'Spend per point', zh: '每积 1 分的消费' },
        {
          en: 'Spend per base point, per currency, in minor units (10000 = 1 point per ¥100)',
          zh: '各币种每积 1 分所需的消费，单位为分（10000 表示每 ¥100 积 1 分）',
        },
      ),
    ),
  multipliers: z
    .strictObject({
      regular: tierMultiplier('Regular', '普通会员', 1),
      silver: tierMultiplier('Silver', '银卡会员', 1.5),
      gold: tierMultiplier('Gold', '金卡会员', 2),
      vip: tierMultiplier('VIP', 'VIP 会员', 3),
    })
    .default({ regular: 1, silver: 1.5, gold: 2, vip: 3 })
    .meta(
      fieldMeta(
        { en: 'Tier multipliers', zh: '会员等级倍数' },
        { en: 'Points multiplier per customer tier', zh: '各会员等级的积分倍数' },
      ),
    ),
  attribute: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/)
    .default('loyaltyPoints')
    .meta(
      fieldMeta(
        { en: 'Points attribute', zh: '积分属性名' },
        { en: 'Order attribute that receives the points', zh: '写入积分的订单属性' },
      ),
    ),
});
export type LoyaltyConfig = z.output<typeof loyaltyConfigSchema>;

/** Points for a spend: whole base points first, then the tier multiplier, rounded down. */
export function pointsFor(spend: number, perAmount: number, multiplier: number): number {
  // [3]
  return Math.floor(Math.floor(Math.max(0, spend) / perAmount) * multiplier);
}

// [8]
interface LoyaltyWords {
  readonly noRate: (currency: string) => string;
  readonly earned: (points: number, tier: string, multiplier: number) => string;
}
const WORDS: Words<LoyaltyWords> = {
  en: {
    noRate: (currency) => `no points rate for ${currency}`,
    earned: (points, tier, m) => `${points} points (${tier} ×${m})`,
  },
  zh: {
    noRate: (currency) => `没有 ${currency} 的积分比例`,
    earned: (points, tier, m) => `积 ${points} 分（${tier} ×${m}）`,
  },
};

export const loyaltyPointsNode = defineNode({
  // [4]
  type: 'acme/loyalty-points',
  version: 1,
  category: 'custom',
  title: { en: 'Loyalty points', zh: '会员积分' },
  description: {
    en: 'Works out the points this order earns (spend after discounts, by tier) and stores them in an order attribute.',
    zh: '按折后消费和会员等级计算本单积分，写入订单属性。',
  },
  config: loyaltyConfigSchema,
  // [5]
  outputs: [{ id: 'next', label: { en: 'Next', zh: '下一步' } }],
  // [6]
  run: ({ order, facts, config, locale }) => {
    const say = WORDS[locale];
    const perAmount = Object.hasOwn(config.perAmount, order.currency) ? config.perAmount[order.currency] : undefined;
    if (perAmount === undefined) return takePort('next', undefined, say.noRate(order.currency));
    const tier = order.customer.tier;
    const multiplier = config.multipliers[tier];
    const spend = facts.totals.subtotal.amount - facts.totals.discount.amount;
    const points = pointsFor(spend, perAmount, multiplier);
    return takePort(
      'next',
      { attributes: { [config.attribute]: points, [`${config.attribute}Multiplier`]: multiplier } },
      say.earned(points, tier, multiplier),
    );
  },
  // [7]
  summary: (config, locale) => {
    const m = config.multipliers;
    const rates = Object.entries(config.perAmount)
      .map(([currency, minor]) => `${currency} ${minor / 100}`)
      .join(', ');
    return locale === 'zh'
      ? `每 ${rates} 积 1 分；银卡×${m.silver} 金卡×${m.gold} VIP×${m.vip}`
      : `1 point per ${rates}; silver ×${m.silver}, gold ×${m.gold}, vip ×${m.vip}`;
  },
});

/*
[1] Config fields are zod schemas. The same schema validates flow files, fills defaults, and drives
    the editor's inspector form: `.meta(fieldMeta(label, help, options?))` gives each field its label and
    the help under it, both in English and 中文 (a test fails on a field without them), and where the
    JSON type is not enough a widget hint (`{ widget: 'money' }` for minor units typed as ¥12.50,
    'logic' for a rule, 'currency') or `{ shownWhen: { kind: 'fixed' } }` to show a field for one choice.

[2] Use `strictObject` so a typo in a flow file ("multiplers") is an error with a line number,
    not a silently ignored key. Money amounts are integer minor units (fen, cents), never floats.

[3] Rounding is part of the business rule: floor the base points first, then apply the multiplier,
    so a silver customer spending ¥250 earns floor(2 × 1.5) = 3 points, never 3.75.

[4] Custom types are namespaced "<team>/<name>" so they never collide with core types. Bump
    `version` when the config shape changes and add a `migrations[oldVersion]` step.

[5] Ports are named. `next` is not `required`, so a flow may end right after this node.

[6] `run` is a pure function of one input object: the order, the facts (totals so far, tags,
    attributes), the parsed config, the context and the locale. It returns `takePort(port, patch?, note?)`
    (or `waitFor(request)` to ask a person; `fixedResult(port)` for a result that never changes, built
    once): these builders give every result the shape the run loop is fast with, and a hand-written
    object is a type error. It never mutates anything (nor keeps its input: the run loop reuses it),
    reads no clock and does no I/O, so runs are reproducible and simulations are cheap.
    Keys in `config.perAmount` come from a flow file: read them as own properties only.

[7] `summary` is the one-line text the canvas shows on the node card, in both languages.

[8] Words the node writes while running (its trace note here) come in both languages too: one phrase
    table per language with the same interface, so a missing translation is a type error. The run's
    `locale` (RunOptions, `--lang` on the CLI, the editor's language) picks one.

[9] The editor half, in `loyalty-points.view.tsx`: `defineNodeView(loyaltyPointsNode, { icon, accent,
    fields })` holds the definition itself, so the editor finds it by value and `fields` may only name
    keys of this config (a custom widget per field). Add it to `editor/app-views.ts`. It is optional:
    without one the node gets its category's icon and the generated form.
*/
