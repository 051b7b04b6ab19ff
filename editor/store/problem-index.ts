import type { Problem, Flow } from '../../runtime/index';

/** Problems arranged for the UI: errors before warnings, and looked up by node or edge. */
export interface ProblemIndex {
  readonly all: readonly Problem[];
  readonly byNode: ReadonlyMap<string, readonly Problem[]>;
  readonly byEdge: ReadonlyMap<string, readonly Problem[]>;
  readonly errors: number;
  readonly warnings: number;
}

function push(map: Map<string, Problem[]>, key: string | undefined, problem: Problem): void {
  if (key === undefined) return;
  const list = map.get(key);
  if (list) list.push(problem);
  else map.set(key, [problem]);
}

/** Problems without a nodeId/edgeId but with a path like ["nodes", 3, …] still belong to that node. */
export function indexProblems(problems: readonly Problem[], flow: Flow): ProblemIndex {
  const all = [...problems.filter((p) => p.severity === 'error'), ...problems.filter((p) => p.severity !== 'error')];
  const byNode = new Map<string, Problem[]>();
  const byEdge = new Map<string, Problem[]>();
  for (const problem of all) {
    const [head, index] = problem.path;
    const nodeId =
      problem.nodeId ?? (head === 'nodes' && typeof index === 'number' ? flow.nodes[index]?.id : undefined);
    const edgeId =
      problem.edgeId ?? (head === 'edges' && typeof index === 'number' ? flow.edges[index]?.id : undefined);
    // An edge problem shows on the edge; it only marks the node when the runtime names the node too.
    push(byNode, nodeId, problem);
    push(byEdge, edgeId, problem);
  }
  const errors = all.filter((p) => p.severity === 'error').length;
  return { all, byNode, byEdge, errors, warnings: all.length - errors };
}
