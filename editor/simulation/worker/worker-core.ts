import { compileFlow, type Plan } from '../../../runtime/index';
import type { NodeRegistry } from '../../../runtime/index';
import { saveRunResults } from '../db/repo';
import { simulationDbNamed, type SimulationDb } from '../db/simulation-db';
import type { FromWorker, RunRequest, ToWorker } from './protocol';
import { runShare } from './run-share';

export interface WorkerCoreOptions {
  /** How to yield between chunks (default: a macrotask). */
  readonly pause?: () => Promise<void>;
  /** Orders per chunk when a request does not say (default 250: the in-thread fallback shares the page's thread). */
  readonly chunkSize?: number;
  /** The simulation database of a name (default: one instance per name). */
  readonly openDb?: (name: string) => SimulationDb;
}

/**
 * The worker's logic without the worker: runs a share of a batch in chunks (progress after every
 * chunk, the outcome at the end; a `cancel` takes effect at the next chunk boundary), imports a file
 * as a data set, exports a run's results. Used by simulation.worker.ts, and in-thread where Workers
 * are unavailable (tests, flows with custom node types).
 */
export function createWorkerCore(
  post: (message: FromWorker) => void,
  registry: NodeRegistry,
  options: WorkerCoreOptions = {},
) {
  const cancelled = new Set<number>();
  const openDb = options.openDb ?? simulationDbNamed;

  function compile(jobId: number, flow: unknown): Plan | null {
    const compiled = compileFlow(flow, registry);
    if (compiled.ok) return compiled.plan;
    post({
      type: 'error',
      jobId,
      message: 'the flow has errors; fix them in the Problems panel first',
      problems: compiled.problems,
    });
    return null;
  }

  async function run(request: RunRequest): Promise<void> {
    const { jobId } = request;
    const plan = compile(jobId, request.flow);
    const before = request.compareFlow ? compile(jobId, request.compareFlow) : undefined;
    if (!plan || before === null) return;
    const db = openDb(request.dbName);
    const { done, results } = await runShare(request, plan, before, {
      db,
      chunkSize: request.chunkSize ?? options.chunkSize ?? 250,
      ...(options.pause ? { pause: options.pause } : {}),
      shouldCancel: () => cancelled.has(jobId),
      onProgress: (count, total) => post({ type: 'progress', jobId, done: count, total }),
    });
    // The summary first: the panel shows it while the per-order results are written.
    post({ type: 'done', jobId, ...done });
    if (!request.keepResults || !results) return;
    const started = performance.now();
    await saveRunResults(db, request.keepResults.key, request.keepResults.part, results);
    post({ type: 'stored', jobId, storeMs: performance.now() - started });
  }

  async function handle(message: Exclude<ToWorker, { type: 'cancel' }>): Promise<void> {
    switch (message.type) {
      case 'run':
        return run(message);
      // Imports (parsers, channel mappings) and exports load on demand: a batch worker starts without them.
      case 'import': {
        const { importDataset } = await import('../data/import-dataset');
        const outcome = await importDataset(openDb(message.dbName), {
          fileName: message.fileName,
          text: await message.file.text(),
          ...(message.mapping ? { mapping: message.mapping } : {}),
        });
        return post({ type: 'imported', jobId: message.jobId, ...outcome });
      }
      case 'export': {
        const { exportResults } = await import('./export-results');
        return post({
          type: 'exported',
          jobId: message.jobId,
          text: await exportResults(openDb(message.dbName), message),
        });
      }
    }
  }

  return {
    handle(message: ToWorker): Promise<void> {
      if (message.type === 'cancel') {
        cancelled.add(message.jobId);
        return Promise.resolve();
      }
      return handle(message)
        .catch((error: unknown) =>
          post({
            type: 'error',
            jobId: message.jobId,
            message: error instanceof Error ? error.message : String(error),
          }),
        )
        .finally(() => cancelled.delete(message.jobId));
    },
  };
}
