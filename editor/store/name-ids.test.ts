import { describe, expect, it } from 'vitest';
import { coreRegistry } from '../../nodes/index';
import type { Problem } from '../../runtime/index';
import { nameStepsIn } from './name-ids';
import { sampleFlow, sampleStore } from './test-support';

const problem = (message: string): Problem => ({ code: 'unreachable-node', severity: 'warning', path: [], message });

describe('problem messages', () => {
  it('name steps by their names (or type title) instead of their ids', () => {
    const [named, unnamed, longer] = nameStepsIn(
      [problem('condition-1 无法从起点到达'), problem('tag-1 无法从起点到达'), problem('tag-10 is not tag-1x')],
      sampleFlow(),
      coreRegistry,
      'zh',
    );
    expect(named!.message).toBe('“VIP?” 无法从起点到达');
    expect(unnamed!.message).toBe('“打标签” 无法从起点到达');
    expect(longer!.message).toBe('tag-10 is not tag-1x');
  });

  it('reach the problems the editor shows', () => {
    const flow = sampleFlow();
    const store = sampleStore({ ...flow, edges: flow.edges.filter((e) => e.id !== 'e-2' && e.id !== 'e-4') }, 'zh');
    const messages = store
      .getState()
      .validateNow()
      .all.map((p) => p.message);
    expect(messages.join('\n')).toContain('“打标签”');
    expect(messages.join('\n')).not.toContain('tag-1');
  });
});
