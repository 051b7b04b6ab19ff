import type { NodeRegistry } from '../../runtime/index';
import { loadExampleFlows, type ExampleFlows } from './example-flows';
import type { Repository } from './repository';

/**
 * Call once at start-up (FlowList does it on mount): loads the bundled example flows, stores them
 * if this is the first start, and returns them for the "from template" menu.
 */
export async function seedFromExamples(
  repo: Repository,
  registry: NodeRegistry,
): Promise<ExampleFlows & { added: number }> {
  const examples = await loadExampleFlows(registry);
  const { added } = await repo.seedExamples(examples.flows);
  return { ...examples, added };
}
