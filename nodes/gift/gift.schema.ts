import { z } from 'zod';
import { currencyCodeSchema } from '../../runtime/node/index';
import { minorUnits } from '../discount/discount.schema';
import { jsonLogicSchema } from '../shared/json-logic-schema';
import { fieldMeta, text } from '../shared/text';

export const SPEND_BASES = ['after-discounts', 'before-discounts'] as const;
export type SpendBasis = (typeof SPEND_BASES)[number];

export const giftConfigSchema = z.strictObject({
  sku: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .meta(fieldMeta(text('SKU', 'SKU'), text('SKU of the gift', '赠品的 SKU'))),
  name: z
    .string()
    .max(256)
    .default('')
    .meta(
      fieldMeta(
        text('Name', '名称'),
        text('Gift name shown to customers; empty = the SKU', '向客户展示的赠品名称；留空则显示 SKU'),
      ),
    ),
  reason: z
    .string()
    .max(200)
    .default('')
    .meta(
      fieldMeta(
        text('Reason', '原因'),
        text('Why the gift was given; empty = written from the settings', '赠送原因；留空则根据设置自动生成'),
      ),
    ),
  quantity: z
    .number()
    .int()
    .min(1)
    .max(1000)
    .default(1)
    .meta(fieldMeta(text('Quantity', '数量'), text('Units given', '赠送件数'))),
  threshold: minorUnits()
    .default(0)
    .meta(
      fieldMeta(
        text('Threshold', '门槛金额'),
        text(
          'Spend needed, in yuan (before or after discounts, see basis), shipping excluded; 0 = no threshold',
          '门槛金额（元，按原价或实付计，见计算基础），不含运费；0 表示无门槛',
        ),
        { widget: 'money' },
      ),
    ),
  basis: z
    .enum(SPEND_BASES)
    .default('after-discounts')
    .meta(
      fieldMeta(
        text('Spend basis', '门槛计算基础'),
        text(
          'Spend counted: after earlier discounts or before them; shipping never counts',
          '门槛按实付（扣除之前的优惠，实付满）或原价（原价满）计算；运费从不计入',
        ),
      ),
    ),
  perStep: z
    .boolean()
    .default(false)
    .meta(
      fieldMeta(
        text('Per threshold step', '按档位累计'),
        text(
          'Give the quantity for every full threshold (spend 300 get 1, 600 get 2)',
          '每满一个门槛赠送一次（满300赠1，满600赠2）',
        ),
      ),
    ),
  maxQuantity: z
    .number()
    .int()
    .min(1)
    .max(100_000)
    .optional()
    .meta(
      fieldMeta(text('Maximum quantity', '最多数量'), text('At most this many units in total', '总共最多赠送的件数')),
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
  requireStock: z
    .boolean()
    .default(true)
    .meta(
      fieldMeta(
        text('Only when in stock', '仅在有库存时'),
        text('Give only what the warehouses have in stock', '仅在仓库有库存时赠送'),
      ),
    ),
  perCustomerLimit: z
    .number()
    .int()
    .min(1)
    .max(100_000)
    .optional()
    .meta(
      fieldMeta(
        text('Limit per customer', '每位客户上限'),
        text('Most units of this gift one customer may ever receive', '每位客户最多可获得的此赠品件数'),
      ),
    ),
  currency: currencyCodeSchema
    .optional()
    .meta(
      fieldMeta(
        text('Currency', '币种'),
        text('Only orders in this currency; empty = any currency', '仅适用于此币种的订单；留空表示任意币种'),
        { widget: 'currency' },
      ),
    ),
});

export type GiftConfig = z.output<typeof giftConfigSchema>;
