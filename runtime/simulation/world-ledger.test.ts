import { describe, expect, it } from 'vitest';
import { runContextSchema, type RunContext } from '../context/context.schema';
import { testFlow, testOrder } from '../testing/builders';
import { runBatch } from './batch';
import { runCompareBatch } from './compare-batch';
import { toRecords } from './records';
import { compile } from './test-support';

const immediately = () => Promise.resolve();
const cny = (amount: number) => ({ amount, currency: 'CNY' });

/** Two Guangdong warehouses: the Shenzhen one is cheaper but holds one fridge; Guangzhou holds five. */
const world: RunContext = runContextSchema.parse({
  now: '2026-11-11T10:00:00+08:00',
  warehouses: [
    {
      id: 'WH-SZ',
      name: 'Shenzhen',
      country: 'CN',
      province: 'Guangdong',
      city: 'Shenzhen',
      handlingCost: cny(100),
      stock: { 'FRIDGE-1': 1, 'GIFT-BAG': 1 },
    },
    {
      id: 'WH-GZ',
      name: 'Guangzhou',
      country: 'CN',
      province: 'Guangdong',
      city: 'Guangzhou',
      handlingCost: cny(900),
      stock: { 'FRIDGE-1': 5, 'GIFT-BAG': 9 },
    },
  ],
  carriers: [
    {
      id: 'SF',
      name: 'SF',
      countries: ['CN'],
      baseCost: cny(1000),
      perItemCost: cny(0),
      remoteSurcharge: cny(0),
      sameProvinceDays: 1,
      domesticDays: 2,
    },
  ],
});

/** A gift bag (one per customer, ever) and routing to the best warehouse with stock. */
const plan = compile(
  testFlow(
    [
      { id: 'start', type: 'trigger' },
      { id: 'bag', type: 'gift', config: { sku: 'GIFT-BAG', name: 'Gift bag', perCustomerLimit: 1 } },
      { id: 'route', type: 'route', config: { weights: { cost: 100, transit: 0, tier: 0 } } },
      { id: 'done', type: 'end' },
      { id: 'none', type: 'end', config: { decision: 'hold', reason: 'no stock' } },
    ],
    ['start.start->bag', 'bag.next->route', 'route.routed->done', 'route.fallback->none', 'route.review->done'],
  ),
);

const fridgeOrder = (id: string, customer: string) =>
  testOrder({ id, customer: { id: customer, tier: 'regular' }, lines: [testOrder().lines[0]!] });
const orders = toRecords([fridgeOrder('o-1', 'alice'), fridgeOrder('o-2', 'alice'), fridgeOrder('o-3', 'bob')]);

async function warehousesAndGifts(carryOver: boolean) {
  const shipped: string[] = [];
  const gifts: number[] = [];
  await runBatch(plan, orders, world, {
    carryOver,
    pause: immediately,
    onResult: (result) => {
      shipped.push(result.outcome?.fulfilment?.shipments.map((s) => s.warehouseId).join('+') ?? '-');
      gifts.push(result.outcome?.gifts.reduce((sum, g) => sum + g.quantity, 0) ?? 0);
    },
  });
  return { shipped, gifts };
}

describe('carrying the world over from order to order', () => {
  it('without it, every order finds the world as the context describes it', async () => {
    expect(await warehousesAndGifts(false)).toEqual({ shipped: ['WH-SZ', 'WH-SZ', 'WH-SZ'], gifts: [1, 1, 1] });
  });

  it("with it, shipped units leave stock and gifts count towards each customer's limit", async () => {
    // o-1 empties Shenzhen's fridge; alice's second order gets no second bag; bob's first does.
    expect(await warehousesAndGifts(true)).toEqual({ shipped: ['WH-SZ', 'WH-GZ', 'WH-GZ'], gifts: [1, 0, 1] });
  });

  it('never changes the context it was given', async () => {
    const before = JSON.stringify(world);
    await warehousesAndGifts(true);
    expect(JSON.stringify(world)).toBe(before);
  });

  it('keeps each version of a comparison in a world of its own', async () => {
    const { before, after } = await runCompareBatch(plan, plan, orders, world, { carryOver: true, pause: immediately });
    expect(after).toEqual(before);
    expect(after.routes.warehouses).toEqual({ 'WH-SZ': 1, 'WH-GZ': 2 });
  });
});
