import { appRegistry } from '../../app-registry';
import type { Flow } from '../../../runtime/flow/flow.schema';
import type { Problem } from '../../../runtime/engine/problem';
import type { NodeRegistry } from '../../../runtime/node/registry';
import type { DoneMessage, ProgressMessage, RunRequest, WorkerLike } from './protocol';
import { createWorkerCore } from './worker-core';

export class JobError extends Error {
  constructor(message: string, readonly problems: readonly Problem[] = []) {
    super(message);
  }
}

export interface JobHandle {
  readonly result: Promise<DoneMessage>;
  /** Stops at the next chunk; `result` then resolves with `cancelled: true` and what was done. */
  cancel(): void;
}

export interface JobOptions {
  readonly registry: NodeRegistry;
  /** Overrides how the worker is made (tests, hosts with their own bundling). */
  readonly createWorker?: () => WorkerLike;
  readonly onProgress?: (progress: ProgressMessage) => void;
}

/** Runs the worker's logic on this thread, still chunked, so the page keeps painting between chunks. */
export function inThreadWorker(registry: NodeRegistry): WorkerLike {
  const worker: WorkerLike = {
    onmessage: null,
    postMessage: (message) => {
      if (message.type === 'cancel') void core.handle(message);
      else setTimeout(() => void core.handle(message), 0);
    },
    terminate: () => undefined,
  };
  const core = createWorkerCore((message) => worker.onmessage?.({ data: message }), registry);
  return worker;
}

function moduleWorker(): WorkerLike {
  return new Worker(new URL('../simulation.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}

/** The worker knows only the core node types: flows using others run in-thread with the editor's registry. */
function onlyCoreTypes(flows: readonly (Flow | undefined)[]): boolean {
  return flows.every((flow) => !flow || flow.nodes.every((node) => appRegistry.get(node.type) !== undefined));
}

let nextJobId = 1;

export function startJob(request: Omit<RunRequest, 'type' | 'jobId'>, options: JobOptions): JobHandle {
  const jobId = nextJobId++;
  const worker = options.createWorker
    ? options.createWorker()
    : typeof Worker !== 'undefined' && onlyCoreTypes([request.flow, request.compareFlow])
      ? moduleWorker()
      : inThreadWorker(options.registry);
  const result = new Promise<DoneMessage>((resolve, reject) => {
    worker.onmessage = ({ data }) => {
      if (data.jobId !== jobId) return;
      if (data.type === 'progress') {
        options.onProgress?.(data);
        return;
      }
      worker.terminate();
      if (data.type === 'done') resolve(data);
      else reject(new JobError(data.message, data.problems));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new JobError(`the simulation worker stopped: ${event.message ?? 'unknown error'}`));
    };
  });
  worker.postMessage({ type: 'run', jobId, ...request });
  return { result, cancel: () => worker.postMessage({ type: 'cancel', jobId }) };
}
