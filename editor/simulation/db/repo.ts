import Dexie from 'dexie';
import type { RunContextInput, SimRecord, CompactResult, TestCase } from '../../../runtime/index';
import { pagesOf, recordLabel } from './dataset-records';
import { DATASET_PAGE_SIZE, type CaseRow, type DatasetRow, type RunRow, type SimulationDb } from './simulation-db';

/** Runs kept per flow; older ones are dropped when a new one is saved. */
export const RUNS_KEPT = 20;

const now = () => new Date().toISOString();
const allOf = (id: string) =>
  [
    [id, Dexie.minKey],
    [id, Dexie.maxKey],
  ] as const;

// Data sets

export function listDatasets(db: SimulationDb): Promise<DatasetRow[]> {
  return db.datasets.orderBy('createdAt').toArray();
}

/** Stores a data set: its row, its records in pages, and their labels, all or nothing. */
export async function addDataset(
  db: SimulationDb,
  row: Omit<DatasetRow, 'id' | 'createdAt' | 'size'>,
  records: readonly SimRecord[],
): Promise<DatasetRow> {
  const full: DatasetRow = {
    ...row,
    id: `ds-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    createdAt: now(),
    size: records.length,
  };
  await db.transaction('rw', [db.datasets, db.datasetPages, db.datasetLabels], async () => {
    await db.datasetPages.bulkAdd(pagesOf(full.id, records, DATASET_PAGE_SIZE));
    await db.datasetLabels.add({ datasetId: full.id, labels: records.map(recordLabel) });
    await db.datasets.add(full);
  });
  return full;
}

export const getDataset = (db: SimulationDb, id: string) => db.datasets.get(id);

/** Gives a data set its own world (warehouses, carriers, stock, clock), or takes it back to the example's (undefined). */
export async function setDatasetContext(
  db: SimulationDb,
  id: string,
  world: { context: RunContextInput; name: string } | undefined,
): Promise<void> {
  const changed = await db.datasets.update(
    id,
    world ? { context: world.context, contextName: world.name } : { context: undefined, contextName: undefined },
  );
  if (changed === 0) throw new Error(`data set ${id} is gone`);
}

export async function deleteDataset(db: SimulationDb, id: string): Promise<void> {
  await db.transaction('rw', [db.datasets, db.datasetPages, db.datasetLabels], async () => {
    await db.datasetPages
      .where('[datasetId+page]')
      .between(...allOf(id))
      .delete();
    await db.datasetLabels.delete(id);
    await db.datasets.delete(id);
  });
}

export async function getDatasetLabels(db: SimulationDb, id: string): Promise<readonly (string | null)[]> {
  return (await db.datasetLabels.get(id))?.labels ?? [];
}

/** One record by its place in the data set (reads its page only). */
export async function getDatasetRecord(db: SimulationDb, id: string, index: number): Promise<SimRecord | undefined> {
  const page = await db.datasetPages.get([id, Math.floor(index / DATASET_PAGE_SIZE)]);
  return page?.records[index % DATASET_PAGE_SIZE];
}

/** Every record of a data set, in order (tests, small data sets; a batch reads pages as it goes). */
export async function getDatasetRecords(db: SimulationDb, id: string): Promise<SimRecord[]> {
  const pages = await db.datasetPages
    .where('[datasetId+page]')
    .between(...allOf(id))
    .toArray();
  return pages.flatMap((p) => p.records);
}

// Test cases

export function listCases(db: SimulationDb, flowId: string): Promise<CaseRow[]> {
  return db.cases.where('flowId').equals(flowId).sortBy('id');
}

export async function addCases(db: SimulationDb, flowId: string, cases: readonly TestCase[]): Promise<void> {
  await db.cases.bulkAdd(cases.map((testCase) => ({ flowId, createdAt: now(), testCase })));
}

export const deleteCase = (db: SimulationDb, id: number) => db.cases.delete(id);

// Runs

/** Saves a run and keeps only the newest RUNS_KEPT of its flow, dropping the results of the others. */
export async function saveRun(db: SimulationDb, row: Omit<RunRow, 'id' | 'createdAt'>): Promise<RunRow> {
  return db.transaction('rw', db.runs, db.runResults, async () => {
    const full: RunRow = { ...row, createdAt: now() };
    const id = await db.runs.add(full);
    const old = await db.runs
      .where('[flowId+createdAt]')
      .between([row.flowId, Dexie.minKey], [row.flowId, Dexie.maxKey])
      .reverse()
      .offset(RUNS_KEPT)
      .toArray();
    await db.runs.bulkDelete(old.map((r) => r.id!));
    for (const r of old)
      await db.runResults
        .where('[key+part]')
        .between(...allOf(r.resultsKey))
        .delete();
    return { ...full, id };
  });
}

/** Newest first, of one kind when given. Small rows: the per-order results are apart. */
export function listRuns(db: SimulationDb, flowId: string, kind?: RunRow['kind']): Promise<RunRow[]> {
  const newestFirst = db.runs
    .where('[flowId+createdAt]')
    .between([flowId, Dexie.minKey], [flowId, Dexie.maxKey])
    .reverse();
  return (kind ? newestFirst.filter((r) => r.kind === kind) : newestFirst).toArray();
}

export const getRun = (db: SimulationDb, id: number) => db.runs.get(id);

/** A unique key for the per-order results of a run about to start. */
export const newResultsKey = () => `results-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/** Stores one part of a run's per-order results (a worker's share). */
export async function saveRunResults(
  db: SimulationDb,
  key: string,
  part: number,
  results: readonly CompactResult[],
): Promise<void> {
  await db.runResults.put({ key, part, results });
}

/** Every order's result of a run, in data set order. */
export async function getRunResults(db: SimulationDb, key: string): Promise<CompactResult[]> {
  const parts = await db.runResults
    .where('[key+part]')
    .between(...allOf(key))
    .toArray();
  return parts.flatMap((p) => p.results);
}

/** Drops stored results that no run will own (a batch that failed half way). */
export async function deleteRunResults(db: SimulationDb, key: string): Promise<void> {
  await db.runResults
    .where('[key+part]')
    .between(...allOf(key))
    .delete();
}
