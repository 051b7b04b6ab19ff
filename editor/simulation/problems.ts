import type { CompactResult } from '../../runtime/index';

/**
 * Rejected or failed orders a batch hands back to be listed at once, and keeps with its saved run;
 * all of them stay in its stored results (exports). The summary counts them all.
 */
export const PROBLEMS_LISTED = 100;

export const isProblem = (result: CompactResult) => result.status === 'rejected' || result.status === 'failed';

/** The first PROBLEMS_LISTED problems, in data set order (skipping holes of a sparse array). */
export function firstProblems(results: Iterable<CompactResult | undefined>): CompactResult[] {
  const out: CompactResult[] = [];
  for (const result of results) {
    if (out.length >= PROBLEMS_LISTED) break;
    if (result && isProblem(result)) out.push(result);
  }
  return out;
}
