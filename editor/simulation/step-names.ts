import type { Flow, Locale, NodeRegistry } from '../../runtime/index';
import { outputsOf } from '../canvas/ports';

/**
 * How a step is named to people: the name it was given, else its type's title in the UI language
 * ("折扣优惠"), and its id only when the flow no longer has the node.
 */
export function stepName(flow: Flow, nodeId: string, registry: NodeRegistry, locale: Locale): string {
  const node = flow.nodes.find((n) => n.id === nodeId);
  if (!node) return nodeId;
  return node.name || registry.get(node.type)?.title[locale] || nodeId;
}

/** Every step's name by node id (for exports written in a worker, which has no registry at hand). */
export function stepNames(flow: Flow, registry: NodeRegistry, locale: Locale): Record<string, string> {
  return Object.fromEntries(flow.nodes.map((n) => [n.id, stepName(flow, n.id, registry, locale)]));
}

/** An output port's label in the UI language ("是", "不满足"), else the port id itself. */
export function portName(flow: Flow, nodeId: string, port: string, registry: NodeRegistry, locale: Locale): string {
  const node = flow.nodes.find((n) => n.id === nodeId);
  const definition = node && registry.get(node.type);
  if (!node || !definition) return port;
  return outputsOf(definition, node.config).find((p) => p.id === port)?.label[locale] ?? port;
}
