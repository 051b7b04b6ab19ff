import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { superstoreOrders } from '../../forecast/ab/superstore-world';
import { superstoreLines } from '../../forecast/adapters/superstore';
import { dayNumber } from '../../forecast/series/day';
import { cli, ROOT } from '../test-support/fake-io';

const ORDERS = 'examples/data/orders.jsonl';
const SLOW = { timeout: 120_000 };

/** A scratch directory with 300 days of Superstore orders as canonical JSON Lines. */
function superstoreScratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'orderflow-forecast-'));
  const lines = superstoreLines(readFileSync(join(ROOT, 'forecast/data/superstore.csv'), 'utf8')).filter(
    (l) => l['Order Date'] >= dayNumber('2022-03-06'),
  );
  writeFileSync(
    join(dir, 'orders.jsonl'),
    `${superstoreOrders(lines)
      .map((o) => JSON.stringify(o))
      .join('\n')}\n`,
  );
  return dir;
}

describe('orderflow forecast', () => {
  it('prints a forecast per series and the total, and names the orders it skipped by line', async () => {
    const r = await cli(['forecast', ORDERS, '--by', 'category']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^Forecast of daily units from 2026-11-12 for 14 days, by category \(6 series from 2375 orders\)/,
    );
    for (const category of ['apparel', 'appliance', 'beauty', 'electronics', 'grocery', 'home'])
      expect(r.stdout).toMatch(new RegExp(`^ {2}${category} `, 'm'));
    expect(r.stdout).toMatch(/^total$/m);
    expect(r.stderr).toContain(`${ORDERS}:50: skipped: lines.0.quantity`);
    expect(r.stderr).toContain('25 order(s) skipped, 2375 read');
  });

  it('--json holds every level; the total is the sum of the series; intervals nest; --horizon sets the length', async () => {
    const r = await cli(['forecast', ORDERS, '--by', 'sku,region', '--horizon', '7', '--json']);
    const out = JSON.parse(r.stdout) as {
      horizonDays: number;
      levels: {
        level: string;
        forecasts: { key: string; point: number[]; lo80: number[]; hi80: number[]; lo95: number[]; hi95: number[] }[];
      }[];
    };
    expect(out.horizonDays).toBe(7);
    expect(out.levels.map((l) => l.level)).toEqual(['bottom', 'sku', 'region', 'total']);
    const bottom = out.levels[0]!.forecasts;
    const [total] = out.levels[3]!.forecasts;
    expect(total!.point).toHaveLength(7);
    total!.point.forEach((p, i) =>
      expect(p).toBeCloseTo(
        bottom.reduce((s, f) => s + f.point[i]!, 0),
        6,
      ),
    );
    // Intervals nest. (The point, a mean, may lie above an 80% interval of [0, 0]: a SKU that sells on one day in eight.)
    for (const f of bottom)
      f.point.forEach((_, i) =>
        expect(f.lo95[i]! <= f.lo80[i]! && f.lo80[i]! <= f.hi80[i]! && f.hi80[i]! <= f.hi95[i]!).toBe(true),
      );
  });

  it('refuses an unknown label or horizon (exit 2)', async () => {
    const by = await cli(['forecast', ORDERS, '--by', 'sku,warehouse']);
    expect(by.code).toBe(2);
    expect(by.stderr).toContain(
      '--by "sku,warehouse": "warehouse" is not one of sku, category, region, country, channel',
    );
    expect((await cli(['forecast', ORDERS, '--horizon', '0'])).stderr).toContain(
      '--horizon "0": expected whole days from 1 to 90',
    );
  });

  it('--promotions marks the days of the calendar in the series, by region', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'orderflow-promotions-'));
    const calendar = {
      promotions: [{ name: 'Double 11', from: '2026-11-10', to: '2026-11-11', regions: ['Shanghai'] }],
    };
    writeFileSync(join(dir, 'calendar.json'), JSON.stringify(calendar));
    const r = await cli(
      ['forecast', join(ROOT, ORDERS), '--by', 'region', '--promotions', 'calendar.json', '--json'],
      dir,
    );
    const out = JSON.parse(r.stdout) as {
      levels: { forecasts: { key: string; historyStart: number; history: number[]; promo: boolean[] }[] }[];
    };
    const promoDays = (key: string) => {
      const f = out.levels[0]!.forecasts.find((s) => s.key === key)!;
      return f.promo.flatMap((p, i) => (p ? [f.historyStart + i] : []));
    };
    expect(promoDays('Shanghai')).toEqual([dayNumber('2026-11-10'), dayNumber('2026-11-11')]);
    expect(promoDays('Guangdong')).toEqual([]);
    writeFileSync(
      join(dir, 'bad.json'),
      JSON.stringify({ promotions: [{ name: 'x', from: '11/11/2026', to: '2026-11-11' }] }),
    );
    const bad = await cli(['forecast', join(ROOT, ORDERS), '--promotions', 'bad.json'], dir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('bad.json: error: promotions.0.from: a date written YYYY-MM-DD');
  });

  it('says when the history is too short to backtest (exit 1)', async () => {
    const r = await cli(['forecast', ORDERS, '--by', 'category', '--backtest']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/a backtest of 8 weekly origins 14 days ahead needs more history than these 8 days/);
  });

  it('--backtest reports the model beside every baseline at each level', SLOW, async () => {
    const dir = superstoreScratch();
    const r = await cli(['forecast', 'orders.jsonl', '--by', 'region', '--backtest'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Backtest: 8 weekly origins from \d{4}-\d{2}-\d{2} to 2022-12-17, 14 days ahead each/);
    for (const method of ['model (per series)', 'seasonal-naive', 'moving-average', 'ses', 'croston', 'tsb'])
      expect(r.stdout).toContain(`  ${method} `);
    expect(r.stdout).toContain('which method per demand class');
  });
});

