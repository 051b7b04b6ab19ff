import { z } from 'zod';
import { channelSchema } from '../runtime/index';
import { ORDER_STATUSES } from '../runtime/node/index';
import { CONVERSION_NAMES } from './conversions';

/**
 * The channel mapping document: where each canonical order field comes from in a channel's payload,
 * which standard conversion applies, the status table and the declared defaults. JSON, so staff can
 * add a channel without code; its JSON Schema (mapping.schema.json) drives Monaco's completion.
 */
export const MAPPING_FORMAT = 'orderflow/channel-mapping';
export const MAPPING_FORMAT_VERSION = 1;

const path = z
  .string()
  .min(1)
  .max(256)
  .describe(
    'A path into the payload record: a.b.0.c, list.*.price, list[key=text].value, $ (the record), ^.x (the order, from a line), @name.x (a related document), ~.x (beside the value read: money objects)',
  )
  .meta({ id: 'Path' });
const literal = z.union([z.string().max(1024), z.number(), z.boolean(), z.null()]).meta({ id: 'Literal' });
const note = z.string().max(1000).describe('A comment for people; ignored by the engine');

const fieldCore = {
  from: z
    .union([path, z.array(path).min(1).max(16)])
    .optional()
    .describe('Path, or paths tried in order (the first present wins unless "aggregate" says otherwise)'),
  value: literal.optional().describe('A constant instead of "from" (e.g. "CNY" for a marketplace with one currency)'),
  aggregate: z
    .enum(['first', 'sum', 'join', 'all', 'concat'])
    .optional()
    .describe(
      'first (default): first present value; sum: add all values (money or int; several paths: a sum of fields); join: distinct texts joined by ","; all: a list; concat: every text in path order joined by "separator"',
    ),
  separator: z.string().max(16).optional().describe('concat: put between the texts ("" when omitted)'),
  negate: z.boolean().optional().describe('Change the sign of a number before its conversion (a refund sent as -5.00)'),
  multiply: z
    .number()
    .refine(Number.isFinite, 'a finite number')
    .optional()
    .describe('Multiply a number by this constant before its conversion, exactly (100, 0.01)'),
  divide: z
    .number()
    .positive()
    .optional()
    .describe(
      'Divide a number by this constant before its conversion; a result that is not an exact decimal is a problem',
    ),
  absentWhen: z
    .array(literal)
    .max(16)
    .optional()
    .describe('Values that mean "not set" on this channel, e.g. [0, "", "0001-01-01 00:00:00"]'),
  map: z
    .record(z.string().max(256), literal)
    .optional()
    .describe(
      'Lookup table applied to the raw value before conversion; "*" is the fallback; a value missing from the table is a problem',
    ),
  convert: z.enum(CONVERSION_NAMES).optional().describe('The standard conversion; text when omitted'),
  currencyFrom: path
    .optional()
    .describe("Money: the path of this amount's own currency code (must equal the order currency)"),
  divisor: z
    .union([path, z.number().positive()])
    .optional()
    .describe('money.scaled: the value is value ÷ divisor major units'),
  divideBy: z
    .union([path, z.number().int().positive()])
    .optional()
    .describe('Money: divide the amount exactly by this (a line total ÷ quantity)'),
  rounding: z
    .enum(['halfUp', 'halfEven', 'down'])
    .optional()
    .describe('Money: accept amounts finer than the currency allows by rounding this way (otherwise they are refused)'),
  prefix: z.string().max(64).optional().describe('Text put before a text result, e.g. "amazon:guest:"'),
  masked: z.boolean().optional().describe('Always treat this field as masked/encrypted'),
  note: note.optional(),
};

const fieldObject = z.strictObject(fieldCore).meta({ id: 'FieldDefault' });
/** A field: a path or a list of paths (shorthand for {"from": …}), or a full spec with an optional declared default. */
export const fieldSpecSchema = z
  .union([
    path,
    z.array(path).min(1).max(16),
    z.strictObject({
      ...fieldCore,
      default: z
        .union([literal, fieldObject])
        .optional()
        .describe('Used when the payload lacks the field; flagged in attributes.defaulted'),
    }),
  ])
  .meta({ id: 'Field' });

