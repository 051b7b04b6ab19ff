import { normalCdf, normalQuantile } from './normal';
import type { ArmTotals, MoneySums } from './stats';

/**
 * Guardrails: the candidate arm against the baseline arm of equal size. A metric breaches only when the
 * candidate is worse by more than its tolerance with statistical confidence — a one-sided z-test of
 * "worse by at most the tolerance" at level `alpha` — and both arms have the minimum sample. Raw means
 * would roll back healthy candidates on noise; this rolls back an identical candidate with probability
 * far below alpha per look, and a real regression as soon as the sample shows it.
 */

export const GUARDRAIL_METRICS = [
  'errorRate',
  'reviewRate',
  'discountPerOrder',
  'routingCostPerOrder',
  'remoteServiceRate',
] as const;
export type GuardrailMetric = (typeof GUARDRAIL_METRICS)[number];

export interface GuardrailConfig {
  /** One-sided significance level of each look at each metric. */
  readonly alpha: number;
  /** Orders each arm needs (for money and remote metrics: orders that have the measure) before a metric is judged. */
  readonly minSample: number;
  /** Worse by more than this is a breach: rates in absolute shares (0.01 = 1 pp), money relative to the baseline mean. */
  readonly tolerance: Readonly<Record<GuardrailMetric, number>>;
}

export const DEFAULT_GUARDRAILS: GuardrailConfig = {
  alpha: 0.001,
  minSample: 400,
  tolerance: {
    errorRate: 0.005,
    reviewRate: 0.01,
    discountPerOrder: 0.05,
    routingCostPerOrder: 0.05,
    remoteServiceRate: 0.02,
  },
};

export interface MetricCheck {
  readonly metric: GuardrailMetric;
  /** For money metrics: the currency compared. */
  readonly currency?: string;
  readonly candidate: number;
  readonly baseline: number;
  readonly candidateN: number;
  readonly baselineN: number;
  /** How much worse the candidate is (positive = worse), in the metric's unit. */
  readonly worseBy: number;
  readonly tolerance: number;
  /** null until both arms have the minimum sample. */
  readonly z: number | null;
  readonly pValue: number | null;
  readonly breach: boolean;
}

interface Measure {
  readonly candidate: number;
  readonly baseline: number;
  readonly candidateN: number;
  readonly baselineN: number;
  readonly se: number;
}

function proportion(hitsC: number, nC: number, hitsB: number, nB: number): Measure {
  const c = nC === 0 ? 0 : hitsC / nC;
  const b = nB === 0 ? 0 : hitsB / nB;
  const se = nC === 0 || nB === 0 ? NaN : Math.sqrt((c * (1 - c)) / nC + (b * (1 - b)) / nB);
  return { candidate: c, baseline: b, candidateN: nC, baselineN: nB, se };
}

function variance(s: MoneySums): number {
  if (s.n < 2) return 0;
  return Math.max(0, (s.sumSq - (s.sum * s.sum) / s.n) / (s.n - 1));
}

function mean(c: MoneySums | undefined, b: MoneySums | undefined): Measure {
  const zero = { n: 0, sum: 0, sumSq: 0 };
  const x = c ?? zero;
  const y = b ?? zero;
  const mc = x.n === 0 ? 0 : x.sum / x.n;
  const mb = y.n === 0 ? 0 : y.sum / y.n;
  const se = x.n === 0 || y.n === 0 ? NaN : Math.sqrt(variance(x) / x.n + variance(y) / y.n);
  return { candidate: mc, baseline: mb, candidateN: x.n, baselineN: y.n, se };
}

function judge(
  metric: GuardrailMetric,
  m: Measure,
  higherIsWorse: boolean,
  tolerance: number,
  config: GuardrailConfig,
  currency?: string,
): MetricCheck {
  const worseBy = higherIsWorse ? m.candidate - m.baseline : m.baseline - m.candidate;
  const enough = m.candidateN >= config.minSample && m.baselineN >= config.minSample;
  let z: number | null = null;
  if (enough) {
    const excess = worseBy - tolerance;
    // Both arms constant: the difference is exact, no test needed.
    z = m.se > 0 ? excess / m.se : excess > 0 ? Infinity : excess < 0 ? -Infinity : 0;
  }
  const pValue = z === null ? null : 1 - normalCdf(z);
  const breach = z !== null && z > normalQuantile(1 - config.alpha);
  return {
    metric,
    ...(currency === undefined ? {} : { currency }),
    candidate: m.candidate,
    baseline: m.baseline,
    candidateN: m.candidateN,
    baselineN: m.baselineN,
    worseBy,
    tolerance,
    z,
    pValue,
    breach,
  };
}

