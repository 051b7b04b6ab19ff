import type { RunRow } from '../db/simulation-db';
import type { BatchJobResult } from '../worker/job-client';

/**
 * A run on screen: a batch just run or a saved one. Exports wait for `resultsKey`: set once the results
 * are stored. Its orders open as single runs only while the data set it ran on is selected.
 */
export type BatchView = Pick<
  BatchJobResult,
  'summary' | 'problems' | 'cancelled' | 'processed' | 'fingerprint' | 'resultsKey'
> & {
  readonly datasetId: string;
};

/** A saved run, shown again: a saved run counts every order of its summary as processed. */
export function viewOfRun(row: RunRow): BatchView {
  return {
    summary: row.summary,
    problems: row.problems,
    cancelled: row.cancelled,
    processed: row.summary.orders,
    fingerprint: row.fingerprint,
    datasetId: row.datasetId,
    resultsKey: row.resultsKey,
  };
}