describe('orderflow preallocate', () => {
  it('lists transfers to review, with risk before and after and the cost of the moves', async () => {
    const r = await cli(['preallocate', ORDERS, '--context', 'examples/data/context.json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Pre-allocation for 14 days from 2026-11-11');
    expect(r.stdout).toContain('nothing is applied');
    expect(r.stdout).toMatch(/^ {2}sku +from +to +units +ship by +arrives +cost +stockout risk$/m);
    expect(r.stdout).toMatch(/cross-region share\): \d+\.\d% → \d+\.\d%/);
  });

  it('never moves more of a SKU out of a warehouse than it holds, nor into a warehouse that serves one channel', async () => {
    const plan = JSON.parse(
      (await cli(['preallocate', ORDERS, '--context', 'examples/data/context.json', '--json'])).stdout,
    ) as {
      transfers: { sku: string; from: string; to: string; units: number }[];
      summary: { crossRegionShareBefore: number; crossRegionShareAfter: number };
    };
    const context = JSON.parse(readFileSync(join(ROOT, 'examples/data/context.json'), 'utf8')) as {
      warehouses: { id: string; stock: Record<string, number> }[];
    };
    expect(plan.transfers.length).toBeGreaterThan(0);
    const out = new Map<string, number>();
    for (const t of plan.transfers) out.set(`${t.sku} ${t.from}`, (out.get(`${t.sku} ${t.from}`) ?? 0) + t.units);
    for (const [key, units] of out) {
      const [sku, from] = key.split(' ') as [string, string];
      expect(units).toBeLessThanOrEqual(context.warehouses.find((w) => w.id === from)!.stock[sku] ?? 0);
    }
    expect(plan.transfers.some((t) => t.to === 'FBA-US' || t.from === 'FBA-US')).toBe(false);
    expect(plan.summary.crossRegionShareAfter).toBeLessThan(plan.summary.crossRegionShareBefore);
  });

  it('needs --context, and names the field of a bad settings file', async () => {
    expect((await cli(['preallocate', ORDERS])).code).toBe(2);
    const dir = mkdtempSync(join(tmpdir(), 'orderflow-preallocate-'));
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ serviceLevel: 2 }));
    const r = await cli(
      [
        'preallocate',
        join(ROOT, ORDERS),
        '--context',
        join(ROOT, 'examples/data/context.json'),
        '--settings',
        'settings.json',
      ],
      dir,
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/settings\.json: error: serviceLevel: /);
  });
});
