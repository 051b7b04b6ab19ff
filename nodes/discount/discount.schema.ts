import { z } from 'zod';
import { currencyCodeSchema, MAX_MONEY_AMOUNT, schemaMessage } from '../../runtime/node/index';
import { jsonLogicSchema } from '../shared/json-logic-schema';
import { fieldMeta, text } from '../shared/text';

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
  threshold: minorUnits()
    .min(1)
    .meta(
      fieldMeta(
        text('Threshold', '门槛金额'),
        text('Amount to reach, in yuan (e.g. 300)', '需达到的金额（元），例如 300'),
        { widget: 'money' },
      ),
    ),
  off: minorUnits().meta(
    fieldMeta(text('Amount off', '减免金额'), text('Amount off at this tier, in yuan', '本档减免金额（元）'), {
      widget: 'money',
    }),
  ),
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
    reason: z
      .string()
      .max(200)
      .default('')
      .meta(
        fieldMeta(
          text('Reason', '原因'),
          text(
            'Shown to customers and operations staff; empty = written from the settings',
            '向客户和运营展示；留空则根据设置自动生成',
          ),
        ),
      ),
    when: jsonLogicSchema
      .default(null)
      .meta(
        fieldMeta(
          text('Applies when', '生效条件'),
          text('When this applies; empty = always', '生效条件；留空表示总是生效'),
          { widget: 'logic' },
        ),
      ),
    coupon: z
      .string()
      .trim()
      .max(64)
      .default('')
      .meta(
        fieldMeta(
          text('Coupon code', '优惠券码'),
          text(
            'Coupon code the order must carry (any case); empty = no coupon needed',
            '订单须使用的优惠券码（不区分大小写）；留空表示无需优惠券',
          ),
        ),
      ),
    currency: currencyCodeSchema
      .optional()
      .meta(
        fieldMeta(
          text('Currency', '币种'),
          text(
            'Only orders in this currency; empty = any (amounts are then in the order currency)',
            '仅适用于此币种的订单；留空表示任意币种（金额按订单币种计）',
          ),
          { widget: 'currency' },
        ),
      ),
    kind: z
      .enum(DISCOUNT_KINDS)
      .default('percent')
      .meta(
        fieldMeta(
          text('Kind', '类型'),
          text(
            'Percent off, fixed amount off, tiered (spend more, save more) or buy X get Y free',
            '按比例打折、立减金额、满减档位或买 X 送 Y',
          ),
        ),
      ),
    percent: z
      .number()
      .min(0)
      .max(100)
      .refine(
        (p) => Math.abs(p * 10_000 - Math.round(p * 10_000)) < 1e-6,
        schemaMessage(text('at most 4 decimal places', '最多 4 位小数')),
      )
      .default(0)
      .meta(
        fieldMeta(
          text('Percent off', '折扣百分比'),
          text('Percent off, e.g. 10 for 10% off', '优惠百分比，例如 20 表示减 20%（即 8折）'),
          { shownWhen: { kind: 'percent' } },
        ),
      ),
    amount: minorUnits()
      .default(0)
      .meta(
        fieldMeta(
          text('Amount off', '优惠金额'),
          text('Amount off, in yuan (or the order currency)', '立减金额，单位：元（或订单币种）'),
          { widget: 'money', shownWhen: { kind: 'fixed' } },
        ),
      ),
    perUnit: z
      .boolean()
      .default(false)
      .meta(
        fieldMeta(
          text('Per unit', '按件计'),
          text(
            'Fixed amount: take it off every unit in scope (¥300 per appliance), up to the cap',
            '固定金额：范围内每件都减（如每台家电减 ¥300），最多减到封顶金额',
          ),
        ),
      ),
    tiers: z
      .array(tierSchema)
      .max(20)
      .default([])
      .meta(
        fieldMeta(
          text('Tiers', '满减档位'),
          text('Tiers: the highest threshold reached applies', '满减档位：按达到的最高档位减免'),
          { shownWhen: { kind: 'tiered' } },
        ),
      ),
    repeat: z
      .boolean()
      .default(false)
      .meta(
        fieldMeta(
          text('Repeat for every threshold', '每满重复（每满减）'),
          text('Repeat the single tier for every full threshold', '每满X减Y：按单一档位每满一次减一次'),
        ),
      ),
    buy: z
      .number()
      .int()
      .min(1)
      .max(1000)
      .default(2)
      .meta(
        fieldMeta(text('Buy', '购买件数'), text('Units to buy', '需购买的件数'), {
          shownWhen: { kind: 'buy-x-get-y' },
        }),
      ),
    get: z
      .number()
      .int()
      .min(1)
      .max(1000)
      .default(1)
      .meta(
        fieldMeta(
          text('Get free', '赠送件数'),
          text('Units free per group; the cheapest ones are free', '每组免费的件数；价格最低的商品免费'),
          { shownWhen: { kind: 'buy-x-get-y' } },
        ),
      ),
    scope: z
      .enum(DISCOUNT_SCOPES)
      .default('order')
      .meta(
        fieldMeta(text('Applies to', '适用范围'), text('Which lines the discount applies to', '优惠适用的商品范围')),
      ),
    categories: codeList(200)
      .default([])
      .meta(
        fieldMeta(
          text('Categories', '类目'),
          text('Categories of the lines the discount applies to (exact match)', '参与优惠的商品类目（精确匹配）'),
          { shownWhen: { scope: 'category' } },
        ),
      ),
    skus: codeList(1000)
      .default([])
      .meta(
        fieldMeta(
          text('SKUs', 'SKU'),
          text('SKUs the discount applies to (exact match)', '参与优惠的 SKU（精确匹配）'),
          { shownWhen: { scope: 'sku' } },
        ),
      ),
    cap: minorUnits()
      .min(1)
      .optional()
      .meta(
        fieldMeta(text('Maximum discount', '最高优惠'), text('Maximum discount, in yuan', '最高优惠金额（元）'), {
          widget: 'money',
        }),
      ),
    minSubtotal: minorUnits()
      .optional()
      .meta(
        fieldMeta(
          text('Minimum subtotal', '最低金额'),
          text(
            'Minimum amount of the lines in scope (after other discounts), in yuan',
            '参与优惠商品的最低金额（扣除其他优惠后，元）',
          ),
          { widget: 'money' },
        ),
      ),
    stacking: z
      .enum(STACKING_MODES)
      .default('stackable')
      .meta(
        fieldMeta(
          text('Stacking', '叠加方式'),
          text('How it combines with discounts already applied', '与已生效优惠的组合方式'),
        ),
      ),
    priority: z
      .number()
      .int()
      .min(-1000)
      .max(1000)
      .default(0)
      .meta(
        fieldMeta(
          text('Priority', '优先级'),
          text('Higher wins when exclusive discounts compete', '不可叠加的优惠相互竞争时，数值高者优先'),
        ),
      ),
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
