import { z } from 'zod';
import { currencyCodeSchema } from '../../runtime/node/index';
import { STACKING_MODES } from '../discount/discount.schema';

/*
 * The decision table's config, shaped for a grid: `inputs` and `outputs` are the column headers in
 * display order; each row keeps its cells by column id (`when` for inputs, `then` for outputs), so
 * moving or deleting a column never shifts another column's cells. A missing input cell means "-"
 * (any value); a missing output cell sets nothing. Cells are the text analysts type; they are parsed
 * and checked by validation (check.ts), never by the schema, so every bad cell is reported at once.
 */

export const HIT_POLICIES = ['unique', 'first', 'priority', 'collect'] as const;
export const AGGREGATES = ['list', 'sum', 'min', 'max', 'count'] as const;
export const INPUT_TYPES = ['string', 'number', 'money', 'boolean', 'datetime'] as const;
export const OUTPUT_KINDS = ['discount', 'tag', 'attribute', 'note'] as const;
export const ATTRIBUTE_TYPES = ['string', 'number', 'boolean'] as const;

export type HitPolicy = (typeof HIT_POLICIES)[number];
export type Aggregate = (typeof AGGREGATES)[number];
export type InputType = (typeof INPUT_TYPES)[number];
export type OutputKind = (typeof OUTPUT_KINDS)[number];

const columnId = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_-]{0,39}$/, 'a column id is a letter, then letters, digits, _ or - (at most 40)');
const fieldPath = z.string().min(1).max(200);

export const inputColumnSchema = z.strictObject({
  id: columnId,
  label: z.string().max(80).default('').describe('Column header; empty = the field name'),
  field: fieldPath.optional().describe('Order field it reads (customer.tier); per-line tables read line.<field>'),
  lookup: z
    .strictObject({
      table: z.string().min(1).max(64).describe('Lookup table name in the context (tables.<name>)'),
      key: fieldPath.describe('Order field whose value is the key (shippingAddress.province)'),
    })
    .optional()
    .describe('Reads a context lookup table instead of an order field'),
  type: z.enum(INPUT_TYPES).optional().describe('Needed for lookups and attributes; otherwise taken from the field'),
  currency: currencyCodeSchema.optional().describe('Money columns: the currency of their amounts'),
  timeZone: z
    .string()
    .regex(/^[+-]\d\d:\d\d$/, 'a UTC offset like +08:00')
    .default('+08:00')
    .describe('Date columns: the offset dates without one are read in'),
});

export const outputColumnSchema = z.strictObject({
  id: columnId,
  label: z.string().max(80).default(''),
  kind: z.enum(OUTPUT_KINDS).describe('discount (5% or ¥30), tag, attribute (a named field), note'),
  name: z.string().max(64).default('').describe('Attribute/note: the attribute it sets; empty = the column id'),
  type: z.enum(ATTRIBUTE_TYPES).default('string').describe('Attribute: the type of its values'),
  currency: currencyCodeSchema.optional().describe('Discount: currency of fixed amounts (¥30)'),
  stacking: z.enum(STACKING_MODES).default('stackable').describe('Discount: how it combines with earlier ones'),
  priority: z.number().int().min(-1000).max(1000).default(0),
  reason: z.string().max(200).default('').describe('Discount: the reason shown; empty = the matched rows'),
  values: z
    .array(z.string().min(1).max(64))
    .max(100)
    .default([])
    .describe('Priority policy on a text column: its values, highest priority first'),
});

export const tableRowSchema = z.strictObject({
  when: z.record(z.string(), z.string().max(500)).default({}).describe('Input cells by column id'),
  then: z.record(z.string(), z.string().max(500)).default({}).describe('Output cells by column id'),
  note: z.string().max(200).default('').describe('Why the row exists, for people'),
});

export const decisionTableConfigSchema = z.strictObject({
  hitPolicy: z.enum(HIT_POLICIES).default('unique'),
  aggregate: z.enum(AGGREGATES).default('list').describe('Collect: how matched rows combine'),
  priorityBy: z.string().max(40).default('').describe('Priority: the output column ranking rows; empty = first'),
  perLine: z.boolean().default(false).describe('Run once per order line; outputs land on the lines'),
  inputs: z.array(inputColumnSchema).min(1).max(20),
  outputs: z.array(outputColumnSchema).min(1).max(20),
  rows: z.array(tableRowSchema).max(500),
});

export type InputColumn = z.output<typeof inputColumnSchema>;
export type OutputColumn = z.output<typeof outputColumnSchema>;
export type TableRow = z.output<typeof tableRowSchema>;
export type DecisionTableConfig = z.output<typeof decisionTableConfigSchema>;
