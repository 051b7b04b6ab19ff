import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coreRegistry } from '../../nodes/index';
import { emptyContext } from '../context/context.schema';
import { compileFlow, type Plan } from '../engine/compile';
import { runFlow } from '../engine/run';
import { MAX_MONEY_AMOUNT, MAX_ORDER_SUBTOTAL } from '../money/money';
import { testFlow, testOrder } from '../testing/builders';
import type { OrderInput } from './order.schema';

const ctx = emptyContext('2026-11-11T10:00:00+08:00');

function plan(): Plan {
  const compiled = compileFlow(
    testFlow(
      [
        { id: 'start', type: 'trigger' },
        { id: 'off', type: 'discount', config: { kind: 'percent', percent: 12.5 } },
        { id: 'done', type: 'end', config: { decision: 'accept' } },
      ],
      ['start.start->off', 'off.next->done'],
    ),
    coreRegistry,
  );
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
  return compiled.plan;
}
const flow = plan();

const line = (quantity: number, amount: number, id = 'l1') => ({
  id,
  sku: `SKU-${id}`,
  quantity,
  unitPrice: { amount, currency: 'CNY' },
});
const withLines = (...lines: ReturnType<typeof line>[]): OrderInput => testOrder({ lines });

describe('money limits: every derived total is an exact integer', () => {
  it('refuses an order whose subtotal would pass 2^53 (59,615 × 151,089,478,399 was off by one), naming the line', () => {
    const result = runFlow(flow, withLines(line(59_615, 151_089_478_399)), ctx);
    expect(result.status).toBe('rejected');
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'invalid-order', path: ['lines', 0, 'quantity'] }),
    ]);
    expect(result.problems![0]!.message).toMatch(/exceeds the limit of 10\^15 minor units/);
  });

  it('names the line whose running sum crosses the limit, in both languages', () => {
    const order = withLines(line(1, MAX_MONEY_AMOUNT, 'a'), line(99, MAX_MONEY_AMOUNT, 'b'), line(1, 1, 'c'));
    const en = runFlow(flow, order, ctx);
    const zh = runFlow(flow, order, ctx, { locale: 'zh' });
    expect(en.problems?.map((p) => p.path)).toEqual([['lines', 2, 'quantity']]);
    expect(zh.problems?.[0]?.message).toMatch(/订单商品小计.*超过上限/);
  });

  it('accepts a subtotal of exactly the limit and derives exact totals from it', () => {
    const result = runFlow(flow, withLines(line(100, MAX_MONEY_AMOUNT)), ctx);
    expect(result.status).toBe('completed');
    expect(result.totals?.subtotal.amount).toBe(MAX_ORDER_SUBTOTAL);
    expect(result.totals?.discount.amount).toBe(MAX_ORDER_SUBTOTAL / 8);
    expect(result.totals?.total.amount).toBe(MAX_ORDER_SUBTOTAL - MAX_ORDER_SUBTOTAL / 8);
  });

  it('refuses a unit price above the per-field limit', () => {
    const result = runFlow(flow, withLines(line(1, MAX_MONEY_AMOUNT + 1)), ctx);
    expect(result.problems?.map((p) => p.path)).toEqual([['lines', 0, 'unitPrice', 'amount']]);
  });

  it('for any quantities and prices within the field limits: refused, or totals equal exact BigInt arithmetic', () => {
    const lineArb = fc.record({
      quantity: fc.integer({ min: 1, max: 100_000 }),
      amount: fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: MAX_MONEY_AMOUNT })),
    });
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 1, maxLength: 12 }), (lines) => {
        const order = withLines(...lines.map((l, i) => line(l.quantity, l.amount, `l${i}`)));
        const exact = lines.reduce((sum, l) => sum + BigInt(l.quantity) * BigInt(l.amount), 0n);
        const result = runFlow(flow, order, ctx);
        if (exact > BigInt(MAX_ORDER_SUBTOTAL)) {
          expect(result.status).toBe('rejected');
          return;
        }
        expect(result.status).toBe('completed');
        const totals = result.totals!;
        expect(BigInt(totals.subtotal.amount)).toBe(exact);
        for (const m of [totals.subtotal, totals.discount, totals.shipping, totals.total])
          expect(Number.isSafeInteger(m.amount) && m.amount >= 0).toBe(true);
        expect(BigInt(totals.total.amount)).toBe(exact - BigInt(totals.discount.amount));
      }),
      { numRuns: 300 },
    );
  });
});

describe('negative money and −0 are refused with their path', () => {
  it('refuses a negative unit price (a −5000 subtotal used to report a −5000 discount)', () => {
    const result = runFlow(flow, withLines(line(1, -5000)), ctx);
    expect(result.status).toBe('rejected');
    expect(result.totals ?? null).toBeNull();
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'invalid-order', path: ['lines', 0, 'unitPrice', 'amount'] }),
    ]);
    expect(result.problems![0]!.message).toMatch(/0 or more minor units/);
  });

  it('refuses −0 as a unit price, a shipping fee or a payment', () => {
    const order = {
      ...withLines(line(1, -0)),
      shippingFee: { amount: -0, currency: 'CNY' },
      payment: { method: 'card', amount: { amount: -1, currency: 'CNY' } },
    };
    const result = runFlow(flow, order, ctx, { locale: 'zh' });
    expect(result.problems?.map((p) => p.path)).toEqual([
      ['lines', 0, 'unitPrice', 'amount'],
      ['payment', 'amount', 'amount'],
      ['shippingFee', 'amount'],
    ]);
    expect(result.problems![0]!.message).toMatch(/-0/);
  });

  it('still accepts a free line (0)', () => {
    expect(runFlow(flow, withLines(line(1, 0)), ctx).status).toBe('completed');
  });
});
