import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { registryWith } from '../../nodes/index';
import { emptyContext } from '../context/context.schema';
import { defineNode } from '../node/define-node';
import { takePort } from '../node/result';
import type { Adjustment } from '../order/outcome';
import { testFlow, testOrder } from '../testing/builders';
import { compileFlow } from './compile';
import { runFlow } from './run';

const ctx = emptyContext('2026-11-11T10:00:00+08:00');

/** A custom node type that hands back whatever discount amount it is configured with. */
const rogue = defineNode({
  type: 'acme/rogue-discount',
  category: 'custom',
  title: { en: 'Rogue discount', zh: '异常优惠' },
  description: { en: 'Gives the configured amount off.', zh: '按配置给出优惠。' },
  config: z.strictObject({ amount: z.number(), currency: z.string() }),
  outputs: [{ id: 'next', label: { en: 'Next', zh: '下一步' } }],
  run: ({ nodeId, config }) => {
    const adjustment: Adjustment = {
      nodeId,
      reason: 'rogue',
      amount: { amount: config.amount, currency: config.currency },
      allocations: [{ lineId: 'l1', amount: config.amount }],
      stacking: 'stackable',
      priority: 0,
    };
    return takePort('next', { adjustments: [adjustment] });
  },
});

function run(amount: number, currency = 'CNY') {
  const compiled = compileFlow(
    testFlow(
      [
        { id: 'start', type: 'trigger' },
        { id: 'rogue', type: 'acme/rogue-discount', config: { amount, currency } },
        { id: 'done', type: 'end', config: { decision: 'accept' } },
      ],
      ['start.start->rogue', 'rogue.next->done'],
    ),
    registryWith([rogue]),
  );
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
  return runFlow(compiled.plan, testOrder(), ctx);
}

describe("a node's discount is checked like an order's money", () => {
  it('a negative discount fails the run at that node instead of raising the total', () => {
    const result = run(-5000);
    expect(result.status).toBe('failed');
    expect(result.error).toEqual({
      nodeId: 'rogue',
      message: 'node rogue gave a discount of -5000 CNY: discounts are whole, non-negative minor units',
    });
    expect(result.totals?.total.amount).toBe(59900 + 2 * 12050);
  });

  it('so do a fractional one, −0 and one in another currency', () => {
    expect(run(10.5).error?.message).toMatch(/a discount of 10.5 CNY/);
    expect(run(-0).status).toBe('failed');
    expect(run(500, 'USD').error?.message).toMatch(/a discount in USD on an order in CNY/);
  });

  it('a whole discount in the order currency goes through', () => {
    const result = run(500);
    expect(result.status).toBe('completed');
    expect(result.totals?.discount).toEqual({ amount: 500, currency: 'CNY' });
  });
});
