import { useCallback, useEffect, useRef, useState } from 'react';
import type { NodeRegistry } from '../../runtime/node/registry';
import { JobError, startJob, type JobHandle } from './worker/job-client';
import type { DoneMessage, RunRequest, WorkerLike } from './worker/protocol';

export interface JobState {
  readonly running: boolean;
  readonly done: number;
  readonly total: number;
  readonly error: string | null;
}

const IDLE: JobState = { running: false, done: 0, total: 0, error: null };

/** One batch job at a time: progress for a bar, cancel, and the result (also cancelled, with what was done). */
export function useJob(registry: NodeRegistry, createWorker?: () => WorkerLike) {
  const [state, setState] = useState<JobState>(IDLE);
  const handle = useRef<JobHandle | null>(null);
  useEffect(() => () => handle.current?.cancel(), []);

  const start = useCallback(async (request: Omit<RunRequest, 'type' | 'jobId'>): Promise<DoneMessage | null> => {
    handle.current?.cancel();
    setState({ running: true, done: 0, total: request.records.length, error: null });
    const job = startJob(request, { registry, ...(createWorker ? { createWorker } : {}), onProgress: (p) => setState((s) => ({ ...s, done: p.done, total: p.total })) });
    handle.current = job;
    try {
      const result = await job.result;
      if (handle.current === job) setState({ running: false, done: result.processed, total: request.records.length, error: null });
      return result;
    } catch (error) {
      const message = error instanceof JobError && error.problems.length > 0 ? `${error.message}: ${error.problems[0]!.message}` : String(error instanceof Error ? error.message : error);
      setState((s) => ({ ...s, running: false, error: message }));
      return null;
    } finally {
      if (handle.current === job) handle.current = null;
    }
  }, [registry, createWorker]);

  const cancel = useCallback(() => handle.current?.cancel(), []);
  return { state, start, cancel };
}
