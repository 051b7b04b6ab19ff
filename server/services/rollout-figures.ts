import {
  abReport,
  checkGuardrails,
  type MetricCheck,
  emptyTotals,
  mergeTotals,
  type ArmTotals,
} from '../../runtime/index';
import type { RolloutArm, RolloutArmSums, RolloutRow } from '../store/types';
import { parseSettings } from './rollout-settings';

/** The store's sums folded into one ArmTotals per arm. */
export function totalsByArm(sums: readonly RolloutArmSums[]): Record<RolloutArm, ArmTotals> {
  const arms: Record<RolloutArm, ArmTotals> = {
    candidate: emptyTotals(),
    baseline: emptyTotals(),
    live: emptyTotals(),
    shadow: emptyTotals(),
  };
  for (const s of sums) {
    const part: ArmTotals = {
      orders: s.orders,
      errors: s.errors,
      reviews: s.reviews,
      remote: s.remote,
      remoteServed: s.remoteServed,
      discount: s.currency === null ? {} : { [s.currency]: { n: s.orders, sum: s.discountSum, sumSq: s.discountSq } },
      cost: s.costCurrency === null ? {} : { [s.costCurrency]: { n: s.routed, sum: s.costSum, sumSq: s.costSq } },
    };
    mergeTotals(arms[s.arm], part);
  }
  return arms;
}

/** The two arms the guardrails compare: candidate vs baseline, or in shadow mode the candidate's shadow runs vs live. */
export function comparedArms(row: RolloutRow, arms: Record<RolloutArm, ArmTotals>) {
  return row.mode === 'shadow'
    ? { candidate: arms.shadow, baseline: arms.live }
    : { candidate: arms.candidate, baseline: arms.baseline };
}

export function stageFigures(row: RolloutRow, sums: readonly RolloutArmSums[]) {
  const settings = parseSettings(row.settingsJson);
  const arms = totalsByArm(sums);
  const { candidate, baseline } = comparedArms(row, arms);
  const checks = checkGuardrails(candidate, baseline, settings.guardrails);
  const capturedEffects = sums.filter((s) => s.arm === 'shadow').reduce((n, s) => n + s.capturedEffects, 0);
  return {
    candidate,
    baseline,
    checks,
    capturedEffects,
    ab: row.mode === 'ab' ? abReport(candidate, baseline, settings.metric, settings.guardrails.minSample) : null,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

/** One line a person can act on: which metric, both values, by how much, and the test's figures. */
export function breachReason(check: MetricCheck, stage: number): string {
  const rate = check.metric.endsWith('Rate');
  const show = (x: number) =>
    rate ? pct(x) : `${x.toFixed(1)} minor units${check.currency ? ` ${check.currency}` : ''}`;
  const by = rate ? `${(check.worseBy * 100).toFixed(2)} pp` : show(check.worseBy);
  const tolerance = rate ? `${(check.tolerance * 100).toFixed(2)} pp` : show(check.tolerance);
  return (
    `guardrail ${check.metric} breached in stage ${stage}: candidate ${show(check.candidate)} (n=${check.candidateN}) vs ` +
    `baseline ${show(check.baseline)} (n=${check.baselineN}), worse by ${by} > tolerance ${tolerance} ` +
    `(z=${check.z === null ? '-' : check.z.toFixed(2)}, p=${check.pValue === null ? '-' : check.pValue.toExponential(2)})`
  );
}
