import type { FlowEdge, FlowNode } from '../flow/flow.schema';
import type { AnyNodeDefinition, PortSpec } from '../node/define-node';
import type { Problem } from './problem';
import type { FlowWords } from './validation-words';

/** A node that passed its own checks, with the ports its config gives it. */
export interface CheckedNode {
  readonly index: number;
  readonly node: FlowNode;
  readonly definition: AnyNodeDefinition;
  readonly ports: readonly PortSpec[];
}

/** Edges, ports, triggers, cycles and reachability: everything about how nodes connect. `words` word the problems. */
export function checkGraph(
  nodes: ReadonlyMap<string, CheckedNode>,
  knownIds: ReadonlySet<string>,
  edges: readonly FlowEdge[],
  words: FlowWords,
): Problem[] {
  const problems: Problem[] = [];
  const triggers = [...nodes.values()].filter((n) => !n.definition.hasInput);
  if (triggers.length === 0 && nodes.size > 0) {
    problems.push({ code: 'no-trigger', severity: 'error', message: words.noTrigger(), path: ['nodes'] });
  }
  for (const extra of triggers.slice(1)) {
    problems.push({
      code: 'multiple-triggers',
      severity: 'error',
      message: words.multipleTriggers(extra.node.id),
      path: ['nodes', extra.index],
      nodeId: extra.node.id,
    });
  }

  const usedPorts = new Map<string, string>();
  const successors = new Map<string, string[]>();
  edges.forEach((edge, i) => {
    const path = ['edges', i];
    for (const end of ['source', 'target'] as const) {
      if (!knownIds.has(edge[end])) {
        problems.push({
          code: 'edge-missing-node',
          severity: 'error',
          message: words.edgeMissingNode(edge.id, end, edge[end]),
          path: [...path, end],
          edgeId: edge.id,
        });
      }
    }
    const source = nodes.get(edge.source);
    const target = nodes.get(edge.target);
    if (source && !source.ports.some((p) => p.id === edge.sourcePort)) {
      const ports = source.ports.map((p) => p.id);
      problems.push({
        code: 'edge-unknown-port',
        severity: 'error',
        message: words.unknownPort(source.node.id, edge.sourcePort, ports),
        path: [...path, 'sourcePort'],
        edgeId: edge.id,
        nodeId: source.node.id,
      });
      return;
    }
    if (target && !target.definition.hasInput) {
      problems.push({
        code: 'edge-into-trigger',
        severity: 'error',
        message: words.edgeIntoTrigger(edge.id, target.node.id),
        path: [...path, 'target'],
        edgeId: edge.id,
        nodeId: target.node.id,
      });
      return;
    }
    const portKey = `${edge.source}\u0000${edge.sourcePort}`;
    const earlier = usedPorts.get(portKey);
    if (earlier !== undefined) {
      const label = source?.ports.find((p) => p.id === edge.sourcePort)?.label;
      problems.push({
        code: 'port-multiple-edges',
        severity: 'error',
        message: words.portTaken(edge.sourcePort, label, edge.source, earlier),
        path,
        edgeId: edge.id,
        nodeId: edge.source,
      });
      return;
    }
    // An end that failed its own checks still counts as connected, so one mistake is reported once.
    if (!knownIds.has(edge.source) || !knownIds.has(edge.target)) return;
    usedPorts.set(portKey, edge.target);
    successors.set(edge.source, [...(successors.get(edge.source) ?? []), edge.target]);
  });

  for (const checked of nodes.values()) {
    for (const port of checked.ports) {
      if (port.required && !usedPorts.has(`${checked.node.id}\u0000${port.id}`)) {
        problems.push({
          code: 'required-port-unconnected',
          severity: 'error',
          message: words.requiredPort(checked.node.id, port.label),
          path: ['nodes', checked.index],
          nodeId: checked.node.id,
        });
      }
    }
  }
  problems.push(...findCycles(nodes, successors, words));
  const trigger = triggers[0];
  if (trigger) problems.push(...findUnreachable(nodes, successors, trigger.node.id, words));
  return problems;
}

/** Iterative three-colour DFS: reports one problem per back edge, never recursing. */
function findCycles(
  nodes: ReadonlyMap<string, CheckedNode>,
  successors: ReadonlyMap<string, string[]>,
  words: FlowWords,
): Problem[] {
  const problems: Problem[] = [];
  const colour = new Map<string, 1 | 2>();
  for (const start of successors.keys()) {
    if (colour.has(start)) continue;
    const stack: { id: string; next: number }[] = [{ id: start, next: 0 }];
    colour.set(start, 1);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const targets = successors.get(frame.id) ?? [];
      if (frame.next >= targets.length) {
        colour.set(frame.id, 2);
        stack.pop();
        continue;
      }
      const target = targets[frame.next++]!;
      const state = colour.get(target);
      if (state === 1) {
        const loop = [...stack.slice(stack.findIndex((f) => f.id === target)).map((f) => f.id), target];
        const index = nodes.get(target)?.index;
        problems.push({
          code: 'cycle',
          severity: 'error',
          message: words.cycle(loop),
          path: index === undefined ? ['edges'] : ['nodes', index],
          nodeId: target,
        });
      } else if (state === undefined) {
        colour.set(target, 1);
        stack.push({ id: target, next: 0 });
      }
    }
  }
  return problems;
}

function findUnreachable(
  nodes: ReadonlyMap<string, CheckedNode>,
  successors: ReadonlyMap<string, string[]>,
  triggerId: string,
  words: FlowWords,
): Problem[] {
  const seen = new Set([triggerId]);
  const queue = [triggerId];
  while (queue.length > 0) {
    for (const next of successors.get(queue.pop()!) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return [...nodes.values()]
    .filter((n) => !seen.has(n.node.id) && n.definition.hasInput)
    .map((n) => ({
      code: 'unreachable-node' as const,
      severity: 'warning' as const,
      message: words.unreachable(n.node.id),
      path: ['nodes', n.index],
      nodeId: n.node.id,
    }));
}
