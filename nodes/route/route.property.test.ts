import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { routeNode } from './route.node.ts';
import type { NodeResult } from '../../runtime/node/index';
import {
  cny,
  makeCarrier,
  makeContext,
  makeOrder,
  makeWarehouse,
  planOf,
  portOf,
  runNode,
  withoutWords,
} from './test-fixtures';

const SKUS = ['SKU-A', 'SKU-B', 'SKU-C'] as const;

const warehouseArb = fc.record({
  province: fc.constantFrom('Shanghai', 'Beijing'),
  handling: fc.integer({ min: 0, max: 500 }),
  stock: fc.tuple(fc.nat(3), fc.nat(3), fc.nat(3)),
  vip: fc.boolean(),
});
const carrierArb = fc.record({
  base: fc.integer({ min: 0, max: 2000 }),
  perItem: fc.integer({ min: 0, max: 300 }),
  same: fc.integer({ min: 0, max: 3 }),
  extra: fc.integer({ min: 0, max: 4 }),
  servesRemote: fc.boolean(),
});
const scenarioArb = fc.record({
  warehouses: fc.array(warehouseArb, { minLength: 1, maxLength: 4 }),
  carriers: fc.array(carrierArb, { minLength: 1, maxLength: 3 }),
  lines: fc.array(fc.record({ sku: fc.constantFrom(...SKUS), quantity: fc.integer({ min: 1, max: 3 }) }), {
    minLength: 1,
    maxLength: 4,
  }),
  remote: fc.boolean(),
  vip: fc.boolean(),
  allowSplit: fc.boolean(),
  splitLines: fc.boolean(),
  maxShipments: fc.integer({ min: 2, max: 3 }),
});

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

function build(s: Scenario, reverse: boolean) {
  let warehouses = s.warehouses.map((w, i) =>
    makeWarehouse({
      id: `W${i}`,
      province: w.province,
      handlingCost: cny(w.handling),
      priorityTiers: w.vip ? ['vip'] : [],
      stock: Object.fromEntries(SKUS.map((sku, k) => [sku, w.stock[k]!])),
    }),
  );
  let carriers = s.carriers.map((c, i) =>
    makeCarrier({
      id: `C${i}`,
      baseCost: cny(c.base),
      perItemCost: cny(c.perItem),
      sameProvinceDays: c.same,
      domesticDays: c.same + c.extra,
      servesRemote: c.servesRemote,
    }),
  );
  if (reverse) [warehouses, carriers] = [warehouses.reverse(), carriers.reverse()];
  const order = makeOrder({
    lines: s.lines,
    customer: { id: 'C', tier: s.vip ? 'vip' : 'regular' },
    shippingAddress: { country: 'CN', province: 'Shanghai', remote: s.remote },
  });
  return { order, ctx: makeContext({ warehouses, carriers }), stock: new Map(warehouses.map((w) => [w.id, w.stock])) };
}

describe('route: properties', () => {
  it('plans are complete, within stock, ranked, and independent of input order', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const config = { allowSplit: s.allowSplit, maxShipments: s.maxShipments, splitLines: s.splitLines };
        const { order, ctx, stock } = build(s, false);
        const result = runNode(routeNode, config, order, ctx);
        const plan = planOf(result);
        expect(plan.candidates).toHaveLength(s.warehouses.length * s.carriers.length);
        for (let i = 1; i < plan.candidates.length; i++) {
          const [a, b] = [plan.candidates[i - 1]!, plan.candidates[i]!];
          expect(Number(a.eligible) >= Number(b.eligible)).toBe(true);
          if (a.eligible && b.eligible) expect(a.score).toBeGreaterThanOrEqual(b.score);
        }
        if (portOf(result) === 'fallback') {
          expect(plan.shipments).toEqual([]);
        } else {
          expect(plan.shipments.length).toBeLessThanOrEqual(plan.split ? s.maxShipments : 1);
          // Every unit of every line ships exactly once; only with splitLines may a line leave in parts.
          const shipped = new Map<string, number>();
          for (const sh of plan.shipments)
            for (const l of sh.lines) shipped.set(l.lineId, (shipped.get(l.lineId) ?? 0) + l.quantity);
          expect(Object.fromEntries(shipped)).toEqual(Object.fromEntries(order.lines.map((l) => [l.id, l.quantity])));
          const pieces = plan.shipments.flatMap((sh) => sh.lines);
          if (!s.splitLines) expect(pieces).toHaveLength(order.lines.length);
          for (const sh of plan.shipments) expect(sh.lines.every((l) => l.quantity > 0)).toBe(true);
          expect(new Set(plan.shipments.map((sh) => sh.warehouseId)).size).toBe(plan.shipments.length);
          for (const sh of plan.shipments) {
            const have = stock.get(sh.warehouseId)!;
            const need = new Map<string, number>();
            for (const l of sh.lines) need.set(l.sku, (need.get(l.sku) ?? 0) + l.quantity);
            for (const [sku, n] of need) expect(have[sku] ?? 0).toBeGreaterThanOrEqual(n);
          }
          expect(plan.cost.amount).toBe(plan.shipments.reduce((sum, sh) => sum + sh.cost.amount, 0));
          if (!plan.split)
            expect(plan.candidates[0]).toMatchObject({
              warehouseId: plan.shipments[0]!.warehouseId,
              carrierId: plan.shipments[0]!.carrierId,
            });
        }
        if (s.splitLines && s.allowSplit) {
          // Dividing lines is the last resort: where whole lines can be routed, the shipments are the same.
          const whole = runNode(routeNode, { ...config, splitLines: false }, order, ctx);
          if (portOf(whole) !== 'fallback') expect(plan.shipments).toEqual(planOf(whole).shipments);
        }
        const reversed = build(s, true);
        expect(runNode(routeNode, config, reversed.order, reversed.ctx)).toEqual(result);
      }),
      { numRuns: 300 },
    );
  });

  it('runs in Chinese decide exactly as in English, and write no English words', () => {
    /** Every text the route writes: trace note, explanation, candidate notes, hold reasons. */
    const texts = (result: NodeResult) => {
      const plan = planOf(result);
      return [
        result.note ?? '',
        plan.explanation,
        ...plan.candidates.map((c) => c.note),
        ...(result.patch?.holds ?? []).map((h) => h.reason),
      ];
    };
    fc.assert(
      fc.property(scenarioArb, fc.boolean(), (s, rule) => {
        const config = {
          allowSplit: s.allowSplit,
          maxShipments: s.maxShipments,
          splitLines: s.splitLines,
          reviewRemote: true,
          reviewReason: '请核对方案',
          ...(rule ? { reviewWhen: { '==': [{ var: 'customer.tier' }, 'vip'] } } : {}),
        };
        const { order, ctx } = build(s, false);
        const en = runNode(routeNode, config, order, ctx);
        const zh = runNode(routeNode, config, order, ctx, undefined, 'zh');
        expect(withoutWords(zh)).toEqual(withoutWords(en));
        // What the scenario itself names: warehouse and carrier ids, SKUs, line ids, province, country, currency, tier.
        const names = /\b(?:W\d+|C\d+|SKU-[A-C]|L\d+|Shanghai|CN|CNY|vip|regular)\b/g;
        const [enTexts, zhTexts] = [texts(en), texts(zh)];
        zhTexts.forEach((text, i) => {
          expect(text.replace(names, ''), text).not.toMatch(/[A-Za-z]/);
          expect(text, 'a text left in English').not.toBe(enTexts[i]);
        });
      }),
      { numRuns: 300 },
    );
  });
});
