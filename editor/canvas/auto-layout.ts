import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { Flow, NodeRegistry } from '../../runtime/index';
import type { XY } from '../store/flow-edits';
import { outputsOf } from './ports';

type Sizes = Readonly<Record<string, { width: number; height: number }>>;

/** Cards not yet measured (never rendered, e.g. in tests) get a typical card size. */
const estimate = (ports: number) => ({ width: 240, height: 76 + 26 * Math.max(1, ports) });
const inPort = (id: string) => `${id}\u0000in`;
const outPort = (id: string, port: string) => `${id}\u0000out\u0000${port}`;

/** An edge's orthogonal path from ELK, valid while its two cards stay where the layout put them. */
export interface EdgeRoute {
  /** Start, bends and end, in flow coordinates. */
  readonly points: readonly XY[];
  readonly source: XY;
  readonly target: XY;
}

export interface Layout {
  readonly positions: Record<string, XY>;
  readonly routes: Record<string, EdgeRoute>;
}

/** Whole pixels keep flow files tidy; cards and their routes are rounded alike. */
const round = (v: number | undefined) => Math.round(v ?? 0);

/** Card positions only (imports without positions, tests). */
export async function computeLayout(flow: Flow, registry: NodeRegistry, sizes: Sizes): Promise<Record<string, XY>> {
  return (await computeLayoutWithRoutes(flow, registry, sizes)).positions;
}

/**
 * Left-to-right layered layout with ELK: the input port on the card's left (WEST), outputs on its right (EAST)
 * in the order the card shows them (FIXED_ORDER), so "true" stays above "false", branches fan out into their
 * own rows, and edges are routed orthogonally around the cards (a long edge gets its own lane, never behind a
 * card). ELK (~1.5 MB) is imported only when a layout is needed, keeping it out of the first page load.
 */
export async function computeLayoutWithRoutes(flow: Flow, registry: NodeRegistry, sizes: Sizes): Promise<Layout> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const portsByNode = new Map<string, Set<string>>();
  const children: ElkNode[] = flow.nodes.map((node) => {
    const definition = registry.get(node.type);
    const outputs = definition ? outputsOf(definition, node.config).map((p) => p.id) : [];
    portsByNode.set(node.id, new Set(outputs));
    const size = Object.hasOwn(sizes, node.id) ? sizes[node.id]! : estimate(outputs.length);
    return {
      id: node.id,
      width: size.width,
      height: size.height,
      layoutOptions: { 'elk.portConstraints': 'FIXED_ORDER' },
      ports: [
        { id: inPort(node.id), width: 1, height: 1, layoutOptions: { 'elk.port.side': 'WEST' } },
        ...outputs.map((port, index) => ({
          id: outPort(node.id, port),
          width: 1,
          height: 1,
          layoutOptions: { 'elk.port.side': 'EAST', 'elk.port.index': String(index) },
        })),
      ],
    };
  });
  const known = new Set(flow.nodes.map((n) => n.id));
  const edges: ElkExtendedEdge[] = flow.edges
    .filter((e) => known.has(e.source) && known.has(e.target))
    .map((e) => ({
      id: e.id,
      // An edge on a port the node no longer has still pulls the nodes together, from the node itself.
      sources: [portsByNode.get(e.source)?.has(e.sourcePort) ? outPort(e.source, e.sourcePort) : e.source],
      targets: [inPort(e.target)],
    }));
  const graph = await new ELK().layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.layered.spacing.nodeNodeBetweenLayers': '96',
      'elk.spacing.nodeNode': '48',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.layered.spacing.edgeNodeBetweenLayers': '24',
      'elk.spacing.edgeNode': '24',
    },
    children,
    edges,
  });
  // No snapping to the grid here: a card moved by a few pixels would leave its routed edges touching it.
  const positions: Record<string, XY> = {};
  for (const child of graph.children ?? []) positions[child.id] = { x: round(child.x), y: round(child.y) };
  const ends = new Map(flow.edges.map((e) => [e.id, e]));
  const routes: Record<string, EdgeRoute> = {};
  for (const edge of (graph.edges ?? []) as ElkExtendedEdge[]) {
    const section = edge.sections?.[0];
    const link = ends.get(edge.id);
    if (!section || !link || !positions[link.source] || !positions[link.target]) continue;
    routes[edge.id] = {
      points: [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((p) => ({
        x: round(p.x),
        y: round(p.y),
      })),
      source: positions[link.source]!,
      target: positions[link.target]!,
    };
  }
  return { positions, routes };
}
