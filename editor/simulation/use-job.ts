import { useCallback, useEffect, useRef, useState } from 'react';
import type { NodeRegistry } from '../../runtime/index';
import { sourceSize } from './data/loaded-dataset';
import { throttled } from './throttle';
import { JobError, startJob, type BatchRequest, type BatchJobResult, type JobHandle } from './worker/job-client';
import type { WorkerLike } from './worker/protocol';

export interface JobState {
  readonly running: boolean;
  readonly done: number;
  readonly total: number;
  readonly error: string | null;
}

const IDLE: JobState = { running: false, done: 0, total: 0, error: null };

/**
 * Progress is drawn at most this often: workers report every chunk (several times a frame between
 * them), and every drawing takes the page's thread and a core the workers then lack.
 */
export const PROGRESS_EVERY_MS = 100;

/** One batch job at a time: progress for a bar, cancel, and the result (also cancelled, with what was done). */
export function useJob(registry: NodeRegistry, createWorker?: () => WorkerLike) {
  const [state, setState] = useState<JobState>(IDLE);
  const handle = useRef<JobHandle<BatchJobResult> | null>(null);
  useEffect(() => () => handle.current?.cancel(), []);

  const start = useCallback(
    async (request: BatchRequest): Promise<BatchJobResult | null> => {
      handle.current?.cancel();
      const total = sourceSize(request.source);
      setState({ running: true, done: 0, total, error: null });
      const progress = throttled(
        (p: { done: number; total: number }) => setState((s) => ({ ...s, done: p.done, total: p.total })),
        PROGRESS_EVERY_MS,
      );
      const job = startJob(request, { registry, ...(createWorker ? { createWorker } : {}), onProgress: progress.push });
      handle.current = job;
      try {
        const result = await job.result;
        if (handle.current === job) setState({ running: false, done: result.processed, total, error: null });
        return result;
      } catch (error) {
        const message =
          error instanceof JobError && error.problems.length > 0
            ? `${error.message}: ${error.problems[0]!.message}`
            : String(error instanceof Error ? error.message : error);
        setState((s) => ({ ...s, running: false, error: message }));
        return null;
      } finally {
        progress.cancel(); // the final count is set above; a late progress must not overwrite it
        if (handle.current === job) handle.current = null;
      }
    },
    [registry, createWorker],
  );

  const cancel = useCallback(() => handle.current?.cancel(), []);
  return { state, start, cancel };
}
