import { MarkerType, type Edge, type EdgeMarker, type Node } from '@xyflow/react';
import type { Problem, FlowNode } from '../../runtime/index';
import type { EditorState } from '../store/types';
import type { EdgeRoute } from './auto-layout';
import { outputsOf } from './ports';

export const UNKNOWN_TYPE = '__unknown';

/**
 * Every link's arrowhead (the canvas's default edge marker). Sized in user space: SVG's default
 * markerUnits="strokeWidth" scales it with the stroke, so busy heat-map edges (up to 6 px) grew
 * arrowheads six times as big that covered the target's handle. At 1 px both units draw the same.
 */
export const EDGE_MARKER: EdgeMarker = {
  type: MarkerType.ArrowClosed,
  width: 18,
  height: 18,
  markerUnits: 'userSpaceOnUse',
};

/** What a card renders. `hits`/`highlighted` come from a simulation overlay, when one is shown. */
export type CardData = {
  node: FlowNode;
  problems: readonly Problem[];
  /** Ports that edges use but the node does not have: drawn in red so the broken link stays visible. */
  strayPorts: readonly string[];
  hits?: number;
  highlighted?: boolean;
  /** The node of the simulation step being inspected. */
  current?: boolean;
};
export type CardNode = Node<CardData>;

const NONE: readonly never[] = [];
const sameList = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const problemKey = (list: readonly Problem[]) =>
  list.map((p) => `${p.severity}${p.code}${p.message}${p.path.join('.')}`).join('|');

/**
 * Turns the document into React Flow nodes. It remembers what it built so an unchanged node keeps
 * the same object: React Flow and the memoized cards then skip it, which keeps big flows smooth.
 */
export function createNodeProjector(): (state: EditorState) => CardNode[] {
  const previous = new Map<string, { built: CardNode; key: string; problems: string }>();
  let last: CardNode[] = [];
  return (state) => {
    const selected = new Set(state.selection.nodeIds);
    const usedPorts = new Map<string, Set<string>>();
    for (const e of state.flow.edges)
      (usedPorts.get(e.source) ?? usedPorts.set(e.source, new Set()).get(e.source)!).add(e.sourcePort);
    const highlighted = new Set(state.overlay?.highlightedNodeIds ?? NONE);
    const next = state.flow.nodes.map((node) => {
      const definition = state.registry.get(node.type);
      const ports = new Set(definition ? outputsOf(definition, node.config).map((p) => p.id) : []);
      const strayPorts = [...(usedPorts.get(node.id) ?? [])].filter((p) => !ports.has(p));
      const problems = state.problems.byNode.get(node.id) ?? NONE;
      const hits =
        state.overlay?.hits && Object.hasOwn(state.overlay.hits, node.id) ? state.overlay.hits[node.id] : undefined;
      const size = state.nodeSizes[node.id];
      // The card's accessible name (React Flow gives nodes role="group" but no name of their own).
      const ariaLabel = node.name || (definition ? definition.title[state.locale] : node.type);
      const current = state.overlay?.currentNodeId === node.id;
      const key = [
        selected.has(node.id),
        strayPorts.join(','),
        hits,
        highlighted.has(node.id),
        current,
        size?.width,
        size?.height,
        ariaLabel,
      ].join('|');
      const old = previous.get(node.id);
      const problemText = problemKey(problems);
      if (old && old.built.data.node === node && old.key === key && old.problems === problemText) return old.built;
      const built: CardNode = {
        id: node.id,
        type: definition ? node.type : UNKNOWN_TYPE,
        position: node.position,
        selected: selected.has(node.id),
        ariaLabel,
        data: {
          node,
          problems,
          strayPorts,
          ...(hits !== undefined ? { hits } : {}),
          ...(highlighted.has(node.id) ? { highlighted: true } : {}),
          ...(current ? { current: true } : {}),
        },
        ...(size ? { measured: size } : {}),
      };
      previous.set(node.id, { built, key, problems: problemText });
      return built;
    });
    if (previous.size > next.length)
      for (const id of previous.keys()) if (!state.flow.nodes.some((n) => n.id === id)) previous.delete(id);
    if (!sameList(last, next)) last = next;
    return last;
  };
}

/** Same idea for edges: invalid ones are red, the simulated path is animated. */
export function createEdgeProjector(): (state: EditorState) => Edge[] {
  const previous = new Map<string, { built: Edge; key: string }>();
  let last: Edge[] = [];
  return (state) => {
    const selected = new Set(state.selection.edgeIds);
    const highlighted = new Set(state.overlay?.highlightedEdgeIds ?? NONE);
    const edgeHits = state.overlay?.edgeHits;
    const busiest = edgeHits ? Math.max(1, ...Object.values(edgeHits)) : 1;
    const routed = Object.keys(state.edgeRoutes).length > 0 ? positionsOf(state) : null;
    const next = state.flow.edges.map((edge) => {
      const route = routed && routeStillValid(state.edgeRoutes[edge.id], routed, edge.source, edge.target);
      const invalid = state.problems.byEdge.has(edge.id);
      const hits = edgeHits && Object.hasOwn(edgeHits, edge.id) ? edgeHits[edge.id]! : undefined;
      const key = [
        edge.source,
        edge.sourcePort,
        edge.target,
        selected.has(edge.id),
        invalid,
        highlighted.has(edge.id),
        hits,
        busiest,
        route ? JSON.stringify(route.points) : '',
      ].join('|');
      const old = previous.get(edge.id);
      if (old && old.key === key) return old.built;
      const className = [invalid && 'is-invalid', highlighted.has(edge.id) && 'is-highlighted']
        .filter(Boolean)
        .join(' ');
      const built: Edge = {
        id: edge.id,
        source: edge.source,
        sourceHandle: edge.sourcePort,
        target: edge.target,
        selected: selected.has(edge.id),
        animated: highlighted.has(edge.id),
        // Orthogonal: ELK's path around the cards while they stay where the layout put them, else React Flow's
        // step edge — sharp right angles like the routed ones (smoothstep's rounded corners looked like another tool).
        ...(route ? { type: ROUTED_EDGE, data: { points: route.points } } : { type: UNROUTED_EDGE }),
        ...(className ? { className } : {}),
        // A batch heat map: the edge's count as its label, and width by share of the busiest edge.
        ...(hits !== undefined && highlighted.size === 0
          ? { label: hits.toLocaleString(), style: { strokeWidth: 1 + (5 * hits) / busiest } }
          : {}),
      };
      previous.set(edge.id, { built, key });
      return built;
    });
    if (!sameList(last, next)) last = next;
    return last;
  };
}

/** The edge type that draws ELK's orthogonal route (RoutedEdge). */
export const ROUTED_EDGE = 'routed';
/** A link whose ends moved since the layout: React Flow's own right-angle edge with sharp corners. */
export const UNROUTED_EDGE = 'step';

function positionsOf(state: EditorState): Map<string, { x: number; y: number }> {
  return new Map(state.flow.nodes.map((n) => [n.id, n.position]));
}

function routeStillValid(
  route: EdgeRoute | undefined,
  positions: ReadonlyMap<string, { x: number; y: number }>,
  source: string,
  target: string,
): EdgeRoute | null {
  if (!route) return null;
  const same = (a: { x: number; y: number } | undefined, b: { x: number; y: number }) =>
    a !== undefined && a.x === b.x && a.y === b.y;
  return same(positions.get(source), route.source) && same(positions.get(target), route.target) ? route : null;
}
