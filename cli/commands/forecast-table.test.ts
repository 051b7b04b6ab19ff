import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runContextSchema } from '../../runtime/index';
import { cli, ROOT } from '../test-support/fake-io';

const ORDERS = 'examples/data/orders.jsonl';
const EXAMPLE = 'examples/forecast';

interface Table {
  keyField: string;
  rows: Record<string, number>;
}

describe('orderflow forecast --as-table: flows read the forecast', () => {
  it('prints a context with the forecast by sku|region, by sku and by region; each level adds up', async () => {
    const r = await cli(['forecast', ORDERS, '--as-table']);
    expect(r.code).toBe(0);
    const context = runContextSchema.parse(JSON.parse(r.stdout));
    // Without --context: no warehouses, so no stock table; the clock is the forecast's first day.
    expect(context.now).toBe('2026-11-12T00:00:00+00:00');
    expect(Object.keys(context.tables)).toEqual(['forecastDemand']);
    const rows = (context.tables.forecastDemand as Table).rows;
    const sum = (keys: string[]) => keys.reduce((a, k) => a + rows[k]!, 0);
    const pairs = Object.keys(rows).filter((k) => k.includes('|'));
    const phonePairs = pairs.filter((k) => k.startsWith('EL-PHONE-PRO|'));
    expect(phonePairs.length).toBeGreaterThan(3);
    // Rows are rounded to 0.1 units each, so a level's sum may differ by 0.05 a row.
    expect(Math.abs(sum(phonePairs) - rows['EL-PHONE-PRO']!)).toBeLessThanOrEqual(0.05 * (phonePairs.length + 1));
    const guangdong = pairs.filter((k) => k.endsWith('|Guangdong'));
    expect(Math.abs(sum(guangdong) - rows.Guangdong!)).toBeLessThanOrEqual(0.05 * (guangdong.length + 1));
  });

  it('with --context keeps that context and adds the stock on hand per SKU over its warehouses', async () => {
    const r = await cli(['forecast', ORDERS, '--by', 'sku', '--as-table', '--context', 'examples/data/context.json']);
    expect(r.code).toBe(0);
    const context = runContextSchema.parse(JSON.parse(r.stdout));
    const given = runContextSchema.parse(JSON.parse(readFileSync(join(ROOT, 'examples/data/context.json'), 'utf8')));
    expect(context.now).toBe(given.now);
    expect(context.warehouses).toEqual(given.warehouses);
    expect(context.tables.regionReturnRate).toEqual(given.tables.regionReturnRate);
    const phoneStock = given.warehouses.reduce((a, w) => a + (w.stock['EL-PHONE-PRO'] ?? 0), 0);
    expect((context.tables.stockOnHand as Table).rows['EL-PHONE-PRO']).toBe(phoneStock);
    expect((context.tables.forecastDemand as Table).keyField).toBe('sku');
  });

  it('the example context is what the command writes today (regenerate it with the README line)', async () => {
    const r = await cli(['forecast', ORDERS, '--by', 'sku', '--as-table', '--context', 'examples/data/context.json']);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync(join(ROOT, EXAMPLE, 'context.json'), 'utf8')));
  });

  it('the example flow holds the phone promotion (forecast above stock) and runs the earbuds one', async () => {
    const r = await cli(['test', `${EXAMPLE}/promo-stock-guard.flow.json`]);
    expect(r.stdout).toContain('3 passed, 0 failed (3 cases)');
    expect(r.code).toBe(0);
  });

  it('a flow reading the forecast refuses a context without it, naming the node and the table', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'orderflow-forecast-table-'));
    const order = JSON.parse(readFileSync(join(ROOT, EXAMPLE, 'promo-stock-guard.cases.json'), 'utf8')).cases[0].order;
    writeFileSync(join(dir, 'order.json'), JSON.stringify(order));
    const r = await cli([
      'run',
      `${EXAMPLE}/promo-stock-guard.flow.json`,
      join(dir, 'order.json'),
      '--context',
      'examples/data/context.json',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('node phone-promo reads the lookup table "forecastDemand"');
  });

  it('refuses --context without --as-table, and --as-table with --json or --backtest', async () => {
    const a = await cli(['forecast', ORDERS, '--context', 'examples/data/context.json']);
    expect(a.code).not.toBe(0);
    expect(a.stderr).toContain('--context is read by forecast only with --as-table');
    const b = await cli(['forecast', ORDERS, '--as-table', '--json']);
    expect(b.stderr).toContain('--as-table prints a context file');
  });
});
