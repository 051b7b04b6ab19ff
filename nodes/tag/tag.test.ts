import { emptyOutcome } from '../../runtime/node/index';
import { describe, expect, it } from 'vitest';
import { makeOrder, runNode, stepNode } from '../testing/node-harness';
import { tagNode } from './tag.node.ts';

const order = makeOrder([{ price: 100 }], { customer: { id: 'cust-9' } });

describe('tag', () => {
  it('adds only tags the order does not have yet', () => {
    const outcome = { ...emptyOutcome(), tags: ['vip'] };
    expect(runNode(tagNode, { tags: ['vip', 'priority'] }, order, { outcome }).patch).toEqual({ tags: ['priority'] });
  });

  it("notes in the run's language when every tag is already there", () => {
    const outcome = { ...emptyOutcome(), tags: ['vip'] };
    expect(runNode(tagNode, { tags: ['vip'] }, order, { outcome }).note).toBe('tags already present');
    expect(runNode(tagNode, { tags: ['vip'] }, order, { outcome, locale: 'zh' }).note).toBe('标签已存在');
  });

  it('leaves the outcome with each tag once, as the run loop applies the patch', () => {
    const outcome = { ...emptyOutcome(), tags: ['vip'] };
    const step = stepNode(tagNode, { tags: ['vip', 'priority', 'priority'] }, order, { outcome });
    expect(step.port).toBe('next');
    expect(step.outcome.tags).toEqual(['vip', 'priority']);
    expect(outcome.tags).toEqual(['vip']);
  });

  it('tags the customer in the CRM as an effect for the host', () => {
    const result = runNode(tagNode, { tags: ['high-return-risk'], target: 'customer' }, order, { nodeId: 't1' });
    expect(result.patch?.effects).toEqual([
      { kind: 'crm-tag', nodeId: 't1', customerId: 'cust-9', tag: 'high-return-risk' },
    ]);
  });
});
