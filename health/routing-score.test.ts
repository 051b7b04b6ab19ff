import { describe, expect, it } from 'vitest';
import type { FulfilmentPlan, RouteCandidate, Shipment } from '../runtime/index';
import { routingScore } from './routing-score';

const cny = (amount: number) => ({ amount, currency: 'CNY' });
const shipment = (warehouseId: string, cost: number, transitDays: number): Shipment => ({
  warehouseId,
  carrierId: 'SF',
  lines: [{ lineId: 'L1', sku: 'A', quantity: 1 }],
  cost: cny(cost),
  transitDays,
  promisedBy: '2026-11-14',
});
const candidate = (over: Partial<RouteCandidate>): RouteCandidate => ({
  warehouseId: 'W',
  carrierId: 'C',
  score: 0,
  eligible: true,
  note: '',
  ...over,
});
const plan = (over: Partial<FulfilmentPlan>): FulfilmentPlan => ({
  nodeId: 'route',
  shipments: [],
  cost: cny(0),
  split: false,
  candidates: [],
  explanation: '',
  ...over,
});

describe('路由合理性得分 (routing rationality score)', () => {
  it('is 100 when the chosen plan is the best available on cost, transit and parcels', () => {
    const p = plan({
      shipments: [shipment('SH', 1000, 2)],
      cost: cny(1000),
      candidates: [candidate({ cost: cny(1000), transitDays: 2 }), candidate({ cost: cny(1500), transitDays: 3 })],
    });
    expect(routingScore(p)?.score).toBe(100);
  });

  it('weighs cost 40%, transit 40%, parcels 20%: ¥12 for 3 days vs ¥10 / 2 days → 100×(0.4×10/12 + 0.4×2/3 + 0.2) = 80', () => {
    const p = plan({
      shipments: [shipment('SH', 1200, 3)],
      cost: cny(1200),
      candidates: [
        candidate({ cost: cny(1200), transitDays: 3 }),
        candidate({ cost: cny(1000), transitDays: 2 }),
        // ineligible (no stock) and foreign-currency options do not count as available
        candidate({ cost: cny(100), transitDays: 1, eligible: false }),
        candidate({ cost: { amount: 1, currency: 'USD' }, transitDays: 2 }),
      ],
    });
    const score = routingScore(p)!;
    expect(score.score).toBe(80);
    expect(score.best).toEqual({ cost: 1000, transitDays: 2, shipments: 1 });
    expect(score.explanation.en).toContain('cost 1200 vs best 1000');
    expect(score.explanation.zh).toContain('时效 3 天，最优 2 天');
  });

  it('a split plan: transit is its slowest parcel; no single option could ship all, so its parcel count is the best', () => {
    const p = plan({
      split: true,
      shipments: [shipment('SH', 800, 2), shipment('BJ', 1200, 4)],
      cost: cny(2000),
      candidates: [candidate({ cost: cny(900), transitDays: 4 })],
    });
    // 100 × (0.4 × 900/2000 + 0.4 × 4/4 + 0.2 × 2/2) = 78
    expect(routingScore(p)?.score).toBe(78);
  });

  it('is absent when nothing was routed', () => {
    expect(routingScore(plan({}))).toBeNull();
  });
});
