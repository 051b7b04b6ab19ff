import type { Transaction } from 'dexie';
import type { BatchRecord, CompactResult } from '../../../runtime/index';
import { firstProblems } from '../problems';
import { recordLabel } from './dataset-records';
import type { DatasetRow, RunRow } from './simulation-db';

/** Rows as version 1 stored them: records and results inline. */
type DatasetRowV1 = Omit<DatasetRow, 'size'> & { readonly records?: readonly BatchRecord[] };
type RunRowV1 = Omit<RunRow, 'problems' | 'resultsKey'> & { readonly results?: readonly CompactResult[] };

/** Same as DATASET_PAGE_SIZE; a constant of its own so this upgrade never changes once shipped. */
const PAGE_SIZE = 2500;

/**
 * v1 → v2: moves each data set's records into pages (as they are: unchecked records are validated
 * when a batch runs them) with their labels, and each run's results into `runResults`. One row at a
 * time, so an upgrade never holds more than one data set or run in memory.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const datasets = tx.table<DatasetRowV1 | DatasetRow, string>('datasets');
  for (const id of await datasets.toCollection().primaryKeys()) {
    const row = await datasets.get(id);
    if (!row || !('records' in row) || !row.records) continue;
    const { records, ...meta } = row;
    // Pages as version 2 keeps them: PAGE_SIZE records each, as they are.
    for (let from = 0; from < records.length; from += PAGE_SIZE) {
      await tx
        .table('datasetPages')
        .put({ datasetId: id, page: from / PAGE_SIZE, records: records.slice(from, from + PAGE_SIZE) });
    }
    await tx.table('datasetLabels').put({ datasetId: id, labels: records.map(recordLabel) });
    await datasets.put({ ...meta, size: records.length });
  }
  const runs = tx.table<RunRowV1 | RunRow, number>('runs');
  for (const id of await runs.toCollection().primaryKeys()) {
    const row = await runs.get(id);
    if (!row || !('results' in row) || !row.results) continue;
    const { results, ...meta } = row;
    const resultsKey = `run-${id}`;
    await tx.table('runResults').put({ key: resultsKey, part: 0, results });
    await runs.put({ ...meta, problems: firstProblems(results), resultsKey });
  }
}
