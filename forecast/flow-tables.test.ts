import { describe, expect, it } from 'vitest';
import type { LevelForecasts } from './forecast';
import type { SeriesForecast } from './forecast-series';
import { forecastDemandTable, stockOnHandTable } from './flow-tables';

const f = (key: string, point: number[]) => ({ key, point }) as unknown as SeriesForecast;

describe('the forecast as a lookup table', () => {
  it('holds units over the horizon (to 0.1) by bottom key and by each label, never the total', () => {
    const levels: LevelForecasts[] = [
      { level: 'bottom', forecasts: [f('A|East', [1.04, 2]), f('A|West', [0.5, 0.5])] },
      { level: 'sku', forecasts: [f('A', [1.54, 2.5])] },
      { level: 'region', forecasts: [f('East', [1.04, 2]), f('West', [0.5, 0.5])] },
      { level: 'total', forecasts: [f('total', [1.54, 2.5])] },
    ];
    const table = forecastDemandTable(levels, ['sku', 'region']);
    expect(table.rows).toEqual({ 'A|East': 3, 'A|West': 1, A: 4, East: 3, West: 1 });
    expect(table.value).toBe('number');
    expect(table.keyField).toBe('sku|region or sku or region');
    expect(table.description).toContain('next 2 days');
  });

  it('refuses a key that means two things (a SKU named like a province)', () => {
    const levels: LevelForecasts[] = [
      { level: 'bottom', forecasts: [f('Hubei|Hubei', [1])] },
      { level: 'sku', forecasts: [f('Hubei', [1])] },
      { level: 'region', forecasts: [f('Hubei', [1])] },
    ];
    expect(() => forecastDemandTable(levels, ['sku', 'region'])).toThrow(/"Hubei" is both a sku and a region/);
  });

  it('sums stock per SKU over every warehouse', () => {
    const table = stockOnHandTable({
      warehouses: [{ stock: { A: 3, B: 1 } }, { stock: { A: 4 } }] as never,
    });
    expect(table.rows).toEqual({ A: 7, B: 1 });
  });
});
