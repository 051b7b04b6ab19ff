import { describe, expect, it } from 'vitest';
import { makeOrder, portOf, runNode } from '../testing/node-harness';
import { switchNode } from './switch.node.ts';

const config = {
  cases: [
    { id: 'vip', label: 'VIP', expression: { '==': [{ var: 'customer.tier' }, 'vip'] } },
    { id: 'big', label: '≥ ¥1000', expression: { '>=': [{ var: 'totals.subtotal.amount' }, 100000] } },
  ],
};
const order = (tier: 'vip' | 'gold', price: number) => makeOrder([{ price }], { customer: { id: 'c', tier } });

describe('switch', () => {
  it('takes the first case that holds, in order', () => {
    expect(portOf(runNode(switchNode, config, order('vip', 200000)))).toBe('vip');
    expect(portOf(runNode(switchNode, config, order('gold', 200000)))).toBe('big');
    expect(portOf(runNode(switchNode, config, order('gold', 100)))).toBe('default');
  });

  it('derives its ports from the cases, plus default', () => {
    const ports = switchNode.outputs(switchNode.config.parse(config));
    expect(ports.map((p) => [p.id, p.label.en, p.required ?? false])).toEqual([
      ['vip', 'VIP', true],
      ['big', '≥ ¥1000', true],
      ['default', 'default', false],
    ]);
  });

  it('refuses duplicate case ids and the reserved "default"', () => {
    const dup = { cases: [config.cases[0], config.cases[0]] };
    expect(switchNode.config.safeParse(dup).success).toBe(false);
    expect(switchNode.config.safeParse({ cases: [{ id: 'default', expression: true }] }).success).toBe(false);
  });
});
