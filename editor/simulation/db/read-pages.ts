import type { SimRecord } from '../../../runtime/index';
import type { SimulationDb } from './simulation-db';

/** Time spent waiting for pages (IndexedDB reads and decodes them as it delivers them), for the batch's timings. */
export interface PageWaits {
  waitedMs: number;
}

/**
 * Pages `from` to `to` (exclusive) of a stored data set, in order. The next page is requested as soon
 * as one is handed out, so the database reads it while the batch runs this one (reading further ahead
 * measured no faster: the decoding is the worker's own work either way).
 */
export async function* readDatasetPages(
  db: SimulationDb,
  datasetId: string,
  from: number,
  to: number,
  waits?: PageWaits,
): AsyncGenerator<readonly SimRecord[]> {
  const read = (page: number) => db.datasetPages.get([datasetId, page]);
  let next = from < to ? read(from) : undefined;
  try {
    for (let page = from; page < to; page++) {
      const asked = performance.now();
      const row = await next!;
      if (waits) waits.waitedMs += performance.now() - asked;
      next = page + 1 < to ? read(page + 1) : undefined;
      if (!row) throw new Error(`page ${page} of data set ${datasetId} is missing; import the data set again`);
      yield row.records;
    }
  } finally {
    // Closed early (a cancelled batch): the page read ahead is not wanted, nor is its failure.
    next?.catch(() => undefined);
  }
}
