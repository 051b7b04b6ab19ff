import { z } from 'zod';

const field = z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/, 'a record field name');
const text = z.strictObject({ en: z.string().min(1), zh: z.string().min(1) });

/**
 * One test on a record. Time fields are ISO strings: `<`/`<=` compare instants; `day<=` compares calendar days
 * (the date the timestamp was written in). A missing (null) field fails every comparison.
 */
export const conditionSchema = z.union([
  z.strictObject({ field, is: z.enum(['present', 'absent', 'true', 'false']) }),
  z.strictObject({
    field,
    op: z.enum(['<', '<=', '>', '>=', '=', '!=', 'day<=', 'day>']),
    than: field.optional(),
    value: z.union([z.number(), z.string(), z.boolean()]).optional(),
  }),
]);
export type Condition = z.infer<typeof conditionSchema>;

const conditions = z.array(conditionSchema);

/** What a KPI measures, as data: a share, quantiles of a duration, or a mean. */
export const measureSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('rate'), numerator: conditions, denominator: conditions }),
  z.strictObject({
    kind: z.literal('quantiles'),
    field,
    quantiles: z.array(z.number().min(0).max(1)).min(1),
    unit: z.string().min(1),
    filter: conditions,
  }),
  z.strictObject({ kind: z.literal('mean'), field, filter: conditions }),
]);

/**
 * A KPI as data, so a channel's own formula is a JSON file, not code. `grain` picks the record kind;
 * `window` the time field that places a record in a period; `groupBy` splits the figure (e.g. by province).
 */
export const kpiDefinitionSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'lower-case letters, digits and dashes'),
  name: text,
  definition: text,
  grain: z.enum(['order', 'shipment', 'exception']),
  measure: measureSchema,
  window: z.strictObject({ field }),
  groupBy: field.optional(),
});
export type KpiDefinition = z.infer<typeof kpiDefinitionSchema>;

export const kpiDefinitionsSchema = z.array(kpiDefinitionSchema);
