import { abReport, checkGuardrails, emptyTotals, mergeTotals, type ArmTotals } from '../../runtime/index';
import type { RolloutArm, RolloutArmSums, RolloutRow } from '../store/types/index';
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
