import { validateFlow, flowSchema, type Flow } from '../../runtime/index';
import type { NodeRegistry } from '../../runtime/index';
import { triggerOnlyFlow } from '../store/empty-flow';

// Examples load lazily: only the first one is fetched, the rest never enter the bundle's first chunk.
const EXAMPLES = import.meta.glob<unknown>('../../examples/flows/*.flow.json', { import: 'default' });

/**
 * The flow shown on first start: the first example (by file name), else a new flow with just its
 * trigger. An example with problems still opens, so its problems are listed; one that is not a flow
 * at all is skipped. The Dexie flow list replaces this once persistence is wired.
 */
export async function initialFlow(registry: NodeRegistry): Promise<Flow> {
  for (const path of Object.keys(EXAMPLES).sort()) {
    try {
      const value = await EXAMPLES[path]!();
      const checked = validateFlow(value, registry);
      if (checked.flow) return checked.flow;
      const raw = flowSchema.safeParse(value);
      if (raw.success) return raw.data;
    } catch {
      /* a broken example must not stop the editor from opening */
    }
  }
  return triggerOnlyFlow(registry);
}
