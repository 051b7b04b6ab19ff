import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coreRegistry } from '../nodes/index';
import { compileFlow } from '../runtime/index';
import { offlineAb } from './ab/offline-ab';
import { m5Observations } from './adapters/m5';
import { superstoreLines, superstoreObservations } from './adapters/superstore';
import { backtest } from './backtest/backtest';
import { buildSeries } from './series/build';
import { dayNumber, isoDate } from './series/day';
import { crossRegionShare } from './preallocate/replay';

const data = (name: string) => readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8');

// Real data sets take seconds, not milliseconds, on a shared machine.
const SLOW = { timeout: 60_000 };

describe('M5 subset (10 Walmart items, daily, zero days omitted)', () => {
  const series = buildSeries(m5Observations(data('m5_subset.csv')), { by: ['sku'] });

  it('refills the omitted zero days: 10 series to 2016-04-24, FOODS_3_007 sells 10,801 units', () => {
    expect(series).toHaveLength(10);
    for (const s of series) expect(isoDate(s.start + s.values.length - 1)).toBe('2016-04-24');
    const busiest = series.find((s) => s.key === 'FOODS_3_007')!;
    expect(busiest.values.reduce((a, b) => a + b, 0)).toBe(10_801);
    // FOODS_3_002 stops selling on 2016-03-04: the days after are zeros, not missing.
    const stopped = series.find((s) => s.key === 'FOODS_3_002')!;
    expect(stopped.values.slice(dayNumber('2016-03-05') - stopped.start).every((v) => v === 0)).toBe(true);
  });

  it('the model is at least 15% below seasonal naive in RMSSE over 8 weekly origins', SLOW, () => {
    const report = backtest(series, { by: ['sku'], horizon: 14, origins: 8, strategies: ['auto', 'seasonal-naive'] });
    const rmsse = (s: string) => report.rows.find((r) => r.level === 'bottom' && r.strategy === s)!.rmsse;
    expect(rmsse('auto')).toBeLessThan(0.85 * rmsse('seasonal-naive'));
  });
});

describe('Superstore (US lines, weekly region × category)', () => {
  const lines = superstoreLines(data('superstore.csv'));

  it('reads dd/mm/yy dates and drops the Canadian lines', () => {
    expect(lines).toHaveLength(9_994);
    expect(isoDate(Math.min(...lines.map((l) => l['Order Date'])))).toBe('2019-01-03');
    const series = buildSeries(superstoreObservations(lines), { by: ['region', 'category'], step: 7 });
    expect(series.map((s) => s.key)).toHaveLength(12);
  });

  it('offline A/B: the suggested transfers lower the cross-region shipment share of the replayed weeks', SLOW, () => {
    const flow = compileFlow(
      readFileSync(new URL('../examples/flows/multi-warehouse.flow.json', import.meta.url), 'utf8'),
      coreRegistry,
    );
    if (!flow.ok) throw new Error('multi-warehouse flow does not compile');
    // A year of history keeps the test quick; the bench uses all of it.
    const recent = lines.filter((l) => l['Order Date'] >= dayNumber('2021-12-01'));
    const [window] = offlineAb(recent, flow.plan, ['2022-12-05']);
    expect(window!.plan.transfers.length).toBeGreaterThan(0);
    expect(window!.with.orders).toBe(window!.without.orders);
    expect(crossRegionShare(window!.with)).toBeLessThan(crossRegionShare(window!.without));
  });
});
