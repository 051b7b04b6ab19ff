/**
 * Why a rollout stopped, as a code and its data (stored as JSON in rollouts.reason), so the editor can say it in
 * each of its languages; `reasonInEnglish` is the line the API has always answered with.
 */
import { z } from 'zod';
import { GUARDRAIL_METRICS, type MetricCheck } from '../../runtime/index';

const breachSchema = z.object({
  code: z.literal('guardrail-breach'),
  /** 1-based. */
  stage: z.number().int(),
  metric: z.enum(GUARDRAIL_METRICS),
  currency: z.string().optional().describe('Money metrics: the currency compared; values in its minor units'),
  candidate: z.number(),
  baseline: z.number(),
  candidateN: z.number().int(),
  baselineN: z.number().int(),
  worseBy: z.number().describe('Rates as shares (0.01 = 1 pp), money in minor units'),
  tolerance: z.number(),
  z: z.number().nullable(),
  pValue: z.number().nullable(),
});

export const rolloutReasonSchema = z
  .discriminatedUnion('code', [
    breachSchema,
    z.object({ code: z.literal('rolled-back-by'), by: z.string(), note: z.string() }),
    z.object({ code: z.literal('completed-by'), by: z.string() }),
    /** A reason stored before reasons had codes. */
    z.object({ code: z.literal('text'), text: z.string() }),
  ])
  .meta({ id: 'RolloutReason' });
export type RolloutReason = z.infer<typeof rolloutReasonSchema>;

export const breachOf = (check: MetricCheck, stage: number): RolloutReason => ({
  code: 'guardrail-breach',
  stage,
  metric: check.metric,
  ...(check.currency ? { currency: check.currency } : {}),
  candidate: check.candidate,
  baseline: check.baseline,
  candidateN: check.candidateN,
  baselineN: check.baselineN,
  worseBy: check.worseBy,
  tolerance: check.tolerance,
  z: check.z,
  pValue: check.pValue,
});

export const storedReason = (reason: RolloutReason): string => JSON.stringify(reason);

/** The stored column back as a reason; text that is not a coded reason (older rows) is kept as text. */
export function readReason(stored: string | null): RolloutReason | null {
  if (stored === null) return null;
  try {
    const parsed = rolloutReasonSchema.safeParse(JSON.parse(stored));
    if (parsed.success) return parsed.data;
  } catch {
    // not JSON: an older plain-text reason
  }
  return { code: 'text', text: stored };
}

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

/** One English line a person can act on: which metric, both values, by how much, and the test's figures. */
export function reasonInEnglish(reason: RolloutReason): string {
  switch (reason.code) {
    case 'rolled-back-by':
      return `rolled back by ${reason.by}: ${reason.note}`.trim();
    case 'completed-by':
      return `completed by ${reason.by}`;
    case 'text':
      return reason.text;
    case 'guardrail-breach': {
      const rate = reason.metric.endsWith('Rate');
      const show = (x: number) =>
        rate ? pct(x) : `${x.toFixed(1)} minor units${reason.currency ? ` ${reason.currency}` : ''}`;
      const by = rate ? `${(reason.worseBy * 100).toFixed(2)} pp` : show(reason.worseBy);
      const tolerance = rate ? `${(reason.tolerance * 100).toFixed(2)} pp` : show(reason.tolerance);
      return (
        `guardrail ${reason.metric} breached in stage ${reason.stage}: candidate ${show(reason.candidate)} ` +
        `(n=${reason.candidateN}) vs baseline ${show(reason.baseline)} (n=${reason.baselineN}), worse by ${by} > ` +
        `tolerance ${tolerance} (z=${reason.z === null ? '-' : reason.z.toFixed(2)}, ` +
        `p=${reason.pValue === null ? '-' : reason.pValue.toExponential(2)})`
      );
    }
  }
}
