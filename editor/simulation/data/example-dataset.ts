import type { RunContext } from '../../../runtime/index';
import { runContextSchema, parseJsonl } from '../../../runtime/index';
import { recordLabel } from '../db/dataset-records';
import type { LoadedDataset } from './loaded-dataset';

export const EXAMPLE_DATASET_ID = 'example';

let example: Promise<LoadedDataset> | undefined;
let exampleContext: Promise<RunContext> | undefined;

/** The bundled world (warehouses, carriers, gift history, clock); loaded on first use, in its own chunk. */
export function loadExampleContext(): Promise<RunContext> {
  exampleContext ??= import('../../../examples/data/context.json').then((m) => runContextSchema.parse(m.default));
  return exampleContext;
}

/**
 * examples/data/orders.jsonl with the example context: the data set every flow can be tried on. Small
 * enough to keep in memory and hand to a worker as it is (its orders are validated as they run).
 */
export function loadExampleDataset(): Promise<LoadedDataset> {
  example ??= Promise.all([import('../../../examples/data/orders.jsonl?raw'), loadExampleContext()]).then(
    ([orders, context]) => {
      const records = parseJsonl(orders.default);
      return {
        id: EXAMPLE_DATASET_ID,
        name: 'examples/data/orders.jsonl',
        context,
        size: records.length,
        labels: records.map(recordLabel),
        record: (index: number) => Promise.resolve(records[index]),
        source: { kind: 'records', records },
      };
    },
  );
  return example;
}
