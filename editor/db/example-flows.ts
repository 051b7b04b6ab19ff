import type { Flow, Problem, NodeRegistry } from '../../runtime/index';
import { validateFlow } from '../../runtime/index';

export interface ExampleFlows {
  readonly flows: readonly Flow[];
  /** Examples that did not validate with this registry, so a broken example never reaches the DB. */
  readonly skipped: readonly { readonly file: string; readonly problems: readonly Problem[] }[];
}

/** Lazy: the examples are only fetched on first start or when the template menu opens. */
const exampleLoaders = import.meta.glob<unknown>('../../examples/flows/*.flow.json', { import: 'default' });

/** Loads and validates the bundled example flows (none is fine), sorted by file name. */
export async function loadExampleFlows(
  registry: NodeRegistry,
  loaders: Record<string, () => Promise<unknown>> = exampleLoaders,
): Promise<ExampleFlows> {
  const flows: Flow[] = [];
  const skipped: { file: string; problems: readonly Problem[] }[] = [];
  for (const file of Object.keys(loaders).sort()) {
    const { flow, problems } = validateFlow(await loaders[file]!(), registry);
    if (flow) flows.push(flow);
    else skipped.push({ file, problems });
  }
  return { flows, skipped };
}
