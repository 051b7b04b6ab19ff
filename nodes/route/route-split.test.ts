import { describe, expect, it } from 'vitest';
import { routeNode } from './route.node.ts';
import {
  FBA_SZ,
  SF,
  WH_BJ,
  WH_SH,
  YTO,
  cny,
  makeContext,
  makeOrder,
  makeWarehouse,
  noteOf,
  planOf,
  portOf,
  runNode,
  winnerOf,
} from './test-fixtures';

/** Shanghai holds only SKU-A, Beijing only SKU-B. */
const splitCtx = makeContext({
  warehouses: [{ ...WH_SH, stock: { 'SKU-A': 5 } }, { ...WH_BJ, stock: { 'SKU-B': 5 } }, FBA_SZ],
});
const twoSkus = makeOrder({ lines: [{ sku: 'SKU-A', quantity: 2 }, { sku: 'SKU-B' }] });

describe('route: stock and splits', () => {
  it('falls back on a shortage when splitting is off, naming SKU and stock', () => {
    const result = runNode(routeNode, {}, twoSkus, splitCtx);
    expect(portOf(result)).toBe('fallback');
    expect(noteOf(result, 'WH-SH/YTO')).toBe('no stock for SKU-B (has 0)');
    expect(noteOf(result, 'WH-BJ/SF')).toBe('no stock for SKU-A (has 0)');
    expect(planOf(result).shipments).toEqual([]);
    expect(planOf(result).explanation).toBe(
      'No route: no single warehouse holds every line (splitting is off); e.g. WH-BJ via SF: no stock for SKU-A (has 0)',
    );
    const nowhere = runNode(routeNode, { allowSplit: true }, makeOrder({ lines: [{ sku: 'SKU-Z' }] }), splitCtx);
    expect(planOf(nowhere).explanation).toBe(
      'No route: no usable warehouse holds any line in full; e.g. WH-BJ via SF: no line in full stock (no stock for SKU-Z (has 0))',
    );
    const short = runNode(
      routeNode,
      {},
      makeOrder({ lines: [{ sku: 'SKU-A', quantity: 2 }] }),
      makeContext({ warehouses: [{ ...WH_SH, stock: { 'SKU-A': 1 } }] }),
    );
    expect(noteOf(short, 'WH-SH/SF')).toBe('short of SKU-A (needs 2, has 1)');
  });

  it('splits across warehouses when allowed, with the best carrier for each part', () => {
    const plan = planOf(runNode(routeNode, { allowSplit: true }, twoSkus, splitCtx));
    expect(plan.split).toBe(true);
    expect(plan.shipments).toEqual([
      {
        warehouseId: 'WH-SH',
        carrierId: 'YTO',
        lines: [{ lineId: 'L1', sku: 'SKU-A', quantity: 2 }],
        cost: cny(900),
        transitDays: 2,
        promisedBy: '2026-11-27',
      },
      {
        warehouseId: 'WH-BJ',
        carrierId: 'YTO',
        lines: [{ lineId: 'L2', sku: 'SKU-B', quantity: 1 }],
        cost: cny(750),
        transitDays: 4,
        promisedBy: '2026-11-29',
      },
    ]);
    expect(plan.cost).toEqual(cny(1650));
    expect(plan.explanation).toBe(
      'Split into 2 shipments (no single warehouse holds every line): WH-SH via YTO (SKU-A ×2), WH-BJ via YTO (SKU-B); total ¥16.50; slowest 4 days, 1 over the 3-day promise',
    );
    const notes = Object.fromEntries(plan.candidates.map((c) => [`${c.warehouseId}/${c.carrierId}`, c.note]));
    expect(notes).toMatchObject({
      'WH-SH/YTO': 'chosen: shipment 1 of 2 (SKU-A ×2)',
      'WH-BJ/YTO': 'chosen: shipment 2 of 2 (SKU-B)',
      'WH-SH/SF': 'not used: WH-SH ships via YTO',
      'FBA-SZ/SF': 'serves only amazon, not shopify',
    });
  });

  it('does not split when one warehouse holds everything', () => {
    const plan = planOf(runNode(routeNode, { allowSplit: true }, twoSkus));
    expect(plan.split).toBe(false);
    expect(plan.shipments).toHaveLength(1);
  });

  it('counts stock across lines of the same SKU', () => {
    const ctx = makeContext({
      warehouses: [
        { ...WH_SH, stock: { 'SKU-A': 4 } },
        { ...WH_BJ, stock: { 'SKU-A': 4 } },
      ],
    });
    const order = makeOrder({
      lines: [
        { sku: 'SKU-A', quantity: 3 },
        { sku: 'SKU-A', quantity: 3 },
      ],
    });
    expect(noteOf(runNode(routeNode, {}, order, ctx), 'WH-SH/SF')).toBe('short of SKU-A (needs 6, has 4)');
    expect(winnerOf(runNode(routeNode, { allowSplit: true }, order, ctx))).toBe('WH-SH/YTO + WH-BJ/YTO');
  });

  it('prefers the warehouse covering most lines, so 2 shipments suffice', () => {
    const ctx = makeContext({
      warehouses: [
        { ...WH_SH, stock: { 'SKU-A': 9 } },
        { ...WH_BJ, stock: { 'SKU-A': 9, 'SKU-B': 9 } },
        makeWarehouse({
          id: 'WH-GZ',
          province: 'Guangdong',
          handlingCost: cny(300),
          stock: { 'SKU-B': 9, 'SKU-C': 9 },
        }),
      ],
    });
    const order = makeOrder({ lines: [{ sku: 'SKU-A' }, { sku: 'SKU-B' }, { sku: 'SKU-C' }] });
    const plan = planOf(runNode(routeNode, { allowSplit: true }, order, ctx));
    expect(plan.shipments).toHaveLength(2);
    expect(plan.shipments.flatMap((s) => s.lines.map((l) => l.lineId)).sort()).toEqual(['L1', 'L2', 'L3']);
  });

  it('falls back when a split would need more than maxShipments', () => {
    const ctx = makeContext({
      warehouses: [
        { ...WH_SH, stock: { 'SKU-A': 9 } },
        { ...WH_BJ, stock: { 'SKU-B': 9 } },
        makeWarehouse({ id: 'WH-GZ', province: 'Guangdong', stock: { 'SKU-C': 9 } }),
      ],
    });
    const order = makeOrder({ lines: [{ sku: 'SKU-A' }, { sku: 'SKU-B' }, { sku: 'SKU-C' }] });
    const result = runNode(routeNode, { allowSplit: true }, order, ctx);
    expect(portOf(result)).toBe('fallback');
    expect(planOf(result).explanation).toBe(
      'No route: no single warehouse holds every line and they cannot be covered by 2 shipments',
    );
    expect(noteOf(result, 'WH-GZ/SF')).toBe('partial stock: no stock for SKU-A (has 0), no stock for SKU-B (has 0)');
    expect(winnerOf(runNode(routeNode, { allowSplit: true, maxShipments: 3 }, order, ctx))).toBe(
      'WH-SH/YTO + WH-BJ/YTO + WH-GZ/YTO',
    );
  });

  it('falls back when a line is not in full stock anywhere (lines are not divided)', () => {
    const ctx = makeContext({
      warehouses: [
        { ...WH_SH, stock: { 'SKU-A': 6 } },
        { ...WH_BJ, stock: { 'SKU-A': 6, 'SKU-B': 1 } },
      ],
    });
    const result = runNode(
      routeNode,
      { allowSplit: true },
      makeOrder({ lines: [{ sku: 'SKU-A', quantity: 10 }, { sku: 'SKU-B' }] }),
      ctx,
    );
    expect(portOf(result)).toBe('fallback');
    expect(planOf(result).explanation).toBe(
      'No route: no single warehouse holds every line and no usable warehouse can ship line L1 (SKU-A ×10) in full',
    );
  });

  it('divides a line between warehouses when splitLines is on', () => {
    const ctx = makeContext({
      warehouses: [{ ...WH_SH, stock: { 'SKU-A': 6 } }, { ...WH_BJ, stock: { 'SKU-A': 6, 'SKU-B': 1 } }, FBA_SZ],
    });
    const order = makeOrder({ lines: [{ sku: 'SKU-A', quantity: 10 }, { sku: 'SKU-B' }] });
    const result = runNode(routeNode, { allowSplit: true, splitLines: true }, order, ctx);
    const plan = planOf(result);
    expect(portOf(result)).toBe('routed');
    // Beijing completes SKU-B and sends what it has of SKU-A; Shanghai sends the rest.
    expect(
      plan.shipments.map((s) => [s.warehouseId, s.lines.map((l) => `${l.lineId}:${l.sku}×${l.quantity}`)]),
    ).toEqual([
      ['WH-BJ', ['L1:SKU-A×6', 'L2:SKU-B×1']],
      ['WH-SH', ['L1:SKU-A×4']],
    ]);
    expect(plan.cost.amount).toBe(plan.shipments.reduce((sum, s) => sum + s.cost.amount, 0));
    expect(plan.explanation).toMatch(
      /^Split into 2 shipments \(no single warehouse holds every line\): WH-BJ via \w+ \(SKU-A ×6 of 10, SKU-B\), WH-SH via \w+ \(SKU-A ×4 of 10\); total ¥/,
    );
    expect(noteOf(result, 'FBA-SZ/SF')).toBe('serves only amazon, not shopify');
  });

  it('keeps lines whole when whole lines can be split, even with splitLines on', () => {
    // Shanghai could send one of the two SKU-A units with its SKU-B; Beijing holds both SKU-A units.
    const ctx = makeContext({
      warehouses: [
        { ...WH_SH, stock: { 'SKU-A': 1, 'SKU-B': 1 } },
        { ...WH_BJ, stock: { 'SKU-A': 2 } },
      ],
    });
    const order = makeOrder({ lines: [{ sku: 'SKU-A', quantity: 2 }, { sku: 'SKU-B' }] });
    const plan = planOf(runNode(routeNode, { allowSplit: true, splitLines: true }, order, ctx));
    expect(plan.shipments.map((s) => [s.warehouseId, s.lines.map((l) => `${l.lineId}×${l.quantity}`)]).sort()).toEqual([
      ['WH-BJ', ['L1×2']],
      ['WH-SH', ['L2×1']],
    ]);
  });

  it('falls back when the warehouses together hold too little, saying how much is missing', () => {
    const ctx = makeContext({
      warehouses: [
        { ...WH_SH, stock: { 'SKU-A': 3 } },
        { ...WH_BJ, stock: { 'SKU-A': 3, 'SKU-B': 5 } },
      ],
    });
    const short = runNode(
      routeNode,
      { allowSplit: true, splitLines: true },
      makeOrder({ lines: [{ sku: 'SKU-A', quantity: 10 }] }),
      ctx,
    );
    expect(portOf(short)).toBe('fallback');
    expect(planOf(short).explanation).toBe(
      'No route: no single warehouse holds every line and no usable warehouse has more of line L1 (SKU-A, 4 of 10 still to ship)',
    );
    const none = runNode(
      routeNode,
      { allowSplit: true, splitLines: true },
      makeOrder({ lines: [{ sku: 'SKU-Z', quantity: 2 }] }),
      ctx,
    );
    expect(noteOf(none, 'WH-SH/SF')).toBe('none of the items in stock (no stock for SKU-Z (has 0))');
    expect(planOf(none).explanation).toBe(
      'No route: no usable warehouse holds any of the items; e.g. WH-BJ via SF: none of the items in stock (no stock for SKU-Z (has 0))',
    );
  });
});

