import type { ElkNode } from 'elkjs/lib/elk-api';
import type { Flow, NodeRegistry } from '../../runtime/index';
import { snap, type XY } from '../store/flow-edits';
import { outputsOf } from './ports';

type Sizes = Readonly<Record<string, { width: number; height: number }>>;

/** Cards not yet measured (never rendered, e.g. in tests) get a typical card size. */
const estimate = (ports: number) => ({ width: 240, height: 76 + 26 * Math.max(1, ports) });
const inPort = (id: string) => `${id}\u0000in`;
const outPort = (id: string, port: string) => `${id}\u0000out\u0000${port}`;

/**
 * Left-to-right layered layout with ELK. Ports keep the order they have on the card (FIXED_ORDER),
 * so "true" stays above "false" and edges do not cross needlessly. ELK (~1.5 MB) is imported only
 * when someone presses the button, keeping it out of the first page load.
 */
export async function computeLayout(flow: Flow, registry: NodeRegistry, sizes: Sizes): Promise<Record<string, XY>> {
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
  const edges = flow.edges
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
    },
    children,
    edges,
  });
  const positions: Record<string, XY> = {};
  for (const child of graph.children ?? []) positions[child.id] = snap({ x: child.x ?? 0, y: child.y ?? 0 });
  return positions;
}
