import { describe, expect, it } from 'vitest';
import type { Flow } from '../../../runtime/index';
import { diffFlows } from '../../db/diff-flows';
import { testRegistry } from '../../db/repo.test-support';
import { describeDiff, formatField, formatValue } from './diff-text';

const flow = (percent: number, extra: Partial<Flow> = {}): Flow => ({
  format: 'orderflow/flow',
  formatVersion: 1,
  id: 'f',
  name: 'Promo',
  description: '',
  nodes: [
    { id: 'trigger', type: 'trigger', typeVersion: 1, config: {}, position: { x: 0, y: 0 } },
    {
      id: 'discount-1',
      type: 'discount',
      typeVersion: 1,
      config: { percent, tiers: ['vip'] },
      position: { x: 0, y: 0 },
    },
  ],
  edges: [{ id: 'e1', source: 'trigger', sourcePort: 'start', target: 'discount-1' }],
  ...extra,
});

describe('describeDiff', () => {
  it('reads like "discount-1: percent 10 → 15"', () => {
    expect(describeDiff(diffFlows(flow(10), flow(15)), 'en')).toEqual(['discount-1: percent 10 → 15']);
    expect(describeDiff(diffFlows(flow(10), flow(15)), 'zh')).toEqual(['discount-1：percent 10 → 15']);
  });

  it('names added steps with their type title, and links', () => {
    const after = flow(10);
    after.nodes.push({ id: 'end', type: 'end', typeVersion: 1, name: '放行', config: {}, position: { x: 0, y: 0 } });
    after.edges.push({ id: 'e2', source: 'discount-1', sourcePort: 'next', target: 'end' });
    expect(describeDiff(diffFlows(flow(10), after), 'zh', testRegistry)).toEqual([
      '新增步骤 end “放行” (结束)',
      '新增连线 discount-1 → end (next)',
    ]);
    expect(describeDiff(diffFlows(after, flow(10, { name: 'Promo 2' })), 'en', testRegistry)).toEqual([
      'Name: "Promo" → "Promo 2"',
      'Removed step end “放行” (End)',
      'Removed link discount-1 → end (next)',
    ]);
  });

  it('formats values and paths compactly', () => {
    expect(formatValue(undefined, 'en')).toBe('(none)');
    expect(formatValue(['vip', 'gold'], 'en')).toBe('["vip","gold"]');
    expect(formatValue('x'.repeat(200), 'en')).toHaveLength(80);
    expect(formatField(['config', 'rules', 0, 'percent'])).toBe('rules[0].percent');
    expect(formatField(['name'])).toBe('name');
  });
});
