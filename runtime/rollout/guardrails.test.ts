import { describe, expect, it } from 'vitest';
import { abReport, checkGuardrails, DEFAULT_GUARDRAILS, type GuardrailMetric } from './guardrails';
import { normalCdf, normalQuantile } from './normal';
import type { Observation } from './observation';
import { addObservation, emptyTotals, type ArmTotals } from './stats';

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Behaviour {
  readonly review: number;
  readonly error: number;
}
const LIVE: Behaviour = { review: 0.1, error: 0.01 };

/** One order's guardrail facts as a flow with this behaviour produces them (the shop's mix: CNY, 8% remote). */
function draw(random: () => number, b: Behaviour): Observation {
  const error = random() < b.error;
  const review = !error && random() < b.review;
  const routed = !error && random() < 0.95;
  const remote = random() < 0.08;
  return {
    error,
    review,
    currency: 'CNY',
    discount: random() < 0.3 ? 500 + Math.floor(random() * 2500) : 0,
    routed,
    costCurrency: routed ? 'CNY' : null,
    cost: routed ? 800 + Math.floor(random() * 700) : 0,
    remote,
    remoteServed: remote && routed && !review && random() < 0.92,
  };
}

const CHECK_EVERY = 500; // orders per arm between two looks
const CHECKS = 10;

/** Runs a rollout's checks; the look (1-based) at which a guardrail breached, or null. */
function firstBreach(seed: number, candidate: Behaviour): { look: number; metric: GuardrailMetric } | null {
  const random = seeded(seed);
  const c = emptyTotals();
  const b = emptyTotals();
  for (let look = 1; look <= CHECKS; look++) {
    for (let i = 0; i < CHECK_EVERY; i++) {
      addObservation(c, draw(random, candidate));
      addObservation(b, draw(random, LIVE));
    }
    const breach = checkGuardrails(c, b).find((check) => check.breach);
    if (breach) return { look, metric: breach.metric };
  }
  return null;
}

describe('guardrails', () => {
  it('roll back an identical candidate in 0 of 100 seeded runs of 10 looks each', () => {
    const rolledBack = Array.from({ length: 100 }, (_, seed) => firstBreach(seed, LIVE)).filter((r) => r !== null);
    expect(rolledBack).toEqual([]);
  });

  it('roll back a +5 pp review-rate regression within the 10 configured looks in every one of 100 seeded runs', () => {
    const looks = Array.from({ length: 100 }, (_, seed) => firstBreach(1000 + seed, { ...LIVE, review: 0.15 }));
    expect(looks.every((r) => r !== null && r.metric === 'reviewRate')).toBe(true);
    const at = looks.map((r) => r!.look);
    console.log(
      `+5 pp review regression: rolled back at look ${Math.min(...at)}..${Math.max(...at)} (mean ${(at.reduce((s, x) => s + x, 0) / at.length).toFixed(1)}) of ${CHECKS}, ${CHECK_EVERY} orders per arm per look`,
    );
  });

  it('judge nothing before the minimum sample, however bad the candidate looks', () => {
    const c = emptyTotals();
    const b = emptyTotals();
    const random = seeded(7);
    for (let i = 0; i < DEFAULT_GUARDRAILS.minSample - 1; i++) {
      addObservation(c, { ...draw(random, LIVE), error: true });
      addObservation(b, draw(random, LIVE));
    }
    const checks = checkGuardrails(c, b);
    expect(checks.find((x) => x.metric === 'errorRate')).toMatchObject({ breach: false, z: null, candidate: 1 });
  });

  it('compare money per currency and flag a candidate that gives 20% more discount per order', () => {
    const random = seeded(11);
    const c = emptyTotals();
    const b = emptyTotals();
    for (let i = 0; i < 8000; i++) {
      const o = draw(random, LIVE);
      addObservation(c, { ...o, discount: Math.round(o.discount * 1.2) });
      addObservation(b, draw(random, LIVE));
    }
    const discount = checkGuardrails(c, b).find((x) => x.metric === 'discountPerOrder')!;
    expect(discount).toMatchObject({ currency: 'CNY', breach: true });
    expect(discount.candidate / discount.baseline).toBeGreaterThan(1.1);
  });

  it('remote service: a candidate that serves fewer remote orders breaches; the direction is "lower is worse"', () => {
    const random = seeded(5);
    const c = emptyTotals();
    const b = emptyTotals();
    for (let i = 0; i < 12_000; i++) {
      const o = draw(random, LIVE);
      addObservation(c, { ...o, remoteServed: o.remoteServed && random() < 0.7 });
      addObservation(b, draw(random, LIVE));
    }
    expect(checkGuardrails(c, b).find((x) => x.metric === 'remoteServiceRate')).toMatchObject({ breach: true });
  });
});

describe('A/B report', () => {
  /** Sums for a proportion metric with given hits. */
  function arm(orders: number, reviews: number): ArmTotals {
    return { ...emptyTotals(), orders, reviews };
  }

  it('reports the difference with a 95% interval equal to a hand computation', () => {
    const report = abReport(arm(2000, 300), arm(2000, 200), 'reviewRate', 500);
    // By hand: 0.15 − 0.10 = 0.05; SE = √(0.15·0.85/2000 + 0.10·0.90/2000) = 0.010428; 1.95996·SE = 0.020439.
    expect(report.difference).toBeCloseTo(0.05, 10);
    expect(report.interval![0]).toBeCloseTo(0.029561, 5);
    expect(report.interval![1]).toBeCloseTo(0.070439, 5);
    expect(report.significant).toBe(true);
  });

  it('gives no interval below the minimum sample', () => {
    const report = abReport(arm(100, 30), arm(100, 10), 'reviewRate', 500);
    expect([report.interval, report.minSampleReached, report.significant]).toEqual([null, false, false]);
  });
});

describe('the normal distribution', () => {
  it('quantile and cdf invert each other and match the table values', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.999)).toBeCloseTo(3.090232, 5);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    for (const p of [0.001, 0.02, 0.3, 0.5, 0.8, 0.99]) expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 6);
  });
});
