import type { Flow, FlowNode, NodeRegistry } from '../../runtime/index';
import { FLOW_FORMAT, FLOW_FORMAT_VERSION } from '../../runtime/index';

/** The node's default config as its own schema fills it in, or `{}` if the type is unknown. */
function defaultConfig(registry: NodeRegistry | undefined, type: string): Record<string, unknown> {
  const parsed = registry?.get(type)?.config.safeParse({});
  return parsed?.success && typeof parsed.data === 'object' && parsed.data !== null
    ? (parsed.data as Record<string, unknown>)
    : {};
}

/** A new flow that is valid from the start: "order received" straight into "end". */
export function triggerToEndFlow(id: string, name: string, registry?: NodeRegistry): Flow {
  const node = (nodeId: string, type: string, x: number): FlowNode => ({
    id: nodeId,
    type,
    typeVersion: registry?.get(type)?.version ?? 1,
    config: defaultConfig(registry, type),
    position: { x, y: 0 },
  });
  return {
    format: FLOW_FORMAT,
    formatVersion: FLOW_FORMAT_VERSION,
    id,
    name,
    description: '',
    nodes: [node('trigger', 'trigger', 0), node('end', 'end', 320)],
    edges: [{ id: 'trigger-end', source: 'trigger', sourcePort: 'start', target: 'end' }],
  };
}

/**
 * What "New flow" opens: just its start, "order received". Nothing is pre-connected, so there is no edge to delete
 * before the first real step goes in; the canvas hint says how to add one, and Problems says the start still
 * leads nowhere until then.
 */
export function startingFlow(id: string, name: string, registry?: NodeRegistry): Flow {
  const flow = triggerToEndFlow(id, name, registry);
  return { ...flow, nodes: flow.nodes.filter((n) => n.type === 'trigger'), edges: [] };
}

/** A copy of a template (or of another flow) under a new id and name; node ids stay, they are per flow. */
export function copyFlow(source: Flow, id: string, name: string): Flow {
  return { ...structuredClone(source), id, name };
}
