import { describe, expect, it } from 'vitest';
import { routeNode } from './route.node.ts';
import {
  FBA_SZ,
  WH_BJ,
  WH_SH,
  YTO,
  cny,
  deepFreeze,
  makeCarrier,
  makeContext,
  makeOrder,
  makeWarehouse,
  noteOf,
  planOf,
  portOf,
  runNode,
  winnerOf,
} from './test-fixtures';

describe('route: choosing by weights', () => {
  it('defaults balance cost and transit: Shanghai stock by YTO for a Shanghai order', () => {
    const result = runNode(routeNode, {}, makeOrder());
    const plan = planOf(result);
    expect(portOf(result)).toBe('routed');
    expect(plan.shipments).toEqual([
      {
        warehouseId: 'WH-SH',
        carrierId: 'YTO',
        lines: [{ lineId: 'L1', sku: 'SKU-A', quantity: 1 }],
        cost: cny(800),
        transitDays: 2,
        promisedBy: '2026-11-27',
      },
    ]);
    expect(plan).toMatchObject({ nodeId: 'n1', cost: cny(800), split: false });
    expect(plan.explanation).toBe('WH-SH via YTO: best score 0.77 of 4 eligible; 2 days within 3-day promise');
    expect(plan.candidates.map((c) => [`${c.warehouseId}/${c.carrierId}`, c.score, c.eligible, c.note])).toEqual([
      ['WH-SH/YTO', 0.76875, true, 'chosen: best score 0.77'],
      ['WH-BJ/YTO', 0.725, true, 'lost: ¥7.50 vs ¥8.00, 4 days vs 2'],
      ['WH-BJ/SF', 0.626087, true, 'lost: ¥11.50 vs ¥8.00'],
      ['WH-SH/SF', 0.6125, true, 'lost: ¥12.00 vs ¥8.00, 1 day vs 2'],
      ['FBA-SZ/SF', 0, false, 'serves only amazon, not shopify'],
      ['FBA-SZ/YTO', 0, false, 'serves only amazon, not shopify'],
    ]);
    expect(plan.candidates[1]).toMatchObject({ cost: cny(750), transitDays: 4 });
    expect(plan.candidates[4]).not.toHaveProperty('cost');
  });

  it.each([
    [
      'transit-heavy with a 1-day promise',
      { weights: { cost: 0.2, transit: 0.8, tier: 0 }, promiseDays: 1 },
      'WH-SH/SF',
    ],
    ['cost only', { weights: { cost: 1, transit: 0, tier: 0 } }, 'WH-BJ/YTO'],
    ['weights are relative (10/0/0 = cost only)', { weights: { cost: 10, transit: 0, tier: 0 } }, 'WH-BJ/YTO'],
  ])('%s', (_name, config, expected) => {
    expect(winnerOf(runNode(routeNode, config, makeOrder()))).toBe(expected);
  });

  it('explains a transit-led choice', () => {
    const plan = planOf(
      runNode(routeNode, { weights: { cost: 0.2, transit: 0.8, tier: 0 }, promiseDays: 1 }, makeOrder()),
    );
    expect(plan.explanation).toBe('WH-SH via SF: best score 0.93 of 4 eligible; 1 day within 1-day promise');
  });

  it('prices extra units per item', () => {
    const plan = planOf(
      runNode(
        routeNode,
        {},
        makeOrder({
          lines: [
            { sku: 'SKU-A', quantity: 2 },
            { sku: 'SKU-B', quantity: 1 },
          ],
        }),
      ),
    );
    expect(plan.shipments[0]).toMatchObject({ warehouseId: 'WH-SH', carrierId: 'YTO', cost: cny(200 + 600 + 100 * 2) });
    expect(plan.shipments[0]!.lines).toHaveLength(2);
  });

  it('gives priority-tier warehouses the tier weight', () => {
    const ctx = makeContext({ warehouses: [WH_SH, { ...WH_BJ, priorityTiers: ['vip'] }, FBA_SZ] });
    const weights = { cost: 0.3, transit: 0.2, tier: 0.5 };
    expect(winnerOf(runNode(routeNode, { weights }, makeOrder(), ctx))).toBe('WH-SH/YTO');
    const vip = runNode(routeNode, { weights }, makeOrder({ customer: { id: 'C-V', tier: 'vip' } }), ctx);
    expect(winnerOf(vip)).toBe('WH-BJ/YTO');
    expect(planOf(vip).candidates[0]!.score).toBe(0.95);
    expect(noteOf(vip, 'WH-SH/YTO')).toBe('lost: ¥8.00 vs ¥7.50, 2 days vs 4, no vip priority');
  });
});

