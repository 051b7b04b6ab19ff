import { describe, expect, it } from 'vitest';
import { coreRegistry } from '../../nodes/index';
import { validateFlow } from '../../runtime/index';
import { largeFlow } from './large-flow';

describe('the editor bench flow', () => {
  it('has exactly 500 nodes and validates without a single problem', () => {
    const flow = largeFlow(500);
    expect(flow.nodes).toHaveLength(500);
    expect(validateFlow(JSON.stringify(flow), coreRegistry).problems).toEqual([]);
  });
});
