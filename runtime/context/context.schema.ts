import { z } from 'zod';
import { moneySchema } from '../money/money';
import { isoTimestampSchema } from '../order/order.schema';

const idSchema = z.string().min(1).max(64);

export const warehouseSchema = z.strictObject({
  id: idSchema,
  name: z.string().max(128),
  country: z.string().regex(/^[A-Z]{2}$/),
  province: z.string().max(64).default(''),
  city: z.string().max(64).default(''),
  /** Channels this warehouse serves exclusively (e.g. Amazon FBA serves only amazon); empty = all. */
  channels: z.array(z.string()).default([]),
  /** Customer tiers given priority here (e.g. a premium hub for VIPs). */
  priorityTiers: z.array(z.string()).default([]),
  /** Cost of picking and packing one shipment. */
  handlingCost: moneySchema,
  /** Units on hand per SKU. */
  stock: z.record(z.string(), z.number().int().min(0)).default({}),
});

export const carrierSchema = z.strictObject({
  id: idSchema,
  name: z.string().max(128),
  /** Countries served (ISO alpha-2). */
  countries: z.array(z.string().regex(/^[A-Z]{2}$/)).min(1),
  /** Provinces/states not served even though the country is. */
  excludedProvinces: z.array(z.string()).default([]),
  servesRemote: z.boolean().default(true),
  baseCost: moneySchema,
  /** Added per extra unit beyond the first. */
  perItemCost: moneySchema,
  remoteSurcharge: moneySchema,
  sameProvinceDays: z.number().int().min(0).max(60),
  domesticDays: z.number().int().min(0).max(60),
  remoteExtraDays: z.number().int().min(0).max(60).default(2),
});

/** Per-customer history the world knows (not in the order itself): gifts already received, etc. */
export const customerHistorySchema = z.strictObject({
  giftsReceived: z.record(z.string(), z.number().int().min(0)).default({}),
});

export const TABLE_VALUE_TYPES = ['number', 'string', 'boolean'] as const;
export type TableValueType = (typeof TABLE_VALUE_TYPES)[number];

/**
 * A named lookup table staff maintain (return rate by province, category by SKU): a declared value
 * type and its rows, key → value. Conditions read `tables.<name>.<key>` from the facts.
 */
export const lookupTableSchema = z
  .strictObject({
    description: z.string().max(500).default(''),
    /** What the key is, for people and the editor ("shippingAddress.province"). */
    keyField: z.string().max(128).default(''),
    value: z.enum(TABLE_VALUE_TYPES),
    rows: z.record(z.string().min(1).max(128), z.union([z.number(), z.string(), z.boolean()])),
  })
  .superRefine((table, issues) => {
    for (const [key, value] of Object.entries(table.rows))
      if (typeof value !== table.value)
        issues.addIssue({
          code: 'custom',
          path: ['rows', key],
          message: `expected a ${table.value} (the table's declared value type), got ${JSON.stringify(value)}`,
        });
  });

/** Table names are plain identifiers so `tables.<name>.<key>` reads them unambiguously. */
const tableNameSchema = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, 'a table name is letters, digits and _');

/** What the world knows when a flow runs: injected, so runs are pure and reproducible. */
export const runContextSchema = z.strictObject({
  now: isoTimestampSchema,
  warehouses: z.array(warehouseSchema).default([]),
  carriers: z.array(carrierSchema).default([]),
  customers: z.record(z.string(), customerHistorySchema).default({}),
  /** Cost to the merchant of each gift SKU, for promotion cost reports. */
  giftCosts: z.record(z.string(), moneySchema).default({}),
  /** Named lookup tables conditions and decision tables read (see lookupTableSchema). */
  tables: z.record(tableNameSchema, lookupTableSchema).default({}),
});

export type Warehouse = z.output<typeof warehouseSchema>;
export type Carrier = z.output<typeof carrierSchema>;
export type RunContext = z.output<typeof runContextSchema>;
export type RunContextInput = z.input<typeof runContextSchema>;
export type LookupTable = z.output<typeof lookupTableSchema>;

/** A context with no warehouses or carriers, at a fixed instant: for tests and quick runs. */
export function emptyContext(now = '2026-01-01T00:00:00+08:00'): RunContext {
  return { now, warehouses: [], carriers: [], customers: {}, giftCosts: {}, tables: {} };
}
