import { describe, expect, it } from 'vitest';
import { makeOrder, portOf, runNode } from '../testing/node-harness';
import { conditionNode } from './condition.node.ts';

const vipOrder = makeOrder([{ price: 60000 }], { customer: { id: 'c', tier: 'vip' } });

describe('condition', () => {
  it.each([
    [{ '==': [{ var: 'customer.tier' }, 'vip'] }, 'true'],
    [{ '==': [{ var: 'customer.tier' }, 'gold'] }, 'false'],
    [
      { and: [{ '==': [{ var: 'customer.tier' }, 'vip'] }, { '>=': [{ var: 'totals.subtotal.amount' }, 50000] }] },
      'true',
    ],
    [{ '>=': [{ var: 'totals.subtotal.amount' }, 60001] }, 'false'],
    [{ var: 'coupons' }, 'false'],
  ])('%j → %s', (expression, port) => {
    expect(portOf(runNode(conditionNode, { expression }, vipOrder))).toBe(port);
  });

  it('reads a readable summary of its rule', () => {
    const config = conditionNode.config.parse({
      expression: {
        and: [{ '==': [{ var: 'customer.tier' }, 'vip'] }, { '>=': [{ var: 'totals.subtotal.amount' }, 50000] }],
      },
    });
    expect(conditionNode.summary(config, 'en')).toBe('tier = vip and subtotal ≥ ¥500.00');
    expect(conditionNode.summary(config, 'zh')).toBe('tier = vip 且 subtotal ≥ ¥500.00');
  });

  it('declares its rule for validation', () => {
    const config = conditionNode.config.parse({ expression: { '==': [1, 1] } });
    expect(conditionNode.logic(config)).toEqual([{ path: ['expression'], expression: { '==': [1, 1] } }]);
  });
});