describe('route: review', () => {
  const remoteOrder = makeOrder({ shippingAddress: { country: 'CN', province: 'Qinghai', remote: true } });
  const bigOrder = makeOrder({ lines: [{ sku: 'SKU-A', quantity: 2, price: 40_000 }] });
  const rule = { '>': [{ var: 'totals.subtotal.amount' }, 50_000] };

  it.each([
    ['remote order, reviewRemote on', { reviewRemote: true }, remoteOrder, 'review', 'remote address'],
    ['remote order, reviewRemote off', {}, remoteOrder, 'routed', null],
    ['near order, reviewRemote on', { reviewRemote: true }, makeOrder(), 'routed', null],
    ['rule true', { reviewWhen: rule }, bigOrder, 'review', 'review rule matched'],
    ['rule false', { reviewWhen: rule }, makeOrder(), 'routed', null],
    [
      'both',
      { reviewRemote: true, reviewWhen: { '==': [1, 1] } },
      remoteOrder,
      'review',
      'remote address, review rule matched',
    ],
  ])('%s → %s', (_name, config, order, port, trigger) => {
    const result = runNode(routeNode, config, order);
    expect(portOf(result)).toBe(port);
    expect(planOf(result).shipments).toHaveLength(1);
    expect(result.patch?.holds).toEqual(
      trigger === null
        ? undefined
        : [
            {
              nodeId: 'n1',
              kind: 'approval',
              status: 'review',
              reason: `Check the proposed warehouse and carrier (${trigger})`,
              role: 'fulfilment-lead',
            },
          ],
    );
  });

  it('takes fallback over review when nothing fits, and exposes reviewWhen for validation', () => {
    expect(portOf(runNode(routeNode, { reviewWhen: true }, makeOrder(), makeContext({ carriers: [] })))).toBe(
      'fallback',
    );
    const config = routeNode.config.parse({ reviewWhen: rule });
    expect(routeNode.logic(config)).toEqual([{ path: ['reviewWhen'], expression: rule }]);
    expect(routeNode.logic(routeNode.config.parse({}))).toEqual([]);
    expect(() => runNode(routeNode, { reviewWhen: { log: 'x' } }, makeOrder())).toThrow();
  });
});

