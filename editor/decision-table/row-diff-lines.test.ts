import { describe, expect, it } from 'vitest';
import type { Flow } from '../../runtime/index';
import { diffFlows } from '../db/diff-flows';
import { describeDiff } from '../panels/versions/diff-text';

const tableFlow = (hitPolicy: string, tiers: string[]): Flow => ({
  format: 'orderflow/flow',
  formatVersion: 1,
  id: 'f',
  name: 'Tiers',
  description: '',
  nodes: [
    {
      id: 'tiers',
      type: 'decision-table',
      typeVersion: 1,
      config: {
        hitPolicy,
        inputs: [{ id: 'tier', field: 'customer.tier' }],
        outputs: [{ id: 'off', kind: 'discount' }],
        rows: tiers.map((tier) => ({ when: { tier }, then: { off: tier === '-' ? '0%' : '5%' } })),
      },
      position: { x: 0, y: 0 },
    },
  ],
  edges: [],
});

describe('the version diff knows table rows', () => {
  it('tells a moved row of a first-hit table and warns that results can change', () => {
    const a = tableFlow('first', ['vip', 'gold', '-']);
    const b = tableFlow('first', ['gold', 'vip', '-']);
    const lines = describeDiff(diffFlows(a, b), 'en', undefined, b);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^tiers: row \d moved to row \d — rows of a first-hit table/);
  });

  it('tells an added row in Chinese', () => {
    const a = tableFlow('unique', ['vip']);
    const b = tableFlow('unique', ['vip', 'gold']);
    expect(describeDiff(diffFlows(a, b), 'zh', undefined, b)).toEqual(['tiers：新增第 2 行：tier = gold → off = 5%']);
  });
});
