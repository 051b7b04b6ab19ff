import { mergeSummary, mergeComparison, bump } from '../../../runtime/index';
import { PROBLEMS_LISTED } from '../problems';
import type { DoneMessage, ShareTimings } from './protocol';

/**
 * A whole batch's outcome, as the panel shows and saves it: what each share reported, merged, with
 * the node hits for the canvas heat map and every worker's timings.
 */
export type BatchOutcome = Omit<DoneMessage, 'type' | 'jobId' | 'timings'> & {
  /** Node id → runs that visited it (edgeHits: edge id → runs that travelled it). */
  readonly hits: Readonly<Record<string, number>>;
  /** Per worker, where its time went. */
  readonly timings: readonly ShareTimings[];
};

/**
 * The outcomes of consecutive shares, in data set order, as one: summaries and comparisons merged
 * (exactly as one run over all orders), problems in order. Takes over the first share's objects.
 */
export function mergeShares(shares: readonly DoneMessage[]): BatchOutcome {
  const [first, ...rest] = shares;
  if (!first) throw new Error('a batch without shares');
  const summary = first.summary;
  const edgeHits: Record<string, number> = { ...first.edgeHits };
  const problems = [...first.problems];
  const compare = first.compare;
  for (const share of rest) {
    mergeSummary(summary, share.summary);
    for (const [id, count] of Object.entries(share.edgeHits)) bump(edgeHits, id, count);
    problems.push(...share.problems.slice(0, PROBLEMS_LISTED - problems.length));
    if (compare && share.compare) {
      mergeSummary(compare.summary, share.compare.summary);
      mergeComparison(compare.comparison, share.compare.comparison);
    }
  }
  return {
    cancelled: shares.some((s) => s.cancelled),
    processed: shares.reduce((sum, s) => sum + s.processed, 0),
    fingerprint: first.fingerprint,
    summary,
    problems,
    edgeHits,
    hits: Object.fromEntries(Object.entries(summary.nodes).map(([id, stats]) => [id, stats.hits])),
    ...(compare ? { compare } : {}),
    timings: shares.map((s) => s.timings),
  };
}