describe('route: determinism and dates', () => {
  const twin = (id: string) => ({ ...WH_SH, id, name: id });
  const courier = (id: string) => ({ ...YTO, id, name: id });

  it('breaks exact ties by warehouse id, then carrier id, whatever the input order', () => {
    for (const ctx of [
      makeContext({ warehouses: [twin('WH-A'), twin('WH-B')], carriers: [courier('C1'), courier('C2')] }),
      makeContext({ warehouses: [twin('WH-B'), twin('WH-A')], carriers: [courier('C2'), courier('C1')] }),
    ]) {
      const result = runNode(routeNode, {}, makeOrder(), ctx);
      expect(planOf(result).candidates.map((c) => `${c.warehouseId}/${c.carrierId}`)).toEqual([
        'WH-A/C1',
        'WH-A/C2',
        'WH-B/C1',
        'WH-B/C2',
      ]);
      expect(noteOf(result, 'WH-A/C2')).toBe('lost: tie broken by carrier id');
      expect(noteOf(result, 'WH-B/C1')).toBe('lost: tie broken by warehouse id');
    }
  });

  it.each([
    ['2026-11-29T23:30:00+08:00', 2, '2026-12-01'],
    ['2026-12-31T09:00:00-05:00', 2, '2027-01-02'],
    ['2028-02-28T10:00:00Z', 1, '2028-02-29'],
    ['2027-02-28T10:00:00+08:00', 1, '2027-03-01'],
  ])('promises delivery from the run clock: %s + %i days → %s', (now, transit, expected) => {
    const carrier = { ...SF, sameProvinceDays: transit };
    const plan = planOf(
      runNode(routeNode, {}, makeOrder(), makeContext({ now, warehouses: [WH_SH], carriers: [carrier] })),
    );
    expect(plan.shipments[0]).toMatchObject({ transitDays: transit, promisedBy: expected });
  });
});