const condition = z
  .union([
    literal,
    z.array(literal).min(1).max(64),
    z.strictObject({ present: z.boolean() }),
    z.strictObject({ not: z.union([literal, z.array(literal).min(1).max(64)]) }),
    z
      .strictObject({ anyCase: z.union([z.string().max(1024), z.array(z.string().max(1024)).min(1).max(64)]) })
      .describe('Text equal to the value (or any of the list) in any letter case: "PAID" matches "paid"'),
    z
      .strictObject({
        gt: z.number().optional(),
        gte: z.number().optional(),
        lt: z.number().optional(),
        lte: z.number().optional(),
      })
      .refine((range) => Object.keys(range).length > 0, 'name at least one of gt, gte, lt, lte')
      .describe('A number (or digit text) within the bounds: {"gte": 3, "lt": 10}'),
  ])
  .meta({ id: 'Condition' })
  .describe(
    'A value, any of a list, {"present": true|false}, {"not": value or list}, {"anyCase": text or list} or {"gt"|"gte"|"lt"|"lte": number}; on a path with "*" it holds when any value matches ("not": when none does)',
  );
export const whenSchema = z
  .record(path, condition)
  .meta({ id: 'When' })
  .describe('All entries must hold; {} always holds');

const statusRule = z
  .strictObject({
    when: whenSchema,
    status: z.enum(ORDER_STATUSES),
    note: note.optional(),
  })
  .meta({ id: 'StatusRule' });

const lineFields = z
  .strictObject({
    id: fieldSpecSchema,
    sku: fieldSpecSchema,
    name: fieldSpecSchema.optional(),
    category: fieldSpecSchema.optional(),
    quantity: fieldSpecSchema.optional().describe('Omitted: every row is one unit (then set "groupBy")'),
    unitPrice: fieldSpecSchema,
    weightGrams: fieldSpecSchema.optional(),
  })
  .meta({ id: 'LineFields' });

const attributeKey = z
  .string()
  .regex(
    /^[A-Za-z][A-Za-z0-9_]{0,63}$/,
    'a letter, then letters, digits or _ (no dots: flows read attributes by dotted paths)',
  );

/** What happened to an order after it was placed, as channels report it (health/events.ts has the same types). */
export const FULFILMENT_EVENT_TYPES = [
  'shipped',
  'carrier-scan',
  'delivered',
  'delivery-attempt',
  'exception',
  'exception-resolved',
  'returned',
] as const;

const fulfilmentEvent = z
  .strictObject({
    type: z.enum(FULFILMENT_EVENT_TYPES),
    rows: z
      .union([path, z.array(path).min(1).max(8)])
      .optional()
      .describe(
        'One event per element of the first path that has any (fulfilments, parcels); omitted: the order record',
      ),
    when: whenSchema.optional().describe('Only the rows (or the order) where this holds give an event'),
    at: fieldSpecSchema.describe('When it happened (a time conversion); no value, no event'),
    shipmentId: fieldSpecSchema.optional().describe('The parcel or fulfilment id, to tell shipments apart'),
    note: note.optional(),
  })
  .meta({ id: 'FulfilmentEventRule' });

