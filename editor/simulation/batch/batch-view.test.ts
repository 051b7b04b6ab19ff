import { describe, expect, it } from 'vitest';
import type { RunRow } from '../db/simulation-db';
import { viewOfRun } from './batch-view';

describe('viewOfRun', () => {
  it('shows a saved run as processed over all its orders, on the data set it ran on, exportable by its results', () => {
    const row = {
      id: 7,
      summary: { orders: 42 },
      problems: [],
      cancelled: true,
      fingerprint: 'abc123',
      datasetId: 'ds-1',
      resultsKey: 'results-x',
    } as unknown as RunRow;
    expect(viewOfRun(row)).toEqual({
      summary: row.summary,
      problems: [],
      cancelled: true,
      processed: 42,
      fingerprint: 'abc123',
      datasetId: 'ds-1',
      resultsKey: 'results-x',
    });
  });
});
