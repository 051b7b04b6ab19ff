import type { Flow, NodeRegistry } from '../../runtime/index';
import { outputsOf } from './ports';

export interface ConnectionRequest {
  readonly source: string;
  readonly sourcePort: string;
  readonly target: string;
}

/** Why a link was refused; the i18n layer turns these into sentences for people. */
export type RefusalCode = 'missing-node' | 'self-loop' | 'unknown-port' | 'no-input' | 'port-taken' | 'cycle';

export type ConnectionCheck =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly code: RefusalCode;
      readonly source: string;
      readonly target: string;
      readonly port: string;
    };

/**
 * The editor's rules for drawing a link, checked before the edge exists (validation reports the same
 * things afterwards for imported files): every output port leads to exactly one next step, nothing
 * leads into the trigger, and flows never loop back.
 */
export function checkConnection(flow: Flow, registry: NodeRegistry, request: ConnectionRequest): ConnectionCheck {
  const { source, sourcePort, target } = request;
  const refuse = (code: RefusalCode): ConnectionCheck => ({ ok: false, code, source, target, port: sourcePort });
  const from = flow.nodes.find((n) => n.id === source);
  const to = flow.nodes.find((n) => n.id === target);
  if (!from || !to) return refuse('missing-node');
  if (source === target) return refuse('self-loop');
  const fromDefinition = registry.get(from.type);
  if (fromDefinition && !outputsOf(fromDefinition, from.config).some((p) => p.id === sourcePort))
    return refuse('unknown-port');
  if (registry.get(to.type)?.hasInput === false) return refuse('no-input');
  if (flow.edges.some((e) => e.source === source && e.sourcePort === sourcePort)) return refuse('port-taken');
  if (reaches(flow, target, source)) return refuse('cycle');
  return { ok: true };
}

/** True when `to` can be reached from `from` along existing edges (the new edge would close a loop). */
function reaches(flow: Flow, from: string, to: string): boolean {
  const next = new Map<string, string[]>();
  for (const edge of flow.edges) next.set(edge.source, [...(next.get(edge.source) ?? []), edge.target]);
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (id === to) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(next.get(id) ?? []));
  }
  return false;
}