/** Every guardrail metric of the candidate against the baseline (money metrics once per currency). */
export function checkGuardrails(
  candidate: ArmTotals,
  baseline: ArmTotals,
  config: GuardrailConfig = DEFAULT_GUARDRAILS,
): MetricCheck[] {
  const t = config.tolerance;
  const checks: MetricCheck[] = [
    judge(
      'errorRate',
      proportion(candidate.errors, candidate.orders, baseline.errors, baseline.orders),
      true,
      t.errorRate,
      config,
    ),
    judge(
      'reviewRate',
      proportion(candidate.reviews, candidate.orders, baseline.reviews, baseline.orders),
      true,
      t.reviewRate,
      config,
    ),
  ];
  const currencies = (key: 'discount' | 'cost') =>
    [...new Set([...Object.keys(candidate[key]), ...Object.keys(baseline[key])])].sort();
  for (const currency of currencies('discount')) {
    const m = mean(candidate.discount[currency], baseline.discount[currency]);
    checks.push(judge('discountPerOrder', m, true, t.discountPerOrder * Math.abs(m.baseline), config, currency));
  }
  for (const currency of currencies('cost')) {
    const m = mean(candidate.cost[currency], baseline.cost[currency]);
    checks.push(judge('routingCostPerOrder', m, true, t.routingCostPerOrder * Math.abs(m.baseline), config, currency));
  }
  const remote = proportion(candidate.remoteServed, candidate.remote, baseline.remoteServed, baseline.remote);
  checks.push(judge('remoteServiceRate', remote, false, t.remoteServiceRate, config));
  return checks;
}

/** A/B: the stated metric's difference (candidate − baseline) with a two-sided confidence interval. */
export interface AbReport {
  readonly metric: GuardrailMetric;
  readonly currency?: string;
  readonly candidate: number;
  readonly baseline: number;
  readonly candidateN: number;
  readonly baselineN: number;
  readonly difference: number;
  readonly confidence: number;
  /** null until both arms have the minimum sample. */
  readonly interval: readonly [number, number] | null;
  readonly minSampleReached: boolean;
  /** The interval excludes 0. */
  readonly significant: boolean;
}

export function abReport(
  candidate: ArmTotals,
  baseline: ArmTotals,
  metric: GuardrailMetric,
  minSample: number,
  confidence = 0.95,
  currency?: string,
): AbReport {
  const pick = (key: 'discount' | 'cost') => {
    const cur = currency ?? Object.keys(baseline[key]).sort()[0] ?? Object.keys(candidate[key]).sort()[0] ?? '';
    return { cur, m: mean(candidate[key][cur], baseline[key][cur]) };
  };
  let m: Measure;
  let cur: string | undefined;
  if (metric === 'errorRate') m = proportion(candidate.errors, candidate.orders, baseline.errors, baseline.orders);
  else if (metric === 'reviewRate')
    m = proportion(candidate.reviews, candidate.orders, baseline.reviews, baseline.orders);
  else if (metric === 'remoteServiceRate')
    m = proportion(candidate.remoteServed, candidate.remote, baseline.remoteServed, baseline.remote);
  else ({ cur, m } = pick(metric === 'discountPerOrder' ? 'discount' : 'cost'));
  const difference = m.candidate - m.baseline;
  const minSampleReached = m.candidateN >= minSample && m.baselineN >= minSample;
  const half = normalQuantile(1 - (1 - confidence) / 2) * (Number.isNaN(m.se) ? 0 : m.se);
  const interval = minSampleReached ? ([difference - half, difference + half] as const) : null;
  return {
    metric,
    ...(cur === undefined ? {} : { currency: cur }),
    candidate: m.candidate,
    baseline: m.baseline,
    candidateN: m.candidateN,
    baselineN: m.baselineN,
    difference,
    confidence,
    interval,
    minSampleReached,
    significant: interval !== null && (interval[0] > 0 || interval[1] < 0),
  };
}