describe('route: eligibility', () => {
  it('uses an Amazon-only FBA warehouse for Amazon orders only', () => {
    const costOnly = { weights: { cost: 1, transit: 0, tier: 0 } };
    expect(winnerOf(runNode(routeNode, costOnly, makeOrder({ channel: 'amazon' })))).toBe('FBA-SZ/YTO');
    expect(winnerOf(runNode(routeNode, costOnly, makeOrder({ channel: 'shopify' })))).toBe('WH-BJ/YTO');
  });

  it('refuses other currencies (no FX) for handling and carrier prices', () => {
    const ctx = makeContext({
      warehouses: [
        WH_SH,
        makeWarehouse({
          id: 'WH-HK',
          province: 'Shanghai',
          handlingCost: { amount: 1, currency: 'HKD' },
          stock: { 'SKU-A': 9 },
        }),
      ],
      carriers: [YTO, makeCarrier({ id: 'DHL', baseCost: { amount: 1, currency: 'USD' } })],
    });
    const result = runNode(routeNode, {}, makeOrder(), ctx);
    expect(winnerOf(result)).toBe('WH-SH/YTO');
    expect(noteOf(result, 'WH-HK/YTO')).toBe('handling priced in HKD, order in CNY (no FX)');
    expect(noteOf(result, 'WH-SH/DHL')).toBe('DHL prices in USD, order in CNY (no FX)');
    expect(noteOf(result, 'WH-HK/DHL')).toBe(
      'handling priced in HKD, order in CNY (no FX); DHL prices in USD, order in CNY (no FX)',
    );
  });

  it('respects service areas: carrier countries and no cross-border warehouses', () => {
    const ctx = makeContext({
      warehouses: [WH_SH, makeWarehouse({ id: 'WH-JP', country: 'JP', stock: { 'SKU-A': 9 } })],
      carriers: [YTO, makeCarrier({ id: 'USPS', countries: ['US'] })],
    });
    const result = runNode(routeNode, {}, makeOrder(), ctx);
    expect(winnerOf(result)).toBe('WH-SH/YTO');
    expect(noteOf(result, 'WH-SH/USPS')).toBe('USPS does not serve CN');
    expect(noteOf(result, 'WH-JP/YTO')).toBe('ships from JP, not CN (no cross-border)');
  });

  it('skips a carrier for an excluded province', () => {
    const result = runNode(routeNode, {}, makeOrder({ shippingAddress: { country: 'CN', province: 'Xinjiang' } }));
    expect(winnerOf(result)).toBe('WH-BJ/SF');
    expect(noteOf(result, 'WH-SH/YTO')).toBe('YTO does not serve Xinjiang');
  });

  it('refuses remote areas for carriers that do not serve them and adds surcharge and days', () => {
    const result = runNode(
      routeNode,
      {},
      makeOrder({ shippingAddress: { country: 'CN', province: 'Qinghai', remote: true } }),
    );
    const plan = planOf(result);
    expect(noteOf(result, 'WH-SH/YTO')).toBe('YTO does not serve remote areas');
    expect(plan.shipments[0]).toMatchObject({
      warehouseId: 'WH-BJ',
      carrierId: 'SF',
      cost: cny(150 + 1000 + 1500),
      transitDays: 4,
      promisedBy: '2026-11-29',
    });
    expect(plan.explanation).toBe('WH-BJ via SF: best score 0.73 of 2 eligible; 4 days, 1 over the 3-day promise');
  });

  it('honours excludeWarehouses', () => {
    const result = runNode(routeNode, { excludeWarehouses: ['WH-SH'] }, makeOrder());
    expect(winnerOf(result)).toBe('WH-BJ/YTO');
    expect(noteOf(result, 'WH-SH/SF')).toBe('excluded by this step');
  });

  it('reads stock by own keys only', () => {
    const result = runNode(routeNode, {}, makeOrder({ lines: [{ sku: 'toString' }, { sku: '__proto__' }] }));
    expect(portOf(result)).toBe('fallback');
    expect(noteOf(result, 'WH-SH/SF')).toBe('no stock for toString (has 0), no stock for __proto__ (has 0)');
  });

  it('falls back with an explanation when nothing fits', () => {
    expect(planOf(runNode(routeNode, {}, makeOrder(), makeContext({ warehouses: [] })))).toEqual({
      nodeId: 'n1',
      shipments: [],
      cost: cny(0),
      split: false,
      candidates: [],
      explanation: 'No route: the run context lists no warehouses',
    });
    expect(planOf(runNode(routeNode, {}, makeOrder(), makeContext({ carriers: [] }))).explanation).toBe(
      'No route: the run context lists no carriers',
    );
    const usd = runNode(routeNode, {}, makeOrder({ currency: 'USD' }));
    expect(portOf(usd)).toBe('fallback');
    expect(planOf(usd).candidates).toHaveLength(6);
    expect(planOf(usd).explanation).toMatch(
      /^No route: none of 6 warehouse × carrier pairs is eligible; e\.g\. FBA-SZ via SF: serves only amazon/,
    );
  });

  it('is pure: frozen inputs, same answer every time', () => {
    const order = deepFreeze(makeOrder({ lines: [{ sku: 'SKU-A', quantity: 3 }] }));
    const ctx = deepFreeze(makeContext());
    const first = runNode(routeNode, { allowSplit: true }, order, ctx);
    expect(runNode(routeNode, { allowSplit: true }, order, ctx)).toEqual(first);
  });
});
