import type { EdgeMarker } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { coreRegistry } from '../../nodes/index';
import { sampleFlow, sampleStore } from '../store/test-support';
import { computeLayout } from './auto-layout';
import { createEdgeProjector, createNodeProjector, EDGE_MARKER, UNKNOWN_TYPE } from './to-react-flow';

describe('what the canvas draws', () => {
  it('reuses unchanged cards after an edit elsewhere, so big flows stay smooth', () => {
    const store = sampleStore();
    const project = createNodeProjector();
    const before = project(store.getState());
    store.getState().rename('tag-1', 'Tag VIPs');
    const after = project(store.getState());
    expect(after.find((n) => n.id === 'trigger-1')).toBe(before.find((n) => n.id === 'trigger-1'));
    expect(after.find((n) => n.id === 'tag-1')).not.toBe(before.find((n) => n.id === 'tag-1'));
    expect(project(store.getState())).toBe(after);
  });

  it('marks invalid steps and links, and keeps links on missing ports visible', () => {
    const flow = sampleFlow();
    const store = sampleStore({
      ...flow,
      nodes: [
        ...flow.nodes,
        { id: 'x-1', type: 'acme/unknown', typeVersion: 1, config: {}, position: { x: 0, y: 300 } },
      ],
      edges: [
        ...flow.edges.filter((e) => e.id !== 'e-3'),
        { id: 'e-9', source: 'condition-1', sourcePort: 'maybe', target: 'end-1' },
      ],
    });
    const nodes = createNodeProjector()(store.getState());
    const condition = nodes.find((n) => n.id === 'condition-1')!;
    expect(condition.data.strayPorts).toEqual(['maybe']);
    expect(condition.data.problems.map((p) => p.code)).toEqual(expect.arrayContaining(['edge-unknown-port']));
    expect(nodes.find((n) => n.id === 'x-1')!.type).toBe(UNKNOWN_TYPE);
    const edges = createEdgeProjector()(store.getState());
    expect(edges.find((e) => e.id === 'e-9')!.className).toContain('is-invalid');
  });

  it('paints a simulation overlay: hit counts and the highlighted path', () => {
    const store = sampleStore();
    store
      .getState()
      .setOverlay({ hits: { 'condition-1': 12 }, highlightedNodeIds: ['tag-1'], highlightedEdgeIds: ['e-2'] });
    const nodes = createNodeProjector()(store.getState());
    expect(nodes.find((n) => n.id === 'condition-1')!.data.hits).toBe(12);
    expect(nodes.find((n) => n.id === 'tag-1')!.data.highlighted).toBe(true);
    expect(createEdgeProjector()(store.getState()).find((e) => e.id === 'e-2')!.animated).toBe(true);
  });

  it('keeps arrowheads one size on a heat map, however thick the edge', () => {
    const store = sampleStore();
    store.getState().setOverlay({ edgeHits: { 'e-1': 1, 'e-2': 100 } });
    const edges = createEdgeProjector()(store.getState());
    // The size an SVG marker is drawn at: its width/height, times the edge's stroke width unless in user space.
    const arrow = (id: string) => {
      const edge = edges.find((e) => e.id === id)!;
      const marker = (edge.markerEnd ?? EDGE_MARKER) as EdgeMarker;
      const scale = marker.markerUnits === 'userSpaceOnUse' ? 1 : Number(edge.style?.strokeWidth ?? 1);
      return [marker.width! * scale, marker.height! * scale];
    };
    expect(edges.find((e) => e.id === 'e-2')!.style?.strokeWidth).toBe(6);
    expect(arrow('e-2')).toEqual(arrow('e-1'));
    expect(arrow('e-2')).toEqual(arrow('e-3'));
    expect(arrow('e-3')).toEqual([18, 18]);
  });

  it('names each card for screen readers: its name, else its type in the UI language', () => {
    const store = sampleStore();
    const project = createNodeProjector();
    const label = (id: string) => project(store.getState()).find((n) => n.id === id)!.ariaLabel;
    expect([label('condition-1'), label('trigger-1')]).toEqual(['VIP?', 'Order received']);
    store.getState().setLocale('zh');
    expect(label('trigger-1')).toBe('订单进入');
  });
});

describe('auto-layout', () => {
  it('lays steps out left to right in flow order, on the 16 px grid', async () => {
    const flow = sampleFlow();
    const scrambled = { ...flow, nodes: flow.nodes.map((n) => ({ ...n, position: { x: 0, y: 0 } })) };
    const at = await computeLayout(scrambled, coreRegistry, {});
    expect(at['trigger-1']!.x).toBeLessThan(at['condition-1']!.x);
    expect(at['condition-1']!.x).toBeLessThan(at['tag-1']!.x);
    expect(at['tag-1']!.x).toBeLessThan(at['end-1']!.x);
    expect(Object.values(at).every((p) => p.x % 16 === 0 && p.y % 16 === 0)).toBe(true);
  });

  it('keeps branches in port order: what "true" leads to sits above what "false" leads to', async () => {
    const flow = sampleFlow();
    const end = (id: string) => ({ id, type: 'end', typeVersion: 1, config: {}, position: { x: 0, y: 0 } });
    const branching = {
      ...flow,
      // The "false" target comes first in the document, so only port order can put "true" on top.
      nodes: [flow.nodes[0]!, flow.nodes[1]!, end('no'), end('yes')],
      edges: [
        flow.edges[0]!,
        { id: 'f', source: 'condition-1', sourcePort: 'false', target: 'no' },
        { id: 't', source: 'condition-1', sourcePort: 'true', target: 'yes' },
      ],
    };
    const at = await computeLayout(branching, coreRegistry, {});
    expect(at.yes!.y).toBeLessThan(at.no!.y);
  });

  it('is one undo step in the store', async () => {
    const store = sampleStore();
    await store.getState().layout();
    expect(store.getState().past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().flow).toEqual(sampleFlow());
  });
});
