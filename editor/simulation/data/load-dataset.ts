import { runContextSchema } from '../../../runtime/index';
import { getDataset, getDatasetLabels, getDatasetRecord } from '../db/repo';
import type { SimulationDb } from '../db/simulation-db';
import { EXAMPLE_DATASET_ID, loadExampleContext, loadExampleDataset } from './example-dataset';
import type { LoadedDataset } from './loaded-dataset';

/** A data set by id: the bundled example, or one imported into the simulation database (its labels, not its orders). */
export async function loadDataset(db: SimulationDb, id: string): Promise<LoadedDataset> {
  if (id === EXAMPLE_DATASET_ID) return loadExampleDataset();
  const [row, labels] = await Promise.all([getDataset(db, id), getDatasetLabels(db, id)]);
  if (!row) throw new Error(`data set ${id} is gone`);
  const context = row.context ? runContextSchema.parse(row.context) : await loadExampleContext();
  return {
    id: row.id,
    name: row.name,
    context,
    ...(row.context && row.contextName ? { contextName: row.contextName } : {}),
    size: row.size,
    labels,
    record: (index) => getDatasetRecord(db, id, index),
    source: { kind: 'stored', datasetId: row.id, size: row.size },
  };
}
