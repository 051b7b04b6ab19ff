/** What `orderflow --nodes examples/custom-node/index.ts` loads: the team's node types. */
import type { AnyNodeDefinition } from '../../runtime/node/index';
import { loyaltyPointsNode } from './loyalty-points.node.ts';

export { loyaltyPointsNode } from './loyalty-points.node.ts';

export const nodes: readonly AnyNodeDefinition[] = [loyaltyPointsNode];
