import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coreRegistry } from '../../nodes/index';
import { emptyContext } from '../context/context.schema';
import { orderArbitrary } from '../testing/arbitraries';
import { testFlow } from '../testing/builders';
import { compileFlow } from './compile';
import { runFlow } from './run';
import type { RunResult } from './types';

const ctx = emptyContext('2026-11-11T10:00:00+08:00');

/** A promotion flow that stacks several discounts and may wait for approval. */
const compiled = compileFlow(
  testFlow(
    [
      { id: 'start', type: 'trigger' },
      {
        id: 'vip',
        type: 'discount',
        config: {
          kind: 'percent',
          percent: 12.5,
          reason: 'VIP',
          when: { '==': [{ var: 'customer.tier' }, 'vip'] },
          stacking: 'stackable',
        },
      },
      {
        id: 'tradein',
        type: 'discount',
        config: {
          kind: 'fixed',
          amount: 20000,
          reason: 'trade-in',
          coupon: 'TRADEIN',
          scope: 'category',
          categories: ['appliance'],
          stacking: 'stackable',
        },
      },
      {
        id: 'live',
        type: 'discount',
        config: { kind: 'fixed', amount: 2000, reason: 'live room', coupon: 'LIVE20', stacking: 'stackable' },
      },
      { id: 'big', type: 'condition', config: { expression: { '>=': [{ var: 'totals.total.amount' }, 100000] } } },
      { id: 'approve', type: 'approval', config: { role: 'finance', reason: 'large order' } },
      { id: 'ok', type: 'tag', config: { tags: ['approved'] } },
      { id: 'no', type: 'end', config: { decision: 'cancel' } },
      { id: 'late', type: 'end', config: { decision: 'hold' } },
    ],
    [
      'start.start->vip',
      'vip.next->tradein',
      'tradein.next->live',
      'live.next->big',
      'big.true->approve',
      'approve.approved->ok',
      'approve.rejected->no',
      'approve.timed_out->late',
    ],
  ),
  coreRegistry,
);
if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
const plan = compiled.plan;

/** Every example flow: conditions, switches and the other core nodes as people use them. */
const FLOWS_DIR = new URL('../../examples/flows/', import.meta.url);
const examplePlans = readdirSync(FLOWS_DIR)
  .filter((file) => file.endsWith('.flow.json'))
  .map((file) => {
    const result = compileFlow(readFileSync(new URL(file, FLOWS_DIR), 'utf8'), coreRegistry);
    if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.problems)}`);
    return result.plan;
  });

describe('runtime properties', () => {
  it('takes the same path and reaches the same outcome with tracing on or off', () => {
    // Untraced runs let port-picking nodes (condition, switch) answer through `choose` instead of `run`.
    const plans = [plan, ...examplePlans];
    const path = (result: RunResult) =>
      result.trace.map((s) => `${s.nodeId}:${s.port ?? (s.waited ? 'waited' : 'end')}`);
    const apart = ({ trace: _trace, ...rest }: RunResult) => rest;
    fc.assert(
      fc.property(orderArbitrary, fc.nat(plans.length - 1), (order, k) => {
        const quiet = runFlow(plans[k]!, order, ctx);
        const traced = runFlow(plans[k]!, order, ctx, { trace: true });
        expect(path(quiet)).toEqual(path(traced));
        expect(apart(quiet)).toEqual(apart(traced));
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: the same flow, order and context give the same result, byte for byte', () => {
    fc.assert(
      fc.property(orderArbitrary, (order) => {
        const a = JSON.stringify(runFlow(plan, order, ctx, { trace: true }));
        const b = JSON.stringify(runFlow(plan, structuredClone(order), ctx, { trace: true }));
        expect(a).toBe(b);
      }),
      { numRuns: 200 },
    );
  });

  it('conserves money: lines minus adjustments equal the total, never negative, allocations exact', () => {
    fc.assert(
      fc.property(orderArbitrary, (order) => {
        const result = runFlow(plan, order, ctx, { decisions: { approve: 'approved' } });
        expect(result.status).toBe('completed');
        const subtotal = order.lines.reduce((sum, l) => sum + l.unitPrice.amount * l.quantity, 0);
        const discount = result.outcome!.adjustments.reduce((sum, a) => sum + a.amount.amount, 0);
        expect(result.totals!.subtotal.amount).toBe(subtotal);
        expect(result.totals!.total.amount).toBe(subtotal - discount);
        expect(result.totals!.total.amount).toBeGreaterThanOrEqual(0);
        for (const adjustment of result.outcome!.adjustments) {
          expect(Number.isInteger(adjustment.amount.amount)).toBe(true);
          expect(adjustment.allocations.reduce((sum, a) => sum + a.amount, 0)).toBe(adjustment.amount.amount);
        }
        for (const line of order.lines) {
          const taken = result
            .outcome!.adjustments.flatMap((a) => a.allocations)
            .filter((a) => a.lineId === line.id)
            .reduce((s, a) => s + a.amount, 0);
          expect(taken).toBeLessThanOrEqual(line.unitPrice.amount * line.quantity);
        }
      }),
      { numRuns: 300 },
    );
  });
});
