import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coreRegistry } from '../../nodes/index';
import { runContextSchema, compileFlow, orderSchema } from '../../runtime/index';
import { dayNumber } from '../series/day';
import type { Series } from '../series/series';
import { preallocateFromSeries } from './plan';
import { crossRegionShare, replay } from './replay';
import { preallocationSettingsSchema } from './settings';

const usd = (amount: number) => ({ amount, currency: 'USD' });
const FIRST = dayNumber('2026-03-02');

/** Two regions: the hub in East holds everything, West holds nothing but sells 10 a day. */
function world(westStock = 0) {
  return runContextSchema.parse({
    now: '2026-03-02T00:00:00-05:00',
    warehouses: [
      { id: 'WH-EAST', name: 'East', country: 'US', province: 'East', handlingCost: usd(250), stock: { MUG: 500 } },
      {
        id: 'WH-WEST',
        name: 'West',
        country: 'US',
        province: 'West',
        handlingCost: usd(290),
        stock: { MUG: westStock },
      },
      {
        id: 'FBA',
        name: 'FBA',
        country: 'US',
        province: 'West',
        channels: ['amazon'],
        handlingCost: usd(100),
        stock: { MUG: 900 },
      },
    ],
    carriers: [
      {
        id: 'UPS',
        name: 'UPS',
        countries: ['US'],
        baseCost: usd(1150),
        perItemCost: usd(180),
        remoteSurcharge: usd(0),
        sameProvinceDays: 1,
        domesticDays: 4,
      },
    ],
  });
}

function steady(region: string, perDay: number, days = 120): Series {
  return {
    key: `MUG|${region}`,
    labels: { sku: 'MUG', region },
    start: FIRST - days,
    step: 1,
    values: Array.from({ length: days }, () => perDay),
    promo: Array.from({ length: days }, () => false),
  };
}

const settings = preallocationSettingsSchema.parse({
  lanes: [{ from: 'WH-EAST', to: 'WH-WEST', leadDays: 2, fixedCost: usd(15_000), perUnitCost: usd(40) }],
});

describe('pre-allocation', () => {
  it('moves the forecast demand of an empty forward warehouse from the hub, priced by the lane, to arrive before it runs out', () => {
    const { plan } = preallocateFromSeries([steady('West', 10), steady('East', 1)], world(), FIRST, settings);
    // West sells exactly 10 a day: 14 days = 140, with no forecast error the 90% target is 140 too.
    expect(plan.transfers).toEqual([
      expect.objectContaining({
        sku: 'MUG',
        from: 'WH-EAST',
        to: 'WH-WEST',
        units: 140,
        shipBy: '2026-03-02',
        arriveBy: '2026-03-04',
        leadDays: 2,
        cost: usd(15_000 + 40 * 140),
        riskBefore: 1,
        riskAfter: 0,
      }),
    ]);
    expect(plan.transfers[0]!.why).toContain('WH-WEST holds 0 of MUG for a 14-day forecast of 140.0');
    // East keeps its own 14 days (14 units); the FBA warehouse serves only Amazon and is never a source.
    expect(plan.summary.crossRegionShareBefore).toBeCloseTo(140 / 154, 9);
    expect(plan.summary.crossRegionShareAfter).toBe(0);
    expect(plan.summary.moveCost).toEqual([usd(20_600)]);
  });

  it('ships later when the forward warehouse holds some: by the day it would run out, less the lead time', () => {
    const { plan } = preallocateFromSeries([steady('West', 10)], world(75), FIRST, settings);
    // 75 units last until day 7 (cumulative 80 > 75): ship on day 5 to arrive on day 7.
    expect(plan.transfers.map((t) => [t.units, t.shipBy, t.arriveBy])).toEqual([[65, '2026-03-07', '2026-03-09']]);
  });

  it('suggests nothing when every forward warehouse already holds its target', () => {
    expect(preallocateFromSeries([steady('West', 10)], world(200), FIRST, settings).plan.transfers).toEqual([]);
  });

  it('without a lane moves by the cheapest carrier of the country', () => {
    const { plan } = preallocateFromSeries([steady('West', 10)], world(), FIRST, preallocationSettingsSchema.parse({}));
    expect(plan.transfers[0]).toMatchObject({ leadDays: 4, cost: usd(1150 + 180 * 140) });
  });
});

describe('replay (the offline A/B)', () => {
  const compiled = compileFlow(
    readFileSync(new URL('../../examples/flows/multi-warehouse.flow.json', import.meta.url), 'utf8'),
    coreRegistry,
  );
  if (!compiled.ok) throw new Error('the multi-warehouse example flow does not compile');
  const orders = Array.from({ length: 6 }, (_, i) =>
    orderSchema.parse({
      id: `O${i}`,
      channel: 'web',
      channelOrderId: `O${i}`,
      status: 'paid',
      createdAt: `2026-03-0${2 + i}T12:00:00-05:00`,
      currency: 'USD',
      customer: { id: `C${i}` },
      lines: [{ id: 'L1', sku: 'MUG', quantity: 10, unitPrice: usd(900) }],
      shippingAddress: { country: 'US', province: 'West' },
    }),
  );

  it('routes West orders from the East hub without transfers, from West once the transfer has arrived', () => {
    const { plan } = preallocateFromSeries([steady('West', 10)], world(), FIRST, settings);
    const without = replay(compiled.plan, orders, world(), []);
    const withMoves = replay(compiled.plan, orders, world(), plan.transfers);
    expect(without).toMatchObject({ orders: 6, routed: 6, stockouts: 0, shipments: 6, crossRegionShipments: 6 });
    // The transfer arrives on 4 March: the orders of 2 and 3 March still ship from East.
    expect(withMoves).toMatchObject({ routed: 6, crossRegionShipments: 2 });
    expect(crossRegionShare(withMoves)).toBeCloseTo(2 / 6, 12);
  });

  it('carries stock over: with 35 units at the hub the fourth order of 10 finds it short', () => {
    const small = runContextSchema.parse({
      ...world(),
      warehouses: world().warehouses.map((w) => (w.id === 'WH-EAST' ? { ...w, stock: { MUG: 35 } } : w)),
    });
    const result = replay(compiled.plan, orders, small, []);
    // 35 units: three orders of 10 ship, the rest find 5 left and cannot be routed.
    expect(result).toMatchObject({ routed: 3, stockouts: 3 });
  });
});

describe('applyTransfers', () => {
  it('moves approved units into a new context and leaves the given one as it was', async () => {
    const { applyTransfers } = await import('./apply');
    const ctx = world();
    const { plan } = preallocateFromSeries([steady('West', 10)], ctx, FIRST, settings);
    const after = applyTransfers(ctx, plan.transfers);
    expect(after.warehouses.find((w) => w.id === 'WH-WEST')!.stock.MUG).toBe(140);
    expect(after.warehouses.find((w) => w.id === 'WH-EAST')!.stock.MUG).toBe(360);
    expect(ctx.warehouses.find((w) => w.id === 'WH-EAST')!.stock.MUG).toBe(500);
    expect(() => applyTransfers(ctx, [{ ...plan.transfers[0]!, units: 501 }])).toThrow(
      'transfer of 501 MUG from WH-EAST to WH-WEST: WH-EAST holds only 500',
    );
  });
});