export const mappingSchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal(MAPPING_FORMAT),
  formatVersion: z.literal(MAPPING_FORMAT_VERSION),
  channel: channelSchema.describe('The canonical channel name, e.g. shopify, douyin, acme-shop'),
  title: z.string().min(1).max(128),
  description: z.string().max(4000).optional(),
  records: z
    .array(path)
    .min(1)
    .max(16)
    .describe(
      'Where orders are in a payload, tried in order: the first path that exists wins; a list gives one order per element',
    ),
  timeZone: z
    .string()
    .max(64)
    .optional()
    .describe('IANA zone or ±hh:mm: wall-clock times without offset are read in it and unix times shown in it'),
  timeZoneFrom: path
    .optional()
    .describe(
      'Path in each order record to its own IANA zone or ±hh:mm (a marketplace with shops in several zones); when the record has one it replaces timeZone for that order',
    ),
  related: z
    .record(
      z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'a name such as items or shippingAddresses'),
      z.strictObject({
        records: z.array(path).min(1).max(16),
        key: path.describe('Path in a related record that names its order'),
        matches: path.describe('Path in the order record it must equal'),
        note: note.optional(),
      }),
    )
    .optional()
    .describe('Other payloads that complete an order (Amazon getOrderItems); read with @name.path'),
  fields: z.strictObject({
    channelOrderId: fieldSpecSchema,
    createdAt: fieldSpecSchema,
    updatedAt: fieldSpecSchema.optional(),
    currency: fieldSpecSchema,
    channel: fieldSpecSchema.optional().describe('Overrides the channel per order (Taobao vs Tmall)'),
    kind: fieldSpecSchema.optional(),
    coupons: fieldSpecSchema.optional(),
    shippingFee: fieldSpecSchema.optional(),
    'payment.method': fieldSpecSchema.optional(),
    'payment.amount': fieldSpecSchema.optional(),
    'payment.paidAt': fieldSpecSchema.optional(),
    'shippingAddress.country': fieldSpecSchema,
    'shippingAddress.province': fieldSpecSchema.optional(),
    'shippingAddress.city': fieldSpecSchema.optional(),
    'shippingAddress.district': fieldSpecSchema.optional(),
    'shippingAddress.postalCode': fieldSpecSchema.optional(),
    'shippingAddress.remote': fieldSpecSchema.optional(),
  }),
  customer: z.strictObject({
    buyerId: fieldSpecSchema.optional().describe('The channel\'s buyer id; becomes "<namespace>:<id>"'),
    email: fieldSpecSchema.optional(),
    phone: fieldSpecSchema.optional(),
    namespace: z
      .string()
      .regex(/^[a-z][a-z0-9-]{0,31}$/)
      .optional()
      .describe('Prefix of buyer ids; defaults to the channel'),
    callingCode: z
      .string()
      .regex(/^[1-9]\d{0,3}$/)
      .optional()
      .describe('Country calling code for local phone numbers; else from the shipping country'),
    relayEmailDomains: z.array(z.string().max(128)).max(64).optional(),
    fallbackId: fieldSpecSchema
      .optional()
      .describe('customer.id when the payload names no buyer; flagged as defaulted'),
  }),
  status: z.strictObject({
    rules: z
      .array(statusRule)
      .min(1)
      .max(200)
      .describe('Checked in order; the first whose "when" holds gives the status'),
    otherwise: z
      .enum(ORDER_STATUSES)
      .optional()
      .describe('Status when no rule holds; without it that order is refused'),
    partiallyRefunded: z
      .array(whenSchema)
      .max(50)
      .optional()
      .describe('partiallyRefunded is true when any of these holds'),
  }),
  flags: z
    .record(attributeKey, z.array(whenSchema).min(1).max(50))
    .optional()
    .describe('Boolean attributes: true when any "when" holds'),
  lines: z.strictObject({
    from: z.union([path, z.array(path).min(1).max(8)]),
    skip: z
      .array(whenSchema)
      .max(20)
      .optional()
      .describe('Rows to leave out when any of these holds (bundle children whose price is on the parent)'),
    groupBy: path
      .optional()
      .describe('Rows with the same value here (and the same price) become one line: one row per unit → quantities'),
    fields: lineFields,
    whenMissing: z
      .strictObject({
        reason: z.string().min(1).max(500),
        fields: lineFields,
      })
      .optional()
      .describe(
        'One stand-in line built from order-level fields when the payload has no rows; its money must still come from the payload',
      ),
  }),
  attributes: z.record(attributeKey, fieldSpecSchema).optional(),
  fulfilment: z
    .strictObject({
      promise: z
        .strictObject({
          handoverBy: fieldSpecSchema.optional().describe('Hand the parcel to the carrier by (a time)'),
          deliverBy: fieldSpecSchema.optional().describe('Deliver by (a time)'),
        })
        .optional()
        .describe("The channel's promise, carried on every event of the order"),
      events: z.array(fulfilmentEvent).min(1).max(20),
    })
    .optional()
    .describe('Fulfilment events (shipped, carrier-scan, delivered…) read from the payload, for order health'),
  checks: z
    .strictObject({
      linesSubtotal: fieldSpecSchema
        .optional()
        .describe("The channel's own items total; a warning when the lines add up differently"),
    })
    .optional(),
});

/** A mapping document as written (input) and once validated. */
export type ChannelMappingInput = z.input<typeof mappingSchema>;
export type ChannelMapping = z.output<typeof mappingSchema>;
export type FieldSpec = z.output<typeof fieldSpecSchema>;
export type When = z.output<typeof whenSchema>;
export type LineFields = z.output<typeof lineFields>;
export type FulfilmentEventRule = z.output<typeof fulfilmentEvent>;

/** The JSON Schema of the mapping document, for Monaco and other editors. */
export function mappingJsonSchema(): Record<string, unknown> {
  return {
    ...(z.toJSONSchema(mappingSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>),
    title: 'OrderFlow channel mapping, format version 1',
  };
}
