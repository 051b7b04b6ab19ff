import { z } from 'zod';
import { currencyCodeSchema } from '../../runtime/node/index';
import { minorUnits } from '../discount/discount.schema';
import { jsonLogicSchema } from '../shared/json-logic-schema';

export const SPEND_BASES = ['after-discounts', 'before-discounts'] as const;
export type SpendBasis = (typeof SPEND_BASES)[number];

export const giftConfigSchema = z.strictObject({
  sku: z.string().trim().min(1).max(64).describe('SKU of the gift'),
  name: z.string().max(256).default('').describe('Gift name shown to customers; empty = the SKU'),
  reason: z.string().max(200).default('').describe('Why the gift was given; empty = generated from the settings'),
  quantity: z.number().int().min(1).max(1000).default(1).describe('Units given (per threshold step when perStep)'),
  threshold: minorUnits().default(0).describe('Spend needed (see basis), shipping excluded, in minor units; 0 = none'),
  basis: z
    .enum(SPEND_BASES)
    .default('after-discounts')
    .describe('Spend counted: after earlier discounts (实付满) or before them (原价满); shipping never counts'),
  perStep: z.boolean().default(false).describe('Give the quantity for every full threshold (满300赠1，满600赠2)'),
  maxQuantity: z.number().int().min(1).max(100_000).optional().describe('At most this many units in total'),
  when: jsonLogicSchema.default(null).describe('JSONLogic condition on the order facts; null = always'),
  requireStock: z.boolean().default(true).describe('Give only what the warehouses have in stock'),
  perCustomerLimit: z
    .number()
    .int()
    .min(1)
    .max(100_000)
    .optional()
    .describe('Most units of this SKU one customer may ever receive'),
  currency: currencyCodeSchema.optional().describe('Apply only to orders in this currency; empty = any'),
});

export type GiftConfig = z.output<typeof giftConfigSchema>;
