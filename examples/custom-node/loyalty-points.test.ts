import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registryWith } from '../../nodes/index';
import { compileFlow, runFlow } from '../../runtime/index';
import { emptyContext } from '../../runtime/node/index';
import { fieldsWithoutWords } from '../../nodes/testing/field-words';
import { loyaltyConfigSchema, loyaltyPointsNode, pointsFor } from './loyalty-points.node.ts';

const registry = registryWith([loyaltyPointsNode]);
const flowText = readFileSync(join(import.meta.dirname, 'loyalty.flow.json'), 'utf8');

function order(tier: string, currency: string, amount: number) {
  return {
    id: 'O1',
    channel: 'shopify',
    channelOrderId: '1',
    status: 'paid',
    createdAt: '2026-11-10T10:00:00-05:00',
    currency,
    customer: { id: 'C1', tier },
    shippingAddress: { country: 'US' },
    lines: [{ id: 'L1', sku: 'S', quantity: 1, unitPrice: { amount, currency } }],
  };
}

describe('acme/loyalty-points', () => {
  it.each([
    [25000, 10000, 1.5, 3], // ¥250 silver: floor(2 × 1.5)
    [9999, 10000, 3, 0], // below one base point
    [405500, 10000, 3, 120],
    [-100, 10000, 1, 0],
  ])('spend %i per %i ×%f → %i points', (spend, per, multiplier, points) => {
    expect(pointsFor(spend, per, multiplier)).toBe(points);
  });

  it('fills defaults and refuses typos in its config', () => {
    expect(loyaltyConfigSchema.parse({})).toMatchObject({
      perAmount: { CNY: 10000, USD: 1000 },
      attribute: 'loyaltyPoints',
    });
    expect(loyaltyConfigSchema.safeParse({ multiplers: {} }).success).toBe(false);
  });

  it('runs inside a flow through registryWith, and tags big earners', () => {
    const compiled = compileFlow(flowText, registry);
    if (!compiled.ok) throw new Error(compiled.problems.map((p) => p.message).join('; '));
    const ctx = emptyContext('2026-11-11T10:00:00+08:00');
    const vip = runFlow(compiled.plan, order('vip', 'USD', 45000), ctx);
    expect(vip.outcome?.attributes).toEqual({ loyaltyPoints: 135, loyaltyPointsMultiplier: 3 });
    expect(vip.outcome?.tags).toEqual(['points-100-plus']);
    const regular = runFlow(compiled.plan, order('regular', 'USD', 45000), ctx);
    expect(regular.outcome?.attributes.loyaltyPoints).toBe(45);
    expect(regular.outcome?.tags).toEqual([]);
  });

  it('skips currencies without a rate instead of guessing', () => {
    const compiled = compileFlow(flowText, registry);
    if (!compiled.ok) throw new Error('invalid flow');
    const r = runFlow(compiled.plan, order('vip', 'EUR', 45000), emptyContext('2026-11-11T10:00:00+08:00'), {
      trace: true,
    });
    expect(r.outcome?.attributes).toEqual({});
    expect(r.trace.find((s) => s.nodeId === 'points')?.note).toBe('no points rate for EUR');
  });

  it("writes its note in the run's language", () => {
    const compiled = compileFlow(flowText, registry);
    if (!compiled.ok) throw new Error('invalid flow');
    const ctx = emptyContext('2026-11-11T10:00:00+08:00');
    const zh = runFlow(compiled.plan, order('gold', 'CNY', 45000), ctx, { trace: true, locale: 'zh' });
    expect(zh.trace.find((s) => s.nodeId === 'points')?.note).toBe('积 8 分（gold ×2）');
    expect(zh.outcome?.attributes.loyaltyPoints).toBe(8);
  });

  it('is unknown to the core registry, so flows using it must bring it along', () => {
    expect(compileFlow(flowText, registryWith([])).ok).toBe(false);
  });
});

describe('loyalty-points labels its config fields', () => {
  it('in English and 中文, with help under each (the same check as the core types)', () => {
    expect(fieldsWithoutWords(loyaltyPointsNode)).toEqual([]);
  });
});
