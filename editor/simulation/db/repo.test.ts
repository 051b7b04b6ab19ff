import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createSummary } from '../../../runtime/index';
import type { CompactResult } from '../../../runtime/index';
import { readDatasetPages } from './read-pages';
import {
  addCases,
  addDataset,
  deleteCase,
  deleteDataset,
  getDatasetLabels,
  getDatasetRecord,
  getDatasetRecords,
  getRun,
  getRunResults,
  listCases,
  listDatasets,
  listRuns,
  RUNS_KEPT,
  saveRun,
  saveRunResults,
} from './repo';
import { DATASET_PAGE_SIZE, SimulationDb } from './simulation-db';

const name = () => `sim-test-${Math.random().toString(36).slice(2)}`;
const fresh = () => new SimulationDb(name());
const summary = createSummary({ flowId: 'f', flowName: 'F', nodes: [] });
const result = (index: number, status: CompactResult['status'] = 'completed'): CompactResult => ({
  index,
  orderId: `o${index}`,
  status,
  decision: null,
  total: null,
  discount: null,
  path: [],
});

describe('simulation database — data sets', () => {
  it('keeps imported data sets with their unreadable rows, records in pages apart from the row', async () => {
    const db = fresh();
    const row = await addDataset(db, { name: 'a.csv', format: 'csv', orders: 1, unreadable: 1 }, [
      { line: 2, value: { id: 'x' } },
      { line: 3, error: 'row 3: bad' },
    ]);
    expect((await listDatasets(db)).map((d) => [d.id, d.size, 'records' in d])).toEqual([[row.id, 2, false]]);
    expect(await getDatasetRecords(db, row.id)).toEqual([
      { line: 2, value: { id: 'x' } },
      { line: 3, error: 'row 3: bad' },
    ]);
    expect(await getDatasetLabels(db, row.id)).toEqual(['x', null]);
  });

  it('reads one record, or a range of pages, without the rest; deleting drops them all', async () => {
    const db = fresh();
    const records = Array.from({ length: DATASET_PAGE_SIZE * 2 + 3 }, (_, i) => ({
      line: i + 1,
      value: { id: `o${i}` },
    }));
    const row = await addDataset(
      db,
      { name: 'big.jsonl', format: 'jsonl', orders: records.length, unreadable: 0 },
      records,
    );
    expect(await getDatasetRecord(db, row.id, DATASET_PAGE_SIZE + 7)).toEqual(records[DATASET_PAGE_SIZE + 7]);
    const pages: number[] = [];
    const waits = { waitedMs: 0 };
    for await (const page of readDatasetPages(db, row.id, 1, 3, waits)) pages.push(page.length);
    expect(pages).toEqual([DATASET_PAGE_SIZE, 3]);
    expect(waits.waitedMs).toBeGreaterThan(0);
    await deleteDataset(db, row.id);
    expect(await listDatasets(db)).toEqual([]);
    expect(await db.datasetPages.count()).toBe(0);
    expect(await db.datasetLabels.count()).toBe(0);
  });

  it('says which page is missing instead of running fewer orders', async () => {
    const db = fresh();
    const reading = readDatasetPages(db, 'ds-gone', 0, 1);
    await expect(reading.next()).rejects.toThrow('page 0 of data set ds-gone is missing');
  });
});

describe('simulation database — cases and runs', () => {
  it('keeps test cases per flow', async () => {
    const db = fresh();
    await addCases(db, 'flow-a', [
      { name: 'one', order: {}, expect: {} },
      { name: 'two', order: {}, expect: {} },
    ]);
    await addCases(db, 'flow-b', [{ name: 'other', order: {}, expect: {} }]);
    const cases = await listCases(db, 'flow-a');
    expect(cases.map((c) => c.testCase.name)).toEqual(['one', 'two']);
    await deleteCase(db, cases[0]!.id!);
    expect((await listCases(db, 'flow-a')).map((c) => c.testCase.name)).toEqual(['two']);
  });

  it('stores runs with the flow fingerprint, newest first, keeping the last RUNS_KEPT per flow and their results', async () => {
    const db = fresh();
    for (let i = 0; i < RUNS_KEPT + 2; i++) {
      await saveRunResults(db, `k${i}`, 0, [result(0)]);
      await saveRun(db, {
        flowId: 'f',
        flowName: 'F',
        fingerprint: `fp${i}`,
        kind: 'batch',
        datasetId: 'example',
        datasetName: 'ex',
        cancelled: false,
        summary,
        problems: [],
        resultsKey: `k${i}`,
      });
    }
    const runs = await listRuns(db, 'f');
    expect(runs).toHaveLength(RUNS_KEPT);
    expect(runs[0]!.fingerprint).toBe(`fp${RUNS_KEPT + 1}`);
    expect((await getRun(db, runs[0]!.id!))?.resultsKey).toBe(`k${RUNS_KEPT + 1}`);
    // The two oldest runs went, and their results with them.
    expect(await getRunResults(db, 'k0')).toEqual([]);
    expect(await db.runResults.count()).toBe(RUNS_KEPT);
  });

  it("reads a run's results back in data set order, part after part", async () => {
    const db = fresh();
    await saveRunResults(db, 'k', 1, [result(2), result(3)]);
    await saveRunResults(db, 'k', 0, [result(0), result(1)]);
    expect((await getRunResults(db, 'k')).map((r) => r.index)).toEqual([0, 1, 2, 3]);
  });
});

describe('simulation database — upgrade from version 1', () => {
  it('moves records into pages and results into their own rows, keeping every field', async () => {
    const dbName = name();
    const v1 = new Dexie(dbName);
    v1.version(1).stores({
      datasets: 'id, createdAt',
      cases: '++id, flowId',
      runs: '++id, flowId, createdAt, [flowId+createdAt]',
    });
    const records = Array.from({ length: DATASET_PAGE_SIZE + 1 }, (_, i) =>
      i === 1 ? { line: 2, error: 'bad' } : { line: i + 1, value: { id: `o${i}` } },
    );
    await v1.table('datasets').add({
      id: 'ds-1',
      name: 'old.jsonl',
      createdAt: '2026-01-01T00:00:00Z',
      format: 'jsonl',
      records,
      orders: records.length - 1,
      unreadable: 1,
    });
    const results = [result(0), result(1, 'rejected'), result(2, 'failed')];
    const runId = await v1.table('runs').add({
      flowId: 'f',
      flowName: 'F',
      fingerprint: 'fp',
      kind: 'batch',
      datasetId: 'ds-1',
      datasetName: 'old.jsonl',
      createdAt: '2026-01-02T00:00:00Z',
      cancelled: false,
      summary,
      results,
    });
    v1.close();

    const db = new SimulationDb(dbName);
    const [dataset] = await listDatasets(db);
    expect(dataset).toEqual({
      id: 'ds-1',
      name: 'old.jsonl',
      createdAt: '2026-01-01T00:00:00Z',
      format: 'jsonl',
      size: records.length,
      orders: records.length - 1,
      unreadable: 1,
    });
    expect(await getDatasetRecords(db, 'ds-1')).toEqual(records);
    expect((await getDatasetLabels(db, 'ds-1')).slice(0, 3)).toEqual(['o0', null, 'o2']);
    const run = (await getRun(db, runId as number))!;
    expect(run).not.toHaveProperty('results');
    expect(run.problems.map((p) => p.status)).toEqual(['rejected', 'failed']);
    expect(await getRunResults(db, run.resultsKey)).toEqual(results);
  });
});
