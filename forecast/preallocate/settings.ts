import { z } from 'zod';
import { moneySchema } from '../../runtime/index';

/** A way to move stock between two warehouses: how long it takes and what it costs. */
export const laneSchema = z.strictObject({
  from: z.string().min(1),
  to: z.string().min(1),
  leadDays: z.number().int().min(0).max(90),
  /** Cost of one move, whatever its size (minor units). */
  fixedCost: moneySchema,
  /** Added per unit moved (minor units). */
  perUnitCost: moneySchema,
});

/** Pre-allocation settings (`--settings file.json`); every field has a default. */
export const preallocationSettingsSchema = z.strictObject({
  /** Days of demand a forward warehouse should cover (the forecast horizon). */
  horizonDays: z.number().int().min(1).max(60).default(14),
  /** Chance that a warehouse's stock covers its region's demand over the horizon (target = this quantile). */
  serviceLevel: z.number().min(0.5).max(0.995).default(0.9),
  /** Lanes between warehouses; a pair without one moves by the cheapest carrier serving the country (see lanes.ts). */
  lanes: z.array(laneSchema).default([]),
  /** Moves smaller than this are not worth a truck. */
  minUnits: z.number().int().min(1).default(1),
});

export type Lane = z.output<typeof laneSchema>;
export type PreallocationSettings = z.output<typeof preallocationSettingsSchema>;
