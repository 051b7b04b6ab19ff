import { describe, expect, it } from 'vitest';
import { makeOrder, runNode } from '../testing/node-harness';
import { setFieldNode } from './set-field.node.ts';

const order = makeOrder([{ price: 100 }], { channel: 'amazon', customer: { id: 'c-7' } });

describe('set-field', () => {
  it('stores the value of an expression in an order attribute', () => {
    const warehouse = { if: [{ '==': [{ var: 'channel' }, 'amazon'] }, 'FBA-US', 'WH-SH'] };
    expect(runNode(setFieldNode, { field: 'warehouse', expression: warehouse }, order).patch).toEqual({
      attributes: { warehouse: 'FBA-US' },
    });
  });

  it('refuses arithmetic that is not a finite number instead of storing null', () => {
    // Worked out when compiling: a constant division by zero never reaches an order.
    // Logic reports codes and data (the engine words them): notFinite, with the result.
    expect(() => runNode(setFieldNode, { field: 'ratio', expression: { '/': [1, 0] } }, order)).toThrow(
      /notFinite\("Infinity"/,
    );
    const perItem = { '/': [{ var: 'totals.subtotal.amount' }, { var: 'customer.orderCount' }] };
    const none = makeOrder([{ price: 100 }], { customer: { id: 'c-8', orderCount: 0 } });
    expect(() => runNode(setFieldNode, { field: 'ratio', expression: perItem }, none)).toThrow(/notFinite\("Infinity"/);
  });

  it('refuses attribute names that could reach object internals', () => {
    expect(setFieldNode.config.safeParse({ field: '__proto__', expression: 1 }).success).toBe(false);
    expect(setFieldNode.config.safeParse({ field: 'constructor', expression: 1 }).success).toBe(false);
  });
});
