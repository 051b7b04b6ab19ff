import type { RunContext } from '../../../runtime/context/context.schema';
import { runContextSchema } from '../../../runtime/context/context.schema';
import { parseJsonl, type BatchRecord } from '../../../runtime/simulation/records';

export const EXAMPLE_DATASET_ID = 'example';

export interface LoadedDataset {
  readonly id: string;
  readonly name: string;
  readonly records: readonly BatchRecord[];
  readonly context: RunContext;
}

let example: Promise<LoadedDataset> | undefined;
let exampleContext: Promise<RunContext> | undefined;

/** The bundled world (warehouses, carriers, gift history, clock); loaded on first use, in its own chunk. */
export function loadExampleContext(): Promise<RunContext> {
  exampleContext ??= import('../../../examples/data/context.json').then((m) => runContextSchema.parse(m.default));
  return exampleContext;
}

/** examples/data/orders.jsonl with the example context: the data set every flow can be tried on. */
export function loadExampleDataset(): Promise<LoadedDataset> {
  example ??= Promise.all([import('../../../examples/data/orders.jsonl?raw'), loadExampleContext()]).then(([orders, context]) => ({
    id: EXAMPLE_DATASET_ID,
    name: 'examples/data/orders.jsonl',
    records: parseJsonl(orders.default),
    context,
  }));
  return example;
}
