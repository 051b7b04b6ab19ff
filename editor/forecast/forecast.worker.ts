import '../../runtime/zod-jitless';
/// <reference lib="webworker" />
/**
 * The Forecast page's worker: fitting every series at many origins takes seconds, so it never runs on
 * the page's thread. Load it with new Worker(new URL('./forecast.worker.ts', import.meta.url), { type: 'module' }).
 */
import { runForecastJob, type ForecastRequest } from './forecast-job';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<ForecastRequest>) => {
  try {
    scope.postMessage({ ok: true, value: runForecastJob(event.data) });
  } catch (error) {
    scope.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
  }
};
