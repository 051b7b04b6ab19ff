import { runContextSchema } from '../../../runtime/context/context.schema';
import { getDataset } from '../db/repo';
import type { SimulationDb } from '../db/simulation-db';
import { EXAMPLE_DATASET_ID, loadExampleContext, loadExampleDataset, type LoadedDataset } from './example-dataset';

/** A data set by id: the bundled example, or one imported into the simulation database. */
export async function loadDataset(db: SimulationDb, id: string): Promise<LoadedDataset> {
  if (id === EXAMPLE_DATASET_ID) return loadExampleDataset();
  const row = await getDataset(db, id);
  if (!row) throw new Error(`data set ${id} is gone`);
  const context = row.context ? runContextSchema.parse(row.context) : await loadExampleContext();
  return { id: row.id, name: row.name, records: row.records, context };
}