describe('route: config', () => {
  it('fills defaults and rejects nonsense', () => {
    expect(routeNode.config.parse({})).toEqual({
      weights: { cost: 0.5, transit: 0.3, tier: 0.2 },
      promiseDays: 3,
      allowSplit: false,
      maxShipments: 2,
      splitLines: false,
      reviewRemote: false,
      reviewReason: 'Check the proposed warehouse and carrier',
      reviewRole: 'fulfilment-lead',
      excludeWarehouses: [],
    });
    expect(routeNode.config.parse({ weights: { cost: 1 } }).weights).toEqual({ cost: 1, transit: 0.3, tier: 0.2 });
    for (const bad of [
      { weights: { cost: -1 } },
      { weights: { cost: 0, transit: 0, tier: 0 } },
      { maxShipments: 1 },
      { promiseDays: 1.5 },
      { typo: true },
    ]) {
      expect(routeNode.config.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('summarises in both languages', () => {
    const config = routeNode.config.parse({ allowSplit: true, reviewRemote: true, excludeWarehouses: ['FBA-SZ'] });
    expect(routeNode.summary(config, 'en')).toBe(
      'Best of cost 50% · transit 30% · tier 20%; 3-day promise; split into up to 2; remote → review; excludes FBA-SZ',
    );
    expect(routeNode.summary(config, 'zh')).toBe(
      '按 成本 50% · 时效 30% · 等级 20% 择优；承诺 3 天；可拆分至多 2 个包裹；偏远地区 → 复核；排除 FBA-SZ',
    );
    const lines = routeNode.config.parse({ allowSplit: true, maxShipments: 3, splitLines: true });
    expect(routeNode.summary(lines, 'en')).toBe(
      'Best of cost 50% · transit 30% · tier 20%; 3-day promise; split into up to 3, lines too',
    );
    expect(routeNode.summary(lines, 'zh')).toBe(
      '按 成本 50% · 时效 30% · 等级 20% 择优；承诺 3 天；可拆分至多 3 个包裹（单行可拆）',
    );
    const ports = routeNode.outputs(config).map((p) => [p.id, p.required]);
    expect(ports).toEqual([
      ['routed', true],
      ['review', false],
      ['fallback', true],
    ]);
  });
});
