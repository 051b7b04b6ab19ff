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

  it('reads a readable summary of its rule, money with the currency it is pinned to', () => {
    const tier = { '==': [{ var: 'customer.tier' }, 'vip'] };
    const subtotal = (min: number) => ({ '>=': [{ var: 'totals.subtotal.amount' }, min] });
    const inCurrency = (code: string, test: unknown) => ({
      and: [{ '==': [{ var: 'totals.subtotal.currency' }, code] }, test],
    });
    const summary = (expression: unknown, locale: 'en' | 'zh') =>
      conditionNode.summary(conditionNode.config.parse({ expression }), locale);
    const pinned = { and: [tier, inCurrency('CNY', subtotal(50000))] };
    expect(summary(pinned, 'en')).toBe('tier = vip and subtotal ≥ ¥500.00 CNY');
    expect(summary(pinned, 'zh')).toBe('tier = vip 且 subtotal ≥ ¥500.00 CNY');
    expect(summary(inCurrency('JPY', subtotal(500)), 'en')).toBe('subtotal ≥ ¥500 JPY');
    expect(summary(inCurrency('USD', tier), 'en')).toBe('subtotal.currency = USD and tier = vip');
    // Not pinned: the card must not dress 50000 up as yuan, since it holds in every currency.
    const bare = { and: [tier, subtotal(50000)] };
    expect(summary(bare, 'en')).toBe('tier = vip and subtotal ≥ 50000 (minor units, any currency)');
    expect(summary(bare, 'zh')).toBe('tier = vip 且 subtotal ≥ 50000（最小货币单位，任意币种）');
  });

  it('declares its rule for validation', () => {
    const config = conditionNode.config.parse({ expression: { '==': [1, 1] } });
    expect(conditionNode.logic(config)).toEqual([{ path: ['expression'], expression: { '==': [1, 1] } }]);
  });
});
