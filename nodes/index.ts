import { createRegistry, type NodeRegistry } from '../runtime/node/registry';
import type { AnyNodeDefinition } from '../runtime/node/define-node';
import { approvalNode } from './approval/approval.node';
import { conditionNode } from './condition/condition.node';
import { discountNode } from './discount/discount.node';
import { endNode } from './end/end.node';
import { giftNode } from './gift/gift.node';
import { notifyNode } from './notify/notify.node';
import { qcCheckNode } from './qc-check/qc-check.node';
import { routeNode } from './route/route.node';
import { setFieldNode } from './set-field/set-field.node';
import { switchNode } from './switch/switch.node';
import { tagNode } from './tag/tag.node';
import { triggerNode } from './trigger/trigger.node';

/** The node types every installation has, in palette order. */
export const coreNodes: readonly AnyNodeDefinition[] = [
  triggerNode,
  conditionNode,
  switchNode,
  discountNode,
  giftNode,
  approvalNode,
  qcCheckNode,
  routeNode,
  tagNode,
  setFieldNode,
  notifyNode,
  endNode,
];

export const coreRegistry: NodeRegistry = createRegistry(coreNodes);

/** A registry with the core nodes plus a team's own node types. */
export function registryWith(custom: readonly AnyNodeDefinition[]): NodeRegistry {
  return createRegistry([...coreNodes, ...custom]);
}
