import { registryWith } from '../nodes/index';
import { nodes as exampleCustomNodes } from '../examples/custom-node/index';

/**
 * The node types this editor offers: the core set plus a team's own. Add a custom node type here
 * (one import) and it appears in the palette, the inspector, validation and simulation — the
 * simulation worker imports this same registry, so runs in the worker and on the page agree.
 */
export const appRegistry = registryWith([...exampleCustomNodes]);
