import { z } from 'zod';
import { currencyCodeSchema, MAX_MONEY_AMOUNT, schemaMessage } from '../../runtime/node/index';
import { jsonLogicSchema } from '../shared/json-logic-schema';
import { text } from '../shared/text';

export const DISCOUNT_KINDS = ['percent', 'fixed', 'tiered', 'buy-x-get-y'] as const;
export const DISCOUNT_SCOPES = ['order', 'category', 'sku'] as const;
export const STACKING_MODES = ['exclusive', 'stackable', 'best-of'] as const;

export type DiscountKind = (typeof DISCOUNT_KINDS)[number];
export type DiscountScope = (typeof DISCOUNT_SCOPES)[number];
export type StackingMode = (typeof STACKING_MODES)[number];

/** Whole minor units (fen/cents) of the order currency; the bound matches runtime/money. */
export const minorUnits = () =>
  z
    .number()
    .int(
      schemaMessage(
        text('whole minor units (fen/cents), not a decimal', '应为以最小货币单位（分）计的整数，不能有小数'),
      ),
    )
    .min(0)
    .max(MAX_MONEY_AMOUNT)
    .refine((amount) => !Object.is(amount, -0), schemaMessage(text('0, not -0', '应为 0，不能为 -0')));

export const tierSchema = z.strictObject({
  threshold: minorUnits().min(1).describe('Scoped amount to reach, in minor units (30000 = ¥300)'),
  off: minorUnits().describe('Amount off at this tier, in minor units'),
});
export type Tier = z.output<typeof tierSchema>;

const codeList = (max: number) => z.array(z.string().min(1).max(64)).max(max);

/** What the checks across fields say, by their English text (a duplicate threshold is named by its path). */
const CROSS_FIELD = {
  tiers: text('a tiered discount needs at least one tier', '阶梯满减至少需要一档'),
  duplicate: text('duplicate threshold', '门槛重复'),
  repeat: text('repeat (每满减) needs exactly one tier', '“每满减”只能设一档'),
  categories: text('scope category needs at least one category', '按类目优惠时至少要填一个类目'),
  skus: text('scope sku needs at least one SKU', '按商品优惠时至少要填一个 SKU'),
} as const;

export const discountConfigSchema = z
  .strictObject({
    reason: z.string().max(200).default('').describe('Shown to customers and ops; empty = generated from the settings'),
    when: jsonLogicSchema.default(null).describe('JSONLogic condition on the order facts; null = always'),
    coupon: z
      .string()
      .trim()
      .max(64)
      .default('')
      .describe('Coupon code the order must carry (case-insensitive); empty = none'),
    currency: currencyCodeSchema
      .optional()
      .describe('Apply only to orders in this currency; empty = any (money fields then mean the order currency)'),
    kind: z
      .enum(DISCOUNT_KINDS)
      .default('percent')
      .describe('percent, fixed amount, tiered (满减) or buy X get Y free'),
    percent: z
      .number()
      .min(0)
      .max(100)
      .refine(
        (p) => Math.abs(p * 10_000 - Math.round(p * 10_000)) < 1e-6,
        schemaMessage(text('at most 4 decimal places', '最多 4 位小数')),
      )
      .default(0)
      .describe('Percent off the scoped amount (kind percent), e.g. 12.5'),
    amount: minorUnits().default(0).describe('Amount off (kind fixed), in minor units of the order currency'),
    perUnit: z
      .boolean()
      .default(false)
      .describe('Kind fixed: the amount is off every unit in scope (¥300 per appliance), then capped by cap'),
    tiers: z
      .array(tierSchema)
      .max(20)
      .default([])
      .describe('满减 tiers (kind tiered): the highest threshold reached applies'),
    repeat: z.boolean().default(false).describe('每满X减Y: repeat the single tier for every full threshold'),
    buy: z.number().int().min(1).max(1000).default(2).describe('Units to buy (kind buy-x-get-y)'),
    get: z
      .number()
      .int()
      .min(1)
      .max(1000)
      .default(1)
      .describe('Units free per group (kind buy-x-get-y); the cheapest are free'),
    scope: z.enum(DISCOUNT_SCOPES).default('order').describe('Which lines the discount applies to'),
    categories: codeList(200).default([]).describe('Line categories in scope (scope category), exact match'),
    skus: codeList(1000).default([]).describe('SKUs in scope (scope sku), exact match'),
    cap: minorUnits().min(1).optional().describe('Maximum discount, in minor units'),
    minSubtotal: minorUnits().optional().describe('Minimum scoped amount (net of kept discounts), in minor units'),
    stacking: z.enum(STACKING_MODES).default('stackable').describe('How it combines with discounts already applied'),
    priority: z.number().int().min(-1000).max(1000).default(0).describe('Higher wins when exclusive discounts compete'),
  })
  .superRefine((config, issues) => {
    const issue = (path: (string | number)[], problem: keyof typeof CROSS_FIELD) =>
      issues.addIssue({ code: 'custom', path, message: schemaMessage(CROSS_FIELD[problem]) });
    if (config.kind === 'tiered') {
      if (config.tiers.length === 0) issue(['tiers'], 'tiers');
      const seen = new Set<number>();
      config.tiers.forEach((tier, i) => {
        if (seen.has(tier.threshold)) issue(['tiers', i, 'threshold'], 'duplicate');
        seen.add(tier.threshold);
      });
      if (config.repeat && config.tiers.length !== 1) issue(['repeat'], 'repeat');
    }
    if (config.scope === 'category' && config.categories.length === 0) issue(['categories'], 'categories');
    if (config.scope === 'sku' && config.skus.length === 0) issue(['skus'], 'skus');
  });

export type DiscountConfig = z.output<typeof discountConfigSchema>;
