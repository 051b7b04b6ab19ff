import type { Plan, RunResult, SimRecord, RunsComparison } from '../../../runtime/index';
import {
  runBatch,
  macrotask,
  type RecordSource,
  compactResult,
  edgesOfTrace,
  unreadableResult,
  runCompareBatch,
} from '../../../runtime/index';
import type { ExportedResult } from '../export';
import { readDatasetPages, type PageWaits } from '../db/read-pages';
import type { SimulationDb } from '../db/simulation-db';
import { isProblem, PROBLEMS_LISTED } from '../problems';
import type { DoneMessage, RunRequest } from './protocol';

export interface ShareHooks {
  readonly db: SimulationDb;
  readonly chunkSize: number;
  readonly pause?: () => Promise<void>;
  readonly shouldCancel: () => boolean;
  readonly onProgress: (done: number, total: number) => void;
}

export interface ShareOutcome {
  readonly done: Omit<DoneMessage, 'type' | 'jobId'>;
  /** Every order's result, when the request asked to keep them. */
  readonly results?: readonly ExportedResult[];
}

/** Collects what a share hands back (problems, edge counts) and, when asked, every order's result. */
function collector(plan: Plan, offset: number, keepAll: boolean) {
  const results: ExportedResult[] = [];
  const problems: ExportedResult[] = [];
  // A Map while counting (a plain increment per edge); an object with own keys at the end.
  const edgeHits = new Map<string, number>();
  const keep = (result: ExportedResult) => {
    if (keepAll) results.push(result);
    if (problems.length < PROBLEMS_LISTED && isProblem(result)) problems.push(result);
  };
  return {
    results,
    problems,
    edgeHits,
    onResult(result: RunResult, record: { readonly line?: number }, index: number) {
      const gifts = result.outcome?.gifts.map((g) => `${g.quantity}× ${g.name}`);
      const compact = compactResult(result, record, offset + index);
      keep(gifts && gifts.length > 0 ? { ...compact, gifts } : compact);
      for (const id of edgesOfTrace(plan.flow.edges, result.trace)) edgeHits.set(id, (edgeHits.get(id) ?? 0) + 1);
    },
    onUnreadable(record: { readonly line?: number; readonly error: string }, index: number) {
      keep(unreadableResult(record, offset + index));
    },
  };
}

/** A share numbers its orders from 0; the panel opens them by their place in the whole data set. */
function atDatasetPositions(comparison: RunsComparison, offset: number): RunsComparison {
  if (offset === 0) return comparison;
  return {
    ...comparison,
    differences: comparison.differences.map((d) => (d.index === undefined ? d : { ...d, index: d.index + offset })),
  };
}

/**
 * Runs one share of a batch (or comparison) in chunks: reads its records (handed over, or page by
 * page from the database) and returns what the panel shows, with every order's result when asked.
 * Cancelling stops at the next chunk; what was done is kept and returned.
 */
export async function runShare(
  request: RunRequest,
  plan: Plan,
  before: Plan | undefined,
  hooks: ShareHooks,
): Promise<ShareOutcome> {
  const startedAt = performance.timeOrigin + performance.now();
  const started = performance.now();
  const { source, offset } = request;
  const waits: PageWaits = { waitedMs: 0 };
  const pause = hooks.pause ?? macrotask;
  let records: RecordSource<SimRecord> = source.kind === 'records' ? source.records : [];
  let between = pause;
  if (source.kind === 'pages') {
    records = { pages: readDatasetPages(hooks.db, source.datasetId, source.fromPage, source.toPage, waits) };
    // A page read ahead is delivered (and decoded) while the batch yields: that time is loading, not running.
    between = async () => {
      const paused = performance.now();
      await pause();
      waits.waitedMs += performance.now() - paused;
    };
  }
  const total = source.kind === 'records' ? source.records.length : source.count;
  const collect = collector(plan, offset, request.keepResults !== undefined);
  const chunks = {
    chunkSize: hooks.chunkSize,
    pause: between,
    decisions: request.decisions ?? {},
    carryOver: request.carryOver ?? false,
    shouldCancel: hooks.shouldCancel,
    onProgress: (p: { done: number }) => hooks.onProgress(p.done, total),
    onUnreadable: collect.onUnreadable,
  };
  const outcome = before
    ? await runCompareBatch(before, plan, records, request.context, {
        ...chunks,
        onPair: (_a, b, _d, i, record) => collect.onResult(b, record, i),
      })
    : await runBatch(plan, records, request.context, { ...chunks, onResult: collect.onResult });
  const done = {
    cancelled: outcome.cancelled,
    processed: outcome.processed,
    fingerprint: plan.fingerprint,
    summary: 'summary' in outcome ? outcome.summary : outcome.after,
    problems: collect.problems,
    edgeHits: Object.fromEntries(collect.edgeHits),
    ...('comparison' in outcome && before
      ? {
          compare: {
            fingerprint: before.fingerprint,
            summary: outcome.before,
            comparison: atDatasetPositions(outcome.comparison, offset),
          },
        }
      : {}),
    timings: {
      startedAt,
      orders: outcome.processed,
      loadMs: waits.waitedMs,
      runMs: performance.now() - started - waits.waitedMs,
    },
  };
  return request.keepResults ? { done, results: collect.results } : { done };
}
