import '../../runtime/zod-jitless';
/// <reference lib="webworker" />
/**
 * The simulation worker: batch shares, imports, exports. Load it with
 *   new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' })
 * It runs the core node types only (custom node code cannot be sent to a worker; the panel runs
 * such flows in-thread instead).
 */
import { appRegistry } from '../app-registry';
import type { FromWorker, ToWorker } from './worker/protocol';
import { createWorkerCore } from './worker/worker-core';
import { messageYield } from './worker/yield-to-messages';

/** Orders between yields: a few milliseconds of work, so a cancel is seen at once and progress stays smooth. */
const CHUNK_SIZE = 1000;

const scope = self as unknown as DedicatedWorkerGlobalScope;
const core = createWorkerCore((message: FromWorker) => scope.postMessage(message), appRegistry, {
  pause: messageYield(),
  chunkSize: CHUNK_SIZE,
});
scope.onmessage = (event: MessageEvent<ToWorker>) => void core.handle(event.data);
