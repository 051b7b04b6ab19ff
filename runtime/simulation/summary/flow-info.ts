import type { Plan } from '../../engine/compile';

export interface FlowInfo {
  readonly flowId: string;
  readonly flowName: string;
  /** Nodes in document order, so nodes that never ran still show with zero hits. */
  readonly nodes: readonly { readonly id: string; readonly type: string; readonly name?: string }[];
}

/** The summary's view of a flow: its id, name and nodes. */
export function flowInfo(plan: Plan): FlowInfo {
  return {
    flowId: plan.flowId,
    flowName: plan.flowName,
    nodes: plan.flow.nodes.map((n) => ({ id: n.id, type: n.type, ...(n.name ? { name: n.name } : {}) })),
  };
}
