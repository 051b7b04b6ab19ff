/** The server's rollout answers, checked with zod before the page reads them. */
import { z } from 'zod';

/** Why a rollout stopped, as a code and its data (the server's RolloutReason). */
export const rolloutReasonSchema = z.discriminatedUnion('code', [
  z.object({
    code: z.literal('guardrail-breach'),
    stage: z.number(),
    metric: z.string(),
    currency: z.string().optional(),
    candidate: z.number(),
    baseline: z.number(),
    candidateN: z.number(),
    baselineN: z.number(),
    worseBy: z.number(),
    tolerance: z.number(),
    z: z.number().nullable(),
    pValue: z.number().nullable(),
  }),
  z.object({ code: z.literal('rolled-back-by'), by: z.string(), note: z.string() }),
  z.object({ code: z.literal('completed-by'), by: z.string() }),
  z.object({ code: z.literal('text'), text: z.string() }),
]);
export type RolloutReason = z.infer<typeof rolloutReasonSchema>;

export const rolloutSchema = z.object({
  id: z.string(),
  flowId: z.string(),
  candidateVersion: z.number().int(),
  baseVersion: z.number().int(),
  mode: z.enum(['shadow', 'canary', 'ab']),
  state: z.enum(['running', 'paused', 'rolled-back', 'completed']),
  percent: z.number(),
  stageIndex: z.number().int(),
  plan: z.array(z.number()),
  metric: z.string(),
  reason: z.string().nullable(),
  /** The reason as a code and data (servers before it sent only the English line). */
  reasonDetail: rolloutReasonSchema.nullable().optional(),
  createdAt: z.string(),
});
export type Rollout = z.infer<typeof rolloutSchema>;

export const checkSchema = z.object({
  metric: z.string(),
  currency: z.string().optional(),
  candidate: z.number(),
  baseline: z.number(),
  candidateN: z.number(),
  baselineN: z.number(),
  worseBy: z.number(),
  z: z.number().nullable(),
  pValue: z.number().nullable(),
  breach: z.boolean(),
});
export type GuardrailCheck = z.infer<typeof checkSchema>;

const abSchema = z.object({
  metric: z.string(),
  difference: z.number(),
  interval: z.tuple([z.number(), z.number()]).nullable(),
  minSampleReached: z.boolean(),
});

export const detailSchema = rolloutSchema.extend({
  stage: z.object({ checks: z.array(checkSchema), ab: abSchema.nullable() }),
  capturedEffects: z.number().int(),
  differingOrders: z.number().int(),
});
export type RolloutDetail = z.infer<typeof detailSchema>;

export const listSchema = z.object({ rollouts: z.array(rolloutSchema) });

export const differencesSchema = z.object({
  total: z.number().int(),
  differences: z.array(
    z.object({
      orderId: z.string(),
      liveRunId: z.string(),
      diffs: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
    }),
  ),
});

/** "5, 25, 50, 100" → [5, 25, 50, 100], or null when it is not a rising list of percentages. */
export function parsePlan(text: string): number[] | null {
  const parts = text
    .split(/[,，\s]+/)
    .filter(Boolean)
    .map(Number);
  if (parts.length === 0 || parts.some((p) => !(p > 0 && p <= 100))) return null;
  return parts.every((p, i) => i === 0 || p > parts[i - 1]!) ? parts : null;
}

/** Rates as percentages, money (minor units) as is: how a guardrail value is shown. */
export function formatMetric(metric: string, value: number): string {
  return metric.endsWith('Rate') ? `${(value * 100).toFixed(2)}%` : (value / 100).toFixed(2);
}
