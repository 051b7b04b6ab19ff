import { useCallback, useEffect, useRef, useState } from 'react';
import { runForecastJob, type ForecastRequest, type ForecastResponse, type Outcome } from './forecast-job';

export type JobState =
  | { readonly status: 'idle' }
  | { readonly status: 'running' }
  | { readonly status: 'done'; readonly response: ForecastResponse }
  | { readonly status: 'failed'; readonly error: string };

/** Makes the worker; a host without Workers (tests) runs the job on this thread instead. */
export type WorkerFactory = () => Worker | undefined;

const defaultWorker: WorkerFactory = () =>
  typeof Worker === 'undefined'
    ? undefined
    : new Worker(new URL('./forecast.worker.ts', import.meta.url), { type: 'module' });

/** Runs forecast jobs in a Web Worker, one at a time; a new run ends the one before. */
export function useForecastJob(makeWorker: WorkerFactory = defaultWorker) {
  const [state, setState] = useState<JobState>({ status: 'idle' });
  const current = useRef<Worker | undefined>(undefined);
  useEffect(() => () => current.current?.terminate(), []);
  const run = useCallback(
    (request: ForecastRequest) => {
      current.current?.terminate();
      setState({ status: 'running' });
      const worker = makeWorker();
      current.current = worker;
      const finish = (outcome: Outcome<ForecastResponse>) =>
        setState(outcome.ok ? { status: 'done', response: outcome.value } : { status: 'failed', error: outcome.error });
      if (!worker) {
        // Let the "running" state paint before the thread is busy.
        setTimeout(() => {
          try {
            finish({ ok: true, value: runForecastJob(request) });
          } catch (error) {
            finish({ ok: false, error: error instanceof Error ? error.message : String(error) });
          }
        }, 0);
        return;
      }
      worker.onmessage = (event: MessageEvent<Outcome<ForecastResponse>>) => {
        finish(event.data);
        worker.terminate();
      };
      worker.onerror = (event) => finish({ ok: false, error: event.message || 'the forecast worker stopped' });
      worker.postMessage(request);
    },
    [makeWorker],
  );
  return { state, run };
}
