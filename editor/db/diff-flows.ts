import type { Flow, FlowEdge, FlowNode } from '../../runtime/index';
import { isPlainObject } from '../../runtime/index';

/** One changed value; `path` starts at the node, e.g. ["config", "percent"] or ["name"]. `undefined` = absent. */
export interface FieldChange {
  readonly path: readonly (string | number)[];
  readonly before: unknown;
  readonly after: unknown;
}

export interface NodeChange {
  readonly id: string;
  readonly type: string;
  readonly name?: string;
  readonly changes: readonly FieldChange[];
  /** Only the canvas position changed (or also it): reported apart, it rarely matters to a reviewer. */
  readonly moved: boolean;
}

export interface FlowDiff {
  readonly name?: { readonly before: string; readonly after: string };
  readonly description?: { readonly before: string; readonly after: string };
  readonly nodesAdded: readonly FlowNode[];
  readonly nodesRemoved: readonly FlowNode[];
  readonly nodesChanged: readonly NodeChange[];
  readonly edgesAdded: readonly FlowEdge[];
  readonly edgesRemoved: readonly FlowEdge[];
}

export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && jsonEqual(a[k], b[k]));
  }
  return false;
}

/** Walks into objects so a change names its field; arrays (lists, JSONLogic arguments) compare whole. */
function diffValues(before: unknown, after: unknown, path: (string | number)[], out: FieldChange[]): void {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...Object.keys(before), ...Object.keys(after).filter((k) => !Object.hasOwn(before, k))];
    for (const key of keys)
      diffValues(
        Object.hasOwn(before, key) ? before[key] : undefined,
        Object.hasOwn(after, key) ? after[key] : undefined,
        [...path, key],
        out,
      );
  } else if (!jsonEqual(before, after)) {
    out.push({ path, before, after });
  }
}

function diffNode(a: FlowNode, b: FlowNode): NodeChange | undefined {
  const changes: FieldChange[] = [];
  for (const key of ['type', 'typeVersion', 'name'] as const) diffValues(a[key], b[key], [key], changes);
  diffValues(a.config, b.config, ['config'], changes);
  const moved = a.position.x !== b.position.x || a.position.y !== b.position.y;
  if (changes.length === 0 && !moved) return undefined;
  return { id: b.id, type: b.type, ...(b.name !== undefined ? { name: b.name } : {}), changes, moved };
}

/** Edges are compared by what they connect, not by id: re-drawing the same wire is no change. */
const edgeKey = (edge: FlowEdge) => JSON.stringify([edge.source, edge.sourcePort, edge.target]);

/** What changed from `a` (older) to `b` (newer), in document order. Pure. */
export function diffFlows(a: Flow, b: Flow): FlowDiff {
  const before = new Map(a.nodes.map((n) => [n.id, n]));
  const after = new Map(b.nodes.map((n) => [n.id, n]));
  const nodesChanged: NodeChange[] = [];
  for (const node of b.nodes) {
    const old = before.get(node.id);
    const change = old && diffNode(old, node);
    if (change) nodesChanged.push(change);
  }
  const edgesBefore = new Set(a.edges.map(edgeKey));
  const edgesAfter = new Set(b.edges.map(edgeKey));
  return {
    ...(a.name !== b.name ? { name: { before: a.name, after: b.name } } : {}),
    ...(a.description !== b.description ? { description: { before: a.description, after: b.description } } : {}),
    nodesAdded: b.nodes.filter((n) => !before.has(n.id)),
    nodesRemoved: a.nodes.filter((n) => !after.has(n.id)),
    nodesChanged,
    edgesAdded: b.edges.filter((e) => !edgesBefore.has(edgeKey(e))),
    edgesRemoved: a.edges.filter((e) => !edgesAfter.has(edgeKey(e))),
  };
}

export function isEmptyDiff(diff: FlowDiff): boolean {
  return (
    !diff.name &&
    !diff.description &&
    [diff.nodesAdded, diff.nodesRemoved, diff.nodesChanged, diff.edgesAdded, diff.edgesRemoved].every(
      (list) => list.length === 0,
    )
  );
}
