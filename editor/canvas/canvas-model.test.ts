import type { EdgeMarker } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { coreRegistry } from '../../nodes/index';
import { sampleFlow, sampleStore } from '../store/test-support';
import { loadExampleFlows } from '../db/example-flows';
import { moveNodes } from '../store/flow-edits';
import type { Flow } from '../../runtime/index';
import { outputsOf } from './ports';
import { computeLayout, computeLayoutWithRoutes } from './auto-layout';
import { cardsOverlap, needsLayout, segmentCrossesBox } from './layout-check';

/** The height auto-layout assumes for a card it has not measured (auto-layout.ts `estimate`). */
function estimatedHeight(flow: Flow, id: string): number {
  const node = flow.nodes.find((n) => n.id === id)!;
  return 76 + 26 * Math.max(1, outputsOf(coreRegistry.get(node.type)!, node.config).length);
}
import {
  createEdgeProjector,
  createNodeProjector,
  EDGE_MARKER,
  ROUTED_EDGE,
  UNKNOWN_TYPE,
  UNROUTED_EDGE,
} from './to-react-flow';

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
  it('lays steps out left to right in flow order, on whole pixels', async () => {
    const flow = sampleFlow();
    const scrambled = { ...flow, nodes: flow.nodes.map((n) => ({ ...n, position: { x: 0, y: 0 } })) };
    const at = await computeLayout(scrambled, coreRegistry, {});
    expect(at['trigger-1']!.x).toBeLessThan(at['condition-1']!.x);
    expect(at['condition-1']!.x).toBeLessThan(at['tag-1']!.x);
    expect(at['tag-1']!.x).toBeLessThan(at['end-1']!.x);
    expect(Object.values(at).every((p) => Number.isInteger(p.x) && Number.isInteger(p.y))).toBe(true);
  });

  it('routes every link of the example flows at right angles and never behind a card, with no cards overlapping', async () => {
    const { flows } = await loadExampleFlows(coreRegistry);
    for (const flow of flows) {
      const { positions, routes } = await computeLayoutWithRoutes(flow, coreRegistry, {});
      const laidOut = moveNodes(flow, new Map(Object.entries(positions)));
      const sizes = Object.fromEntries(
        flow.nodes.map((n) => [n.id, { width: 240, height: estimatedHeight(flow, n.id) }]),
      );
      expect(cardsOverlap(laidOut, sizes), flow.id).toBe(false);
      expect(Object.keys(routes).sort(), flow.id).toEqual(flow.edges.map((e) => e.id).sort());
      for (const edge of flow.edges) {
        const { points } = routes[edge.id]!;
        for (let i = 0; i < points.length - 1; i++) {
          const [a, b] = [points[i]!, points[i + 1]!];
          expect(a.x === b.x || a.y === b.y, `${flow.id} ${edge.id}`).toBe(true);
          for (const node of laidOut.nodes) {
            if (node.id === edge.source || node.id === edge.target) continue;
            const box = { ...node.position, width: 240, height: estimatedHeight(flow, node.id) };
            expect(segmentCrossesBox(a, b, box), `${flow.id} ${edge.id} behind ${node.id}`).toBe(false);
          }
        }
      }
    }
  });

  it('says a flow needs laying out when cards overlap or a link would run behind a card', () => {
    const flow = sampleFlow();
    const sizes = Object.fromEntries(flow.nodes.map((n) => [n.id, { width: 240, height: 100 }]));
    const at = (xy: [number, number][]) => ({
      ...flow,
      nodes: flow.nodes.map((n, i) => ({ ...n, position: { x: xy[i]![0], y: xy[i]![1] } })),
    });
    // trigger, condition, then tag above and end below: every link clear of the cards.
    const clear = at([
      [0, 0],
      [320, 0],
      [640, -160],
      [960, 160],
    ]);
    expect(needsLayout(clear, sizes)).toBe(false);
    expect(
      needsLayout(
        at([
          [0, 0],
          [200, 0],
          [640, -160],
          [960, 160],
        ]),
        sizes,
      ),
    ).toBe(true); // two cards overlap
    // All in one row: condition → end (its "false" link) runs behind the tag card between them.
    expect(
      needsLayout(
        at([
          [0, 0],
          [320, 0],
          [640, 0],
          [960, 0],
        ]),
        sizes,
      ),
    ).toBe(true);
  });

  it('is one undo step in the store', async () => {
    const store = sampleStore();
    await store.getState().layout();
    expect(store.getState().past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().flow).toEqual(sampleFlow());
  });
});

describe('links after a card is dragged', () => {
  it('keep the routed look: the moved card’s links turn sharp right angles, the others keep their routes', async () => {
    const store = sampleStore();
    store.getState().adoptLayout(await computeLayoutWithRoutes(store.getState().flow, coreRegistry, {}));
    const project = createEdgeProjector();
    expect(new Set(project(store.getState()).map((e) => e.type))).toEqual(new Set([ROUTED_EDGE]));
    const tag = store.getState().flow.nodes.find((n) => n.id === 'tag-1')!;
    store.getState().beginMove();
    store.getState().moveNodes({ 'tag-1': { x: tag.position.x + 64, y: tag.position.y + 96 } });
    store.getState().endMove();
    const flow = store.getState().flow;
    for (const edge of project(store.getState())) {
      const touchesMoved = edge.source === 'tag-1' || edge.target === 'tag-1';
      expect(edge.type, edge.id).toBe(touchesMoved ? UNROUTED_EDGE : ROUTED_EDGE);
    }
    expect(flow.edges.some((e) => e.source === 'tag-1' || e.target === 'tag-1')).toBe(true);
  });
});

describe('a flow shown laid out on open', () => {
  it('moves the cards without an undo step or an unsaved mark, and only while the flow is as opened', async () => {
    const store = sampleStore();
    const layout = await computeLayoutWithRoutes(store.getState().flow, coreRegistry, {});
    store.getState().adoptLayout(layout);
    const state = store.getState();
    expect(state.past).toHaveLength(0);
    expect(state.dirty).toBe(false);
    expect(state.flow.nodes.find((n) => n.id === 'tag-1')!.position).toEqual(layout.positions['tag-1']);
    expect(Object.keys(state.edgeRoutes).sort()).toEqual(['e-1', 'e-2', 'e-3', 'e-4']);
    // Once edited, a late layout leaves the person's work alone.
    store.getState().rename('tag-1', 'VIP tag');
    const edited = store.getState().flow;
    store.getState().adoptLayout({ positions: { 'tag-1': { x: 9999, y: 9999 } }, routes: {} });
    expect(store.getState().flow).toBe(edited);
  });
});
