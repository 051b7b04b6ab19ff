import { compileFlow, type Plan } from '../../../runtime/engine/compile';
import type { NodeRegistry } from '../../../runtime/node/registry';
import { runBatch } from '../../../runtime/simulation/batch';
import { compactResult, edgesOfTrace, unreadableResult, type CompactResult } from '../../../runtime/simulation/compact';
import { runCompareBatch } from '../../../runtime/simulation/compare-batch';
import type { BatchRecord } from '../../../runtime/simulation/records';
import type { RunResult } from '../../../runtime/engine/types';
import type { FromWorker, RunRequest, ToWorker } from './protocol';

/**
 * The worker's logic without the worker: compiles, runs the batch in chunks, posts progress after
 * every chunk and the result at the end; a `cancel` takes effect at the next chunk boundary.
 * Used by simulation.worker.ts, and in-thread where Workers are unavailable (tests, custom nodes).
 */
export function createWorkerCore(post: (message: FromWorker) => void, registry: NodeRegistry, pause?: () => Promise<void>) {
  const cancelled = new Set<number>();

  function compile(jobId: number, flow: unknown): Plan | null {
    const compiled = compileFlow(flow, registry);
    if (compiled.ok) return compiled.plan;
    post({ type: 'error', jobId, message: 'the flow has errors; fix them in the Problems panel first', problems: compiled.problems });
    return null;
  }

  async function run(request: RunRequest): Promise<void> {
    const { jobId, records } = request;
    const plan = compile(jobId, request.flow);
    const before = request.compareFlow ? compile(jobId, request.compareFlow) : undefined;
    if (!plan || before === null) return;
    const results: CompactResult[] = [];
    const edgeHits: Record<string, number> = {};
    const collect = (result: RunResult, record: BatchRecord, index: number) => {
      results[index] = compactResult(result, record, index);
      for (const id of edgesOfTrace(plan.flow.edges, result.trace)) edgeHits[id] = (Object.hasOwn(edgeHits, id) ? edgeHits[id]! : 0) + 1;
    };
    const chunks = {
      ...(request.chunkSize ? { chunkSize: request.chunkSize } : {}), ...(pause ? { pause } : {}),
      decisions: request.decisions ?? {}, shouldCancel: () => cancelled.has(jobId),
      onProgress: (p: { done: number }) => post({ type: 'progress', jobId, done: p.done, total: records.length }),
    };
    const outcome = before
      ? await runCompareBatch(before, plan, records, request.context, { ...chunks, onPair: (_a, b, _d, i) => collect(b, records[i]!, i) })
      : await runBatch(plan, records, request.context, { ...chunks, onResult: collect });
    for (let i = 0; i < outcome.processed; i++) {
      const record = records[i]!;
      if ('error' in record) results[i] = unreadableResult(record, i);
    }
    const summary = 'summary' in outcome ? outcome.summary : outcome.after;
    const hits = Object.fromEntries(Object.entries(summary.nodes).map(([id, stats]) => [id, stats.hits]));
    cancelled.delete(jobId);
    post({
      type: 'done', jobId, cancelled: outcome.cancelled, processed: outcome.processed, fingerprint: plan.fingerprint, summary, results, hits, edgeHits,
      ...('comparison' in outcome && before ? { compare: { fingerprint: before.fingerprint, summary: outcome.before, comparison: outcome.comparison } } : {}),
    });
  }

  return {
    handle(message: ToWorker): Promise<void> {
      if (message.type === 'cancel') {
        cancelled.add(message.jobId);
        return Promise.resolve();
      }
      return run(message).catch((error: unknown) => post({ type: 'error', jobId: message.jobId, message: error instanceof Error ? error.message : String(error) }));
    },
  };
}
