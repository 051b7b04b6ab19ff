import { describe, expect, it } from 'vitest';
import { forecastSeries, defaultSettings } from './forecast-series';
import { promoEffect, withoutPromotions } from './promo-effect';
import type { Series } from './series/series';

describe('promotion lift', () => {
  it('is the mean on promotion days over the mean on other days', () => {
    const values = [...Array.from({ length: 14 }, () => 4), 12, 12, 8];
    const promo = values.map((_, t) => t >= 14);
    // promotion mean 32/3, other mean 4 → 8/3
    expect(promoEffect(values, promo)!.lift).toBeCloseTo(8 / 3, 12);
    expect(withoutPromotions(values, promo, { lift: 2, promoDays: 3 }).slice(14)).toEqual([6, 6, 4]);
  });

  it('needs three promotion days and fourteen others to be measured', () => {
    const values = Array.from({ length: 16 }, () => 5);
    expect(
      promoEffect(
        values,
        values.map((_, t) => t >= 14),
      ),
    ).toBeUndefined();
    expect(
      promoEffect(
        values.slice(0, 15),
        values.slice(0, 15).map((_, t) => t >= 12),
      ),
    ).toBeUndefined();
  });

  it('keeps promotion spikes out of the everyday level and lifts the promotion days ahead', () => {
    // 10 a day; every 14th day a promotion sells 30.
    const values = Array.from({ length: 140 }, (_, t) => (t % 14 === 13 ? 30 : 10));
    const series: Series = {
      key: 'TEA|East',
      labels: { sku: 'TEA', region: 'East' },
      start: 20_000,
      step: 1,
      values,
      promo: values.map((v) => v === 30),
    };
    const promoDay = series.start + 140 + 3;
    const withCalendar = forecastSeries(series, { ...defaultSettings(1, 14), isPromo: (_, day) => day === promoDay });
    withCalendar.point.forEach((p, i) => expect(p).toBeCloseTo(i === 3 ? 30 : 10, 6));
    expect(withCalendar.promoAhead.filter(Boolean)).toHaveLength(1);
    expect(withCalendar.why).toContain(
      'Promotion days sold 3.00× other days (10 in the history); applied to 1 day(s) ahead.',
    );
    // Without a calendar ahead no day is lifted, and the everyday level stays at 10.
    forecastSeries(series, defaultSettings(1, 14)).point.forEach((p) => expect(p).toBeCloseTo(10, 6));
  });
});
