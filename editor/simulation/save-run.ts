import { saveRun } from './db/repo';
import type { RunRow, SimulationDb } from './db/simulation-db';
import type { BatchJobResult } from './worker/job-client';

/** What a tab knows of a run besides the batch's own outcome. */
export type RunLabel = Pick<
  RunRow,
  'flowId' | 'flowName' | 'kind' | 'datasetId' | 'datasetName' | 'compare' | 'carryOver'
>;

/**
 * Saves a batch as a run once its workers have stored every order's result (they hand over the
 * summary first), so a saved run always has them. Returns the saved row, or why it was not saved.
 */
export async function saveWhenStored(
  db: SimulationDb,
  result: BatchJobResult,
  label: RunLabel,
): Promise<{ ok: true; row: RunRow } | { ok: false; message: string }> {
  try {
    await result.stored;
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  const { fingerprint, cancelled, summary, problems, resultsKey } = result;
  if (!resultsKey) return { ok: false, message: 'the batch kept no per-order results' };
  const row = await saveRun(db, { ...label, fingerprint, cancelled, summary, problems, resultsKey });
  return { ok: true, row };
}
