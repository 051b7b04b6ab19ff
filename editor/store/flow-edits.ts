import type { Flow, FlowEdge, FlowNode, AnyNodeDefinition } from '../../runtime/index';
import { edgeIdSet, idStem, nextId, nodeIdSet } from './ids';

/** Pure edits of a flow document: each returns a new Flow and never mutates its input. */

export interface XY {
  readonly x: number;
  readonly y: number;
}

/** Nodes plus the edges among them: what copy puts on the clipboard. */
export interface Fragment {
  readonly nodes: readonly FlowNode[];
  readonly edges: readonly FlowEdge[];
}

const GRID = 16;
export const snap = (p: XY): XY => ({ x: Math.round(p.x / GRID) * GRID, y: Math.round(p.y / GRID) * GRID });
const cloneJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * The schema parsed from `{}` (its defaults). When a field has no default (a gift's SKU) that parse
 * fails, so we take each field's own default instead and let the inspector flag the missing one.
 */
export function defaultConfig(definition: AnyNodeDefinition): Record<string, unknown> {
  const parsed = definition.config.safeParse({});
  if (parsed.success && typeof parsed.data === 'object' && parsed.data !== null)
    return cloneJson(parsed.data as Record<string, unknown>);
  const shape = (
    definition.config as { shape?: Record<string, { safeParse(v: unknown): { success: boolean; data?: unknown } }> }
  ).shape;
  const config: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(shape ?? {})) {
    const result = field.safeParse(undefined);
    if (result.success && result.data !== undefined) config[key] = cloneJson(result.data);
  }
  return config;
}

/** Roughly a card's footprint; only used to keep new cards from landing on top of others. */
const CARD = { width: 240, height: 112 };

/**
 * A dropped card stays where it was dropped (only never exactly on another one). A clicked-in card
 * (`avoidOverlap`) slides down until it overlaps nothing, so it is never hidden under a card.
 */
function freeSpot(flow: Flow, wanted: XY, avoidOverlap: boolean): XY {
  const start = snap(wanted);
  const clash = (p: XY) =>
    flow.nodes.some((n) =>
      avoidOverlap
        ? Math.abs(n.position.x - p.x) < CARD.width && Math.abs(n.position.y - p.y) < CARD.height
        : Math.abs(n.position.x - p.x) < 8 && Math.abs(n.position.y - p.y) < 8,
    );
  for (let i = 0; i < 60; i++) {
    const spot = avoidOverlap
      ? { x: start.x, y: start.y + i * 3 * GRID }
      : { x: start.x + i * 2 * GRID, y: start.y + i * 2 * GRID };
    if (!clash(spot)) return spot;
  }
  return start;
}

export function addNode(
  flow: Flow,
  definition: AnyNodeDefinition,
  position: XY,
  avoidOverlap = false,
): { flow: Flow; node: FlowNode } {
  const node: FlowNode = {
    id: nextId(idStem(definition.type), nodeIdSet(flow)),
    type: definition.type,
    typeVersion: definition.version,
    config: defaultConfig(definition),
    position: freeSpot(flow, position, avoidOverlap),
  };
  return { flow: { ...flow, nodes: [...flow.nodes, node] }, node };
}

export function updateNode(flow: Flow, nodeId: string, change: (node: FlowNode) => FlowNode): Flow {
  return { ...flow, nodes: flow.nodes.map((n) => (n.id === nodeId ? change(n) : n)) };
}

export function moveNodes(flow: Flow, positions: ReadonlyMap<string, XY>): Flow {
  return {
    ...flow,
    nodes: flow.nodes.map((n) => (positions.has(n.id) ? { ...n, position: positions.get(n.id)! } : n)),
  };
}

export function addEdge(
  flow: Flow,
  source: string,
  sourcePort: string,
  target: string,
): { flow: Flow; edge: FlowEdge } {
  const edge: FlowEdge = { id: nextId('e', edgeIdSet(flow)), source, sourcePort, target };
  return { flow: { ...flow, edges: [...flow.edges, edge] }, edge };
}

/** Removing a node removes every edge touching it: a dangling edge is never useful. */
export function removeItems(flow: Flow, nodeIds: ReadonlySet<string>, edgeIds: ReadonlySet<string>): Flow {
  return {
    ...flow,
    nodes: flow.nodes.filter((n) => !nodeIds.has(n.id)),
    edges: flow.edges.filter((e) => !edgeIds.has(e.id) && !nodeIds.has(e.source) && !nodeIds.has(e.target)),
  };
}

export function copyFragment(flow: Flow, nodeIds: ReadonlySet<string>): Fragment {
  return cloneJson({
    nodes: flow.nodes.filter((n) => nodeIds.has(n.id)),
    edges: flow.edges.filter((e) => nodeIds.has(e.source) && nodeIds.has(e.target)),
  });
}

/** Pastes with fresh ids (never clashing with the flow), shifted by `offset`; inner edges follow their nodes. */
export function pasteFragment(flow: Flow, fragment: Fragment, offset: XY): { flow: Flow; nodeIds: string[] } {
  const taken = nodeIdSet(flow);
  const renamed = new Map<string, string>();
  const nodes = fragment.nodes.map((node) => {
    const id = nextId(idStem(node.type), taken);
    taken.add(id);
    renamed.set(node.id, id);
    return { ...cloneJson(node), id, position: { x: node.position.x + offset.x, y: node.position.y + offset.y } };
  });
  const takenEdges = edgeIdSet(flow);
  const edges: FlowEdge[] = [];
  for (const edge of fragment.edges) {
    const source = renamed.get(edge.source);
    const target = renamed.get(edge.target);
    if (!source || !target) continue;
    const id = nextId('e', takenEdges);
    takenEdges.add(id);
    edges.push({ id, source, sourcePort: edge.sourcePort, target });
  }
  return {
    flow: { ...flow, nodes: [...flow.nodes, ...nodes], edges: [...flow.edges, ...edges] },
    nodeIds: nodes.map((n) => n.id),
  };
}
