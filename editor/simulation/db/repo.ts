import Dexie from 'dexie';
import type { TestCase } from '../../../runtime/simulation/test-cases';
import type { CaseRow, DatasetRow, RunRow, SimulationDb } from './simulation-db';

/** Runs kept per flow; older ones are dropped when a new one is saved. */
export const RUNS_KEPT = 20;

const now = () => new Date().toISOString();

export function listDatasets(db: SimulationDb): Promise<DatasetRow[]> {
  return db.datasets.orderBy('createdAt').toArray();
}

export async function addDataset(db: SimulationDb, row: Omit<DatasetRow, 'id' | 'createdAt'>): Promise<DatasetRow> {
  const full: DatasetRow = { ...row, id: `ds-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`, createdAt: now() };
  await db.datasets.add(full);
  return full;
}

export const getDataset = (db: SimulationDb, id: string) => db.datasets.get(id);
export const deleteDataset = (db: SimulationDb, id: string) => db.datasets.delete(id);

export function listCases(db: SimulationDb, flowId: string): Promise<CaseRow[]> {
  return db.cases.where('flowId').equals(flowId).sortBy('id');
}

export async function addCases(db: SimulationDb, flowId: string, cases: readonly TestCase[]): Promise<void> {
  await db.cases.bulkAdd(cases.map((testCase) => ({ flowId, createdAt: now(), testCase })));
}

export const deleteCase = (db: SimulationDb, id: number) => db.cases.delete(id);

/** Saves a run and keeps only the newest RUNS_KEPT of its flow. */
export async function saveRun(db: SimulationDb, row: Omit<RunRow, 'id' | 'createdAt'>): Promise<RunRow> {
  return db.transaction('rw', db.runs, async () => {
    const full: RunRow = { ...row, createdAt: now() };
    const id = await db.runs.add(full);
    const old = await db.runs.where('[flowId+createdAt]').between([row.flowId, Dexie.minKey], [row.flowId, Dexie.maxKey]).reverse().offset(RUNS_KEPT).primaryKeys();
    await db.runs.bulkDelete(old);
    return { ...full, id };
  });
}

/** Newest first, without their (large) per-order results. */
export async function listRuns(db: SimulationDb, flowId: string): Promise<Omit<RunRow, 'results'>[]> {
  const rows = await db.runs.where('[flowId+createdAt]').between([flowId, Dexie.minKey], [flowId, Dexie.maxKey]).reverse().toArray();
  return rows.map(({ results: _results, ...rest }) => rest);
}

export const getRun = (db: SimulationDb, id: number) => db.runs.get(id);
