import { describe, expect, it } from 'vitest';
import type { Flow, FlowNode } from '../../runtime/index';
import { diffFlows, isEmptyDiff } from './diff-flows';

const node = (
  id: string,
  type: string,
  config: Record<string, unknown> = {},
  extra: Partial<FlowNode> = {},
): FlowNode => ({ id, type, typeVersion: 1, config, position: { x: 0, y: 0 }, ...extra });

const base: Flow = {
  format: 'orderflow/flow',
  formatVersion: 1,
  id: 'f',
  name: 'Promo',
  description: '',
  nodes: [
    node('trigger', 'trigger'),
    node('discount-1', 'discount', { percent: 10, scope: { kind: 'order' } }),
    node('end', 'end'),
  ],
  edges: [
    { id: 'e1', source: 'trigger', sourcePort: 'start', target: 'discount-1' },
    { id: 'e2', source: 'discount-1', sourcePort: 'next', target: 'end' },
  ],
};

describe('diffFlows', () => {
  it('finds nothing between equal flows', () => {
    expect(isEmptyDiff(diffFlows(base, structuredClone(base)))).toBe(true);
  });

  it('reports config fields by path with before and after, including added and removed keys', () => {
    const after = structuredClone(base);
    after.nodes[1]!.config = { percent: 15, scope: { kind: 'lines' }, note: 'new' };
    after.nodes[1]!.name = 'VIP 15%';
    const diff = diffFlows(base, after);
    expect(diff.nodesChanged).toEqual([
      {
        id: 'discount-1',
        type: 'discount',
        name: 'VIP 15%',
        moved: false,
        changes: [
          { path: ['name'], before: undefined, after: 'VIP 15%' },
          { path: ['config', 'percent'], before: 10, after: 15 },
          { path: ['config', 'scope', 'kind'], before: 'order', after: 'lines' },
          { path: ['config', 'note'], before: undefined, after: 'new' },
        ],
      },
    ]);
  });

  it('compares arrays (e.g. JSONLogic arguments) as whole values', () => {
    const a = {
      ...base,
      nodes: [node('c', 'condition', { expression: { in: [{ var: 'customer.tier' }, ['vip']] } })],
      edges: [],
    };
    const b = {
      ...a,
      nodes: [node('c', 'condition', { expression: { in: [{ var: 'customer.tier' }, ['vip', 'gold']] } })],
    };
    expect(diffFlows(a, b).nodesChanged[0]?.changes).toEqual([
      {
        path: ['config', 'expression', 'in'],
        before: [{ var: 'customer.tier' }, ['vip']],
        after: [{ var: 'customer.tier' }, ['vip', 'gold']],
      },
    ]);
  });

  it('reports added and removed nodes, moves, and links by what they connect (not by id)', () => {
    const after = structuredClone(base);
    after.nodes.splice(1, 1, node('gift-1', 'gift', { sku: 'GIFT' }));
    after.nodes[0]!.position = { x: 50, y: 0 };
    after.edges = [
      { id: 'renamed-edge', source: 'trigger', sourcePort: 'start', target: 'gift-1' },
      { id: 'e2', source: 'gift-1', sourcePort: 'next', target: 'end' },
    ];
    const diff = diffFlows(base, after);
    expect(diff.nodesAdded.map((n) => n.id)).toEqual(['gift-1']);
    expect(diff.nodesRemoved.map((n) => n.id)).toEqual(['discount-1']);
    expect(diff.nodesChanged).toEqual([{ id: 'trigger', type: 'trigger', changes: [], moved: true }]);
    expect(diff.edgesAdded.map((e) => e.target)).toEqual(['gift-1', 'end']);
    expect(diff.edgesRemoved.map((e) => e.id)).toEqual(['e1', 'e2']);

    const sameLinkNewId = { ...base, edges: base.edges.map((e) => ({ ...e, id: `${e.id}-x` })) };
    expect(isEmptyDiff(diffFlows(base, sameLinkNewId))).toBe(true);
  });

  it('reports name and description changes', () => {
    const diff = diffFlows(base, { ...base, name: '大促', description: 'for 11.11' });
    expect(diff.name).toEqual({ before: 'Promo', after: '大促' });
    expect(diff.description).toEqual({ before: '', after: 'for 11.11' });
  });
});
