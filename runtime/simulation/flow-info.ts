import type { FlowInfo } from '../../cli/summary/summary';
import type { Plan } from '../engine/compile';

/**
 * The summary's view of a flow. Same as `flowInfo` in cli/commands/simulate.ts, which cannot be
 * imported here: that module pulls in node:fs through the CLI's file readers.
 */
export function flowInfo(plan: Plan): FlowInfo {
  return {
    flowId: plan.flowId,
    flowName: plan.flowName,
    nodes: plan.flow.nodes.map((n) => ({ id: n.id, type: n.type, ...(n.name ? { name: n.name } : {}) })),
  };
}
