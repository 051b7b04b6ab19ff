import { describe, expect, it } from 'vitest';
import { runForecastJob } from './forecast-job';

/** Canonical orders as JSON Lines: one order of `units(day)` of TEA to Shanghai each day of March 2026. */
function orders(units: (day: number) => number): string {
  return Array.from({ length: 31 }, (_, d) => ({
    id: `O${d}`,
    channel: 'tmall',
    channelOrderId: `O${d}`,
    status: 'paid',
    currency: 'CNY',
    customer: { id: 'C' },
    createdAt: `2026-03-${String(d + 1).padStart(2, '0')}T10:00:00+08:00`,
    lines: [{ id: 'L1', sku: 'TEA', quantity: units(d), unitPrice: { amount: 100, currency: 'CNY' } }],
    shippingAddress: { country: 'CN', province: 'Shanghai' },
  }))
    .map((o) => JSON.stringify(o))
    .join('\n');
}

describe('runForecastJob (the Forecast page worker)', () => {
  it('marks calendar promotions in the history and ahead, and lifts the days ahead', () => {
    const promotions = {
      promotions: [
        { name: 'Spring sale', from: '2026-03-05', to: '2026-03-07', regions: [], skus: [] },
        { name: 'April', from: '2026-04-03', to: '2026-04-03', regions: [], skus: [] },
      ],
    };
    const text = orders((d) => (d >= 4 && d <= 6 ? 30 : 10));
    const response = runForecastJob({
      ordersText: `${text}\nnot json`,
      by: ['sku', 'region'],
      horizon: 7,
      backtest: false,
      promotions,
    });
    expect(response).toMatchObject({ orders: 31, skipped: 1 });
    const tea = response.series.find((s) => s.key === 'TEA|Shanghai')!;
    expect(tea.promo.filter(Boolean)).toHaveLength(3);
    expect(tea.from).toBe('2026-04-01');
    expect(tea.promoAhead).toEqual([false, false, true, false, false, false, false]);
    expect(tea.point[2]! / tea.point[0]!).toBeCloseTo(3, 6);
  });

  it('says why there is no backtest, and gives no transfers without a context', () => {
    const response = runForecastJob({ ordersText: orders(() => 5), by: ['sku'], horizon: 14, backtest: true });
    expect(response.backtest).toMatchObject({
      ok: false,
      error: expect.stringContaining('need more history') as string,
    });
    expect(response.plan).toBeUndefined();
  });

  it('gives the heat map each region with its country, summed over the SKUs, and the forecast table', () => {
    const tea = orders(() => 4).split('\n');
    const both = [
      ...tea,
      ...tea.map((line) =>
        line
          .replaceAll('"TEA"', '"MUG"')
          .replaceAll('"O', '"M')
          .replace('"province":"Shanghai"', '"province":"CA"')
          .replace('"country":"CN"', '"country":"US"'),
      ),
    ].join('\n');
    const response = runForecastJob({ ordersText: both, by: ['sku', 'region'], horizon: 7, backtest: false });
    const shanghai = response.series.find((s) => s.level === 'region' && s.key === 'Shanghai')!;
    expect(response.regions).toEqual([
      { region: 'CA', country: 'US', units: expect.closeTo(28, 6) as number },
      {
        region: 'Shanghai',
        country: 'CN',
        units: expect.closeTo(
          shanghai.point.reduce((a, b) => a + b, 0),
          9,
        ),
      },
    ]);
    expect(response.demandTable).toMatchObject({ ok: true, value: { rows: { 'TEA|Shanghai': 28, TEA: 28, CA: 28 } } });
    // Series not by region: no map to draw.
    expect(runForecastJob({ ordersText: both, by: ['sku'], horizon: 7, backtest: false }).regions).toBeUndefined();
  });
});
