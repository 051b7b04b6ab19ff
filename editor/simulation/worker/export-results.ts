import { getRunResults } from '../db/repo';
import type { SimulationDb } from '../db/simulation-db';
import { resultsToCsv } from '../export';
import type { ExportRequest } from './protocol';

/** A stored run's per-order results as CSV, or as JSON after the request's header fields. */
export async function exportResults(
  db: SimulationDb,
  request: Pick<ExportRequest, 'resultsKey' | 'format' | 'header' | 'stepNames'>,
): Promise<string> {
  const results = await getRunResults(db, request.resultsKey);
  return request.format === 'csv'
    ? resultsToCsv(results, request.stepNames)
    : JSON.stringify({ ...request.header, results }, null, 2);
}
