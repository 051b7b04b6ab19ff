import { createRegistry, type NodeRegistry } from '../runtime/node/index';
import type { AnyNodeDefinition } from '../runtime/node/index';
import { approvalNode } from './approval/approval.node.ts';
import { callApiNode } from './call-api/call-api.node.ts';
import { conditionNode } from './condition/condition.node.ts';
import { decisionTableNode } from './decision-table/decision-table.node.ts';
import { discountNode } from './discount/discount.node.ts';
import { endNode } from './end/end.node.ts';
import { giftNode } from './gift/gift.node.ts';
import { notifyNode } from './notify/notify.node.ts';
import { qcCheckNode } from './qc-check/qc-check.node.ts';
import { routeNode } from './route/route.node.ts';
import { setFieldNode } from './set-field/set-field.node.ts';
import { switchNode } from './switch/switch.node.ts';
import { tagNode } from './tag/tag.node.ts';
import { triggerNode } from './trigger/trigger.node.ts';
export { triggerTakes } from './trigger/trigger.node.ts';

/** The node types every installation has, in palette order. */
export const coreNodes: readonly AnyNodeDefinition[] = [
  triggerNode,
  conditionNode,
  switchNode,
  decisionTableNode,
  discountNode,
  giftNode,
  approvalNode,
  qcCheckNode,
  routeNode,
  tagNode,
  setFieldNode,
  notifyNode,
  callApiNode,
  endNode,
];

export const coreRegistry: NodeRegistry = createRegistry(coreNodes);

/** A registry with the core nodes plus a team's own node types. */
export function registryWith(custom: readonly AnyNodeDefinition[]): NodeRegistry {
  return createRegistry([...coreNodes, ...custom]);
}
