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

/** What the world knows when a flow runs: injected, so runs are pure and reproducible. */
export const runContextSchema = z.strictObject({
  now: isoTimestampSchema,
  warehouses: z.array(warehouseSchema).default([]),
  carriers: z.array(carrierSchema).default([]),
  customers: z.record(z.string(), customerHistorySchema).default({}),
  /** Cost to the merchant of each gift SKU, for promotion cost reports. */
  giftCosts: z.record(z.string(), moneySchema).default({}),
});

export type Warehouse = z.output<typeof warehouseSchema>;
export type Carrier = z.output<typeof carrierSchema>;
export type RunContext = z.output<typeof runContextSchema>;
export type RunContextInput = z.input<typeof runContextSchema>;

/** A context with no warehouses or carriers, at a fixed instant: for tests and quick runs. */
export function emptyContext(now = '2026-01-01T00:00:00+08:00'): RunContext {
  return { now, warehouses: [], carriers: [], customers: {}, giftCosts: {} };
}
