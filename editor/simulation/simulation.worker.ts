/// <reference lib="webworker" />
/**
 * The batch simulation worker. Load it with
 *   new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' })
 * It runs the core node types only (custom node code cannot be sent to a worker; the panel runs
 * such flows in-thread instead).
 */
import { appRegistry } from '../app-registry';
import type { FromWorker, ToWorker } from './worker/protocol';
import { createWorkerCore } from './worker/worker-core';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const core = createWorkerCore((message: FromWorker) => scope.postMessage(message), appRegistry);
scope.onmessage = (event: MessageEvent<ToWorker>) => void core.handle(event.data);
