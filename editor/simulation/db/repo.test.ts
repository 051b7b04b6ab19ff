import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createSummary } from '../../../cli/summary/summary';
import { addCases, addDataset, deleteCase, getRun, listCases, listDatasets, listRuns, RUNS_KEPT, saveRun } from './repo';
import { SimulationDb } from './simulation-db';

const fresh = () => new SimulationDb(`sim-test-${Math.random().toString(36).slice(2)}`);

describe('simulation database', () => {
  it('keeps imported data sets with their unreadable rows', async () => {
    const db = fresh();
    const row = await addDataset(db, { name: 'a.csv', format: 'csv', records: [{ line: 2, value: { id: 'x' } }, { line: 3, error: 'row 3: bad' }], orders: 1, unreadable: 1 });
    expect((await listDatasets(db)).map((d) => [d.id, d.records.length])).toEqual([[row.id, 2]]);
  });

  it('keeps test cases per flow', async () => {
    const db = fresh();
    await addCases(db, 'flow-a', [{ name: 'one', order: {}, expect: {} }, { name: 'two', order: {}, expect: {} }]);
    await addCases(db, 'flow-b', [{ name: 'other', order: {}, expect: {} }]);
    const cases = await listCases(db, 'flow-a');
    expect(cases.map((c) => c.testCase.name)).toEqual(['one', 'two']);
    await deleteCase(db, cases[0]!.id!);
    expect((await listCases(db, 'flow-a')).map((c) => c.testCase.name)).toEqual(['two']);
  });

  it('stores runs with the flow fingerprint, newest first, keeping the last RUNS_KEPT per flow', async () => {
    const db = fresh();
    const summary = createSummary({ flowId: 'f', flowName: 'F', nodes: [] });
    for (let i = 0; i < RUNS_KEPT + 2; i++) {
      await saveRun(db, { flowId: 'f', flowName: 'F', fingerprint: `fp${i}`, kind: 'batch', datasetId: 'example', datasetName: 'ex', cancelled: false, summary, results: [] });
    }
    const runs = await listRuns(db, 'f');
    expect(runs).toHaveLength(RUNS_KEPT);
    expect(runs[0]!.fingerprint).toBe(`fp${RUNS_KEPT + 1}`);
    expect('results' in runs[0]!).toBe(false);
    expect((await getRun(db, runs[0]!.id!))?.results).toEqual([]);
  });
});
