import { describe, expect, it } from 'vitest';
import { runFlow } from '../engine/run';
import { averagePromiseDays, compareResults, compareRuns } from './compare';
import { compile, exampleContext as ctx, exampleFlow, examplePlan, order, withConfig } from './test-support';

const vipFlow = exampleFlow('vip-priority');
const before = compile(vipFlow);
const after = compile(withConfig(vipFlow, 'vip-10-off', { percent: 15 }));
const vip600 = order('vip', [['BT-SERUM-30ML', 'beauty', 30000, 2]]);

describe('compareResults', () => {
  it('finds nothing between two runs of the same order and flow', () => {
    expect(compareResults(runFlow(before, vip600, ctx), runFlow(before, vip600, ctx))).toEqual([]);
  });

  it('names each field that changed with its before and after value', () => {
    const diffs = compareResults(runFlow(before, vip600, ctx), runFlow(after, vip600, ctx));
    expect(diffs).toEqual([
      { field: 'total', before: '¥540.00', after: '¥510.00' },
      { field: 'discount.vip-10-off', before: '¥60.00', after: '¥90.00' },
    ]);
  });

  it('reports fields only one side has (a gift, a hold, a route)', () => {
    const noGift = compile(withConfig(vipFlow, 'gift-bag', { threshold: 100000 }));
    const diffs = compareResults(runFlow(before, vip600, ctx), runFlow(noGift, vip600, ctx));
    expect(diffs).toContainEqual({ field: 'gift.GIFT-BAG', before: 1, after: null });

    const mw = examplePlan('multi-warehouse');
    const noReview = compile(withConfig(exampleFlow('multi-warehouse'), 'route', { reviewRemote: false }));
    const remote = order('regular', [['GR-NUTS-GIFTBOX', 'grocery', 19900, 1]], {
      shippingAddress: { country: 'CN', province: 'Xinjiang', city: 'Kashgar', remote: true },
    });
    const fields = compareResults(runFlow(mw, remote, ctx), runFlow(noReview, remote, ctx)).map((d) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['status', 'waitingAt', 'decision', 'hold.remote-review']));
  });

  it('compares a rejected order with a completed one', () => {
    const broken = { ...vip600, lines: [] };
    const diffs = compareResults(runFlow(before, broken, ctx), runFlow(before, vip600, ctx));
    expect(diffs[0]).toEqual({ field: 'status', before: 'rejected', after: 'completed' });
  });
});

describe('compareRuns', () => {
  const orders = [
    vip600,
    { ...order('gold', [['APL-DOWN-JACKET', 'apparel', 100000, 1]], { coupons: ['DOUBLE11'] }), id: 'OF-GOLD' },
    { ...order('vip', [['EL-TABLET-11', 'electronics', 329900, 1]]), id: 'OF-VIP-BIG' },
    { ...order('regular', [['X', 'beauty', 9900, 1]]), id: 'OF-SMALL' },
  ];
  const pairs = orders.map((o, index) => ({ before: runFlow(before, o, ctx), after: runFlow(after, o, ctx), index }));
  const comparison = compareRuns(pairs);

  it('lists the orders whose outcome differs, with their field diffs', () => {
    expect(comparison.orders).toBe(4);
    expect(comparison.differingOrderIds).toEqual(['OF-TEST', 'OF-VIP-BIG']);
    expect(comparison.differences.map((d) => [d.index, d.orderId])).toEqual([
      [0, 'OF-TEST'],
      [2, 'OF-VIP-BIG'],
    ]);
    expect(comparison.differences[1]!.diffs.map((d) => d.field)).toContain('discount.vip-10-off');
  });

  it('adds up discount cost, gifts, routes and statuses on each side', () => {
    const discountOf = (side: typeof comparison.before) => side.discount['CNY']?.amount;
    // ¥60 + ¥90 (double11 beats gold 5%) + ¥329.90 → 15%: ¥90 + ¥90 + ¥494.85
    expect(discountOf(comparison.before)).toBe(6000 + 9000 + 32990);
    expect(discountOf(comparison.after)).toBe(9000 + 9000 + 49485);
    expect(comparison.before.status.completed).toBe(4);
    expect(comparison.after.routes.routed).toBe(comparison.before.routes.routed);
    expect(Object.values(comparison.before.routes.warehouses).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(
      comparison.before.routes.routed,
    );
    expect(averagePromiseDays(comparison.before)).toBeGreaterThan(0);
    expect(comparison.before.gifts['GIFT-BAG']).toBeGreaterThan(0);
  });

  it('has no average promise when nothing was routed', () => {
    expect(averagePromiseDays(compareRuns([]).before)).toBeNull();
  });
});
