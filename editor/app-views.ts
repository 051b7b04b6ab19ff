import { loyaltyPointsView } from '../examples/custom-node/loyalty-points.view';
import { coreViews } from './node-views/core-views';
import { createViewRegistry } from './node-views/view-registry';

/**
 * The editor halves of the node types in `app-registry.ts`: a team's own type adds its view here (one
 * import). Kept apart from the registry because the simulation worker imports that one and needs no React.
 */
export const appViews = createViewRegistry([...coreViews, loyaltyPointsView]);
