import { describe, expect, it } from 'vitest';
import { makeOrder, runNode } from '../testing/node-harness';
import { endNode } from './end.node.ts';

describe('end', () => {
  it.each(['accept', 'hold', 'cancel'] as const)('ends the path with %s', (decision) => {
    const result = runNode(endNode, { decision, reason: 'because' }, makeOrder([{ price: 1 }]));
    expect(result).toEqual({ port: null, patch: { decision: { decision, reason: 'because' } } });
  });

  it('has no output ports', () => {
    expect(endNode.outputs(endNode.config.parse({}))).toEqual([]);
  });
});
