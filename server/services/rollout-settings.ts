import { z } from 'zod';
import { DEFAULT_GUARDRAILS, GUARDRAIL_METRICS } from '../../runtime/index';

const percent = z.number().gt(0).max(100);
const tolerance = z
  .strictObject(Object.fromEntries(GUARDRAIL_METRICS.map((m) => [m, z.number().min(0).max(1).optional()])))
  .describe('Worse by more than this breaches: rates as shares (0.01 = 1 pp), money relative to the baseline mean');

/** What a publisher states when starting a rollout; every field but the mode has a default. */
export const startRolloutSchema = z
  .strictObject({
    mode: z.enum(['shadow', 'canary', 'ab']),
    candidateVersion: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe(
        "A published version; absent: the flow's draft, checked like a publish and stored as a version that is not live",
      ),
    plan: z
      .array(percent)
      .min(1)
      .max(20)
      .optional()
      .describe('canary: the ramp in percent of customers, ascending (default 5, 25, 50, 100)'),
    percent: percent
      .max(50)
      .optional()
      .describe('ab: the candidate arm (the baseline arm has the same size); default 50'),
    stageMinutes: z
      .number()
      .int()
      .min(1)
      .max(60 * 24 * 30)
      .nullable()
      .optional()
      .describe('canary: advance a stage after this long, when its guardrails judged the stage healthy; null: by hand'),
    metric: z.enum(GUARDRAIL_METRICS).optional().describe('ab: the metric the test is about (default reviewRate)'),
    minSample: z.number().int().min(10).max(10_000_000).optional().describe('Orders per arm before anything is judged'),
    alpha: z.number().gt(0).max(0.1).optional().describe('One-sided level of each guardrail look (default 0.001)'),
    tolerance: tolerance.optional(),
    checkEveryOrders: z
      .number()
      .int()
      .min(1)
      .max(1_000_000)
      .optional()
      .describe('Candidate orders between two guardrail looks (default 200)'),
    note: z.string().trim().min(1).max(2000).describe('Why this rollout (required)'),
  })
  .superRefine((input, ctx) => {
    const plan = input.plan ?? [];
    plan.forEach((p, i) => {
      if (i > 0 && p <= plan[i - 1]!)
        ctx.addIssue({ code: 'custom', path: ['plan', i], message: `the ramp must rise: ${p} follows ${plan[i - 1]}` });
    });
    if (input.mode !== 'canary' && input.plan)
      ctx.addIssue({ code: 'custom', path: ['plan'], message: 'a ramp belongs to canary rollouts' });
    if (input.mode !== 'ab' && (input.percent !== undefined || input.metric !== undefined))
      ctx.addIssue({ code: 'custom', path: ['percent'], message: 'percent and metric belong to A/B rollouts' });
  });
export type StartRolloutInput = z.output<typeof startRolloutSchema>;

/** Stored with the rollout (settings_json). */
export interface RolloutSettings {
  readonly plan: readonly number[];
  readonly stageMinutes: number | null;
  readonly metric: (typeof GUARDRAIL_METRICS)[number];
  readonly checkEveryOrders: number;
  readonly guardrails: {
    readonly alpha: number;
    readonly minSample: number;
    readonly tolerance: Record<(typeof GUARDRAIL_METRICS)[number], number>;
  };
  readonly note: string;
}

export function settingsOf(input: StartRolloutInput): RolloutSettings {
  const plan =
    input.mode === 'canary' ? (input.plan ?? [5, 25, 50, 100]) : input.mode === 'ab' ? [input.percent ?? 50] : [0];
  return {
    plan,
    stageMinutes: input.mode === 'canary' ? (input.stageMinutes ?? null) : null,
    metric: input.metric ?? 'reviewRate',
    checkEveryOrders: input.checkEveryOrders ?? 200,
    guardrails: {
      alpha: input.alpha ?? DEFAULT_GUARDRAILS.alpha,
      minSample: input.minSample ?? DEFAULT_GUARDRAILS.minSample,
      tolerance: { ...DEFAULT_GUARDRAILS.tolerance, ...stripUndefined(input.tolerance ?? {}) },
    },
    note: input.note,
  };
}

function stripUndefined(values: Record<string, number | undefined>): Record<string, number> {
  return Object.fromEntries(Object.entries(values).filter((e): e is [string, number] => e[1] !== undefined));
}

export const parseSettings = (json: string): RolloutSettings => JSON.parse(json) as RolloutSettings;
