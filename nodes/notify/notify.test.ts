import { describe, expect, it } from 'vitest';
import { makeOrder, runNode } from '../testing/node-harness';
import { notifyNode } from './notify.node.ts';

describe('notify', () => {
  it('returns a message effect with placeholders filled from the order', () => {
    const order = makeOrder([{ price: 100 }], { id: 'SO-1', customer: { id: 'c', tier: 'vip' } });
    const result = runNode(
      notifyNode,
      { channel: 'wecom', to: 'ops-group', message: 'Order {{id}} from a {{customer.tier}} ({{nope.x}})' },
      order,
      { nodeId: 'n1' },
    );
    expect(result.patch?.effects).toEqual([
      { kind: 'notify', nodeId: 'n1', channel: 'wecom', to: 'ops-group', message: 'Order SO-1 from a vip ()' },
    ]);
  });

  it('never reads through the prototype chain', () => {
    const order = makeOrder([{ price: 100 }]);
    const result = runNode(notifyNode, { message: '{{constructor.name}}{{id.constructor}}' }, order);
    expect(result.patch?.effects?.[0]).toMatchObject({ message: '' });
  });
});
