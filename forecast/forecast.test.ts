import { describe, expect, it } from 'vitest';
import { forecastAll } from './forecast';
import { defaultSettings, withIntervals } from './forecast-series';
import { innerOrigins } from './select';
import type { Series } from './series/series';
import { weeklySeries } from './testing/synthetic';

const settings = defaultSettings(1, 14);
const a = weeklySeries('A|East', { sku: 'A', region: 'East', category: 'tea' }, 300, 1, 8);
const b = weeklySeries('B|East', { sku: 'B', region: 'East', category: 'tea' }, 300, 2, 3, 0.6);
const c = weeklySeries('A|West', { sku: 'A', region: 'West', category: 'tea' }, 300, 3, 5);

describe('forecastAll', () => {
  const levels = forecastAll([a, b, c], ['sku', 'region'], settings);
  const level = (name: string) => levels.find((l) => l.level === name)!.forecasts;

  it('forecasts every series 14 days ahead with 80% inside 95% intervals around the point', () => {
    for (const f of level('bottom')) {
      expect(f.point).toHaveLength(14);
      f.point.forEach((p, i) => {
        expect(f.lo95[i]!).toBeLessThanOrEqual(f.lo80[i]! + 1e-9);
        expect(f.lo80[i]!).toBeLessThanOrEqual(p + 1e-9);
        expect(f.hi80[i]!).toBeGreaterThanOrEqual(p - 1e-9);
        expect(f.hi95[i]!).toBeGreaterThanOrEqual(f.hi80[i]! - 1e-9);
      });
      expect(f.why).toMatch(/^(smooth|erratic|intermittent|lumpy) demand \(ADI /);
    }
  });

  it('picks level methods for sparse demand (Croston family, SES, moving average), not a trend method', () => {
    const sparse = level('bottom').find((f) => f.key === 'B|East')!;
    expect(['intermittent', 'lumpy']).toContain(sparse.classification!.demandClass);
    // The global model has no trend term either: its features are recent levels, TSB's rate, the cycle and idle days.
    const levelMethods = ['sba', 'tsb', 'croston', 'ses', 'seasonal-ses', 'moving-average', 'global'];
    expect(sparse.methods!.every((m) => levelMethods.includes(m))).toBe(true);
  });

  it('weights the candidates (summing to 1, heaviest first) and says so in the reason', () => {
    for (const f of level('bottom')) {
      expect(f.weights!.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      expect([...f.weights!].sort((x, y) => y - x)).toEqual(f.weights);
      expect(f.method).toBe(f.methods![0]);
      expect(f.why).toMatch(/weights ∝ 1\/MSE² over \d+ weekly origins inside the history \(MSE: /);
    }
  });

  it('adds up: each upper level is the sum of the bottom forecasts', () => {
    const bottom = level('bottom');
    const total = level('total')[0]!;
    total.point.forEach((p, i) =>
      expect(p).toBeCloseTo(
        bottom.reduce((s, f) => s + f.point[i]!, 0),
        9,
      ),
    );
    const skuA = level('sku').find((f) => f.key === 'A')!;
    skuA.point.forEach((p, i) =>
      expect(p).toBeCloseTo(
        bottom.filter((f) => f.labels.sku === 'A').reduce((s, f) => s + f.point[i]!, 0),
        9,
      ),
    );
    expect(level('region').map((f) => f.key)).toEqual(['East', 'West']);
    expect(total.history).toHaveLength(300);
    expect(total.history[0]).toBe(a.values[0]! + b.values[0]! + c.values[0]!);
  });

  it('gives a new SKU the mean profile of its category in its region, and says so', () => {
    const fresh: Series = {
      key: 'N|East',
      labels: { sku: 'N', region: 'East', category: 'tea' },
      start: a.start + 295,
      step: 1,
      values: [1, 0, 2, 1, 0],
      promo: [false, false, false, false, false],
    };
    const all = forecastAll([a, b, c, fresh], ['sku', 'region'], settings)[0]!.forecasts;
    const n = all.find((f) => f.key === 'N|East')!;
    const peers = all.filter((f) => f.labels.region === 'East' && f.key !== 'N|East');
    expect(n.method).toBe('new-sku-profile');
    expect(n.why).toContain('category tea in East');
    n.point.forEach((p, i) => expect(p).toBeCloseTo((peers[0]!.point[i]! + peers[1]!.point[i]!) / 2, 9));
  });

  it('refuses series that end on different days', () => {
    const short = { ...a, key: 'X', values: a.values.slice(0, 200) };
    expect(() => forecastAll([a, short], ['sku'], settings)).toThrow(
      /series X ends on day .* cut them at the same origin/,
    );
  });

  it('uses one method alone for every series only when it scored surely better than the combination on them all', () => {
    // An exact weekly pattern at three scales: seasonal SES is right at every inner origin, the others are not.
    const exact = [1, 4, 10].map((k) => ({
      ...weeklySeries(`S${k}`, { sku: `S${k}` }, 400, k),
      values: Array.from({ length: 400 }, (_, i) => k * [3, 1, 1, 1, 1, 2, 5][i % 7]! + (i % 3)),
    }));
    const bottom = forecastAll(exact, ['sku'], settings)[0]!.forecasts;
    for (const f of bottom) {
      expect(f.methods).toEqual(['seasonal-ses']);
      expect(f.why).toMatch(/seasonal-ses alone was surely better \(paired t -?\d/);
    }
    // Noisy demand: no single method is surely better, so each series keeps its weighted combination.
    for (const f of level('bottom')) {
      expect(f.methods!.length).toBeGreaterThan(1);
      expect(f.why).toContain('no single method was surely better, so the combination is kept');
      expect(f.why).toMatch(/At the inner origins the series together sold \d\.\d\d× what was forecast/);
    }
  });

  it('sizes intervals by today’s level after demand rose, and keeps the errors as made for pre-allocation', () => {
    // 240 quiet days (level 2), then 60 busy ones (level 8): most inner origins forecast a quarter of today's level.
    const quiet = weeklySeries('R', { sku: 'R' }, 240, 7, 2, 0.1);
    const busy = weeklySeries('R', { sku: 'R' }, 60, 8, 8, 0.1, quiet.start + 240);
    const rose = { ...quiet, values: [...quiet.values, ...busy.values], promo: [...quiet.promo, ...busy.promo] };
    const f = forecastAll([rose], ['sku'], settings)[0]!.forecasts[0]!;
    const raw = withIntervals(f.point, f.errors);
    const width = (lo: readonly number[], hi: readonly number[]) => hi.reduce((a, h, i) => a + h - lo[i]!, 0);
    expect(width(f.lo80, f.hi80)).toBeGreaterThan(width(raw.lo80, raw.hi80));
    // The kept errors are the inner forecasts' own: actual − error is what was forecast then, near the old level.
    const origins = innerOrigins(rose.values.length, settings.plan);
    const oldest = f.errors.at(-1)!.map((e, i) => rose.values[origins.at(-1)! + i]! - e);
    expect(oldest.reduce((a, b) => a + b, 0) / oldest.length).toBeLessThan(4);
  });
});
