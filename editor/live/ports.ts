import type { Flow, Locale, NodeRegistry } from '../../runtime/index';

/** Decisions that need a comment saying why (the server refuses them without one). */
export const NEEDS_COMMENT: ReadonlySet<string> = new Set(['rejected', 'fail']);

/** A port as its node's definition labels it ("Approved" / "批准"); the id when the node or port is unknown. */
export function portLabel(
  registry: NodeRegistry,
  flow: Flow | undefined,
  nodeId: string,
  port: string,
  locale: Locale,
): string {
  const node = flow?.nodes.find((n) => n.id === nodeId);
  const definition = node && registry.get(node.type);
  if (!node || !definition) return port;
  const parsed = definition.config.safeParse(node.config);
  if (!parsed.success) return port;
  return definition.outputs(parsed.data).find((p) => p.id === port)?.label[locale] ?? port;
}
