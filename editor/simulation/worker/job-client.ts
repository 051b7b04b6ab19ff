import { appRegistry } from '../../app-registry';
import type { ChannelMapping } from '../../../channels/index';
import type { RunContext, Flow, Problem, NodeRegistry } from '../../../runtime/index';
import type { ImportOutcome } from '../data/import-dataset';
import { sourceSize, type DatasetSource } from '../data/loaded-dataset';
import { deleteRunResults, newResultsKey } from '../db/repo';
import { DATASET_PAGE_SIZE, type SimulationDb } from '../db/simulation-db';
import { mergeShares, type BatchOutcome } from './merge-shares';
import type { DoneMessage, ExportRequest, FromWorker, ProgressMessage, ToWorker, WorkerLike } from './protocol';
import { splitShares, workerCount } from './shares';
import { createWorkerCore } from './worker-core';

export class JobError extends Error {
  constructor(
    message: string,
    readonly problems: readonly Problem[] = [],
  ) {
    super(message);
  }
}

export interface JobHandle<T> {
  readonly result: Promise<T>;
  /** Stops at the next chunk; `result` then resolves with `cancelled: true` and what was done. */
  cancel(): void;
}

export interface JobOptions {
  readonly registry: NodeRegistry;
  /** Overrides how workers are made (tests, hosts with their own bundling). */
  readonly createWorker?: () => WorkerLike;
  /** Workers for a batch; default: one per core, each with at least MIN_SHARE orders. */
  readonly workers?: number;
  readonly onProgress?: (progress: { readonly done: number; readonly total: number }) => void;
}

export interface BatchRequest {
  readonly db: SimulationDb;
  readonly flow: Flow;
  /** When set, a comparison: `compareFlow` is the "before" version and `flow` the "after". */
  readonly compareFlow?: Flow;
  readonly source: DatasetSource;
  readonly context: RunContext;
  readonly decisions?: Readonly<Record<string, string>>;
  /** Carry stock and gift counts from order to order: each order depends on those before it, so one worker runs them all. */
  readonly carryOver?: boolean;
  readonly chunkSize?: number;
  /** Keep every order's result in the database, under the `resultsKey` returned. */
  readonly keepResults?: boolean;
}

export type BatchJobResult = BatchOutcome & {
  readonly resultsKey?: string;
  /** Settles once every order's result is in the database (at once when they are not kept). */
  readonly stored: Promise<void>;
};

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

const workersAvailable = () => typeof Worker !== 'undefined';

function makeWorker(options: Pick<JobOptions, 'registry' | 'createWorker'>, inWorker: boolean): WorkerLike {
  if (options.createWorker) return options.createWorker();
  return inWorker ? moduleWorker() : inThreadWorker(options.registry);
}

let nextJobId = 1;

/** A worker's answers to one request: the answer itself, then — when results are kept — their storing. */
interface Conversation<T> {
  readonly answer: Promise<T>;
  /** Milliseconds the worker took to write the results; settles only after `answer` resolved. */
  readonly stored: Promise<number>;
}

/**
 * Sends one request to a worker and listens: progress goes to `onProgress`, the answer and the
 * storing of results to their promises. The worker ends after its last message, or on an error.
 */
function converse<T extends FromWorker>(
  worker: WorkerLike,
  message: ToWorker,
  options: { onProgress?: (progress: ProgressMessage) => void; storing?: boolean } = {},
): Conversation<T> {
  const answer = deferred<T>();
  const stored = deferred<number>();
  let answered = false;
  const fail = (error: Error) => {
    worker.terminate();
    // Before the answer the request failed; after it, only the storing did.
    (answered ? stored : answer).reject(error);
  };
  worker.onmessage = ({ data }) => {
    if (data.jobId !== message.jobId) return;
    if (data.type === 'progress') return options.onProgress?.(data);
    if (data.type === 'error') return fail(new JobError(data.message, data.problems));
    if (data.type === 'stored') {
      worker.terminate();
      return stored.resolve(data.storeMs);
    }
    answered = true;
    if (!options.storing) {
      worker.terminate();
      stored.resolve(0);
    }
    answer.resolve(data as T);
  };
  worker.onerror = (event) => fail(new JobError(`the simulation worker stopped: ${event.message ?? 'unknown error'}`));
  worker.postMessage(message);
  return { answer: answer.promise, stored: stored.promise };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Leaves a mark with each worker's timings, for the browser's performance tools and the benchmark. */
function markTimings(outcome: BatchOutcome, spawnedAt: number, storeMs: readonly number[]): void {
  const workers = outcome.timings.map((t, i) => ({ ...t, startMs: t.startedAt - spawnedAt, storeMs: storeMs[i] ?? 0 }));
  try {
    performance.mark('orderflow-simulation-batch', { detail: { orders: outcome.processed, workers } });
  } catch {
    // Timings are a diagnostic: a host without User Timing marks loses nothing.
  }
}

/**
 * Runs a batch (or comparison) over a data set: split in consecutive shares, one worker each, their
 * outcomes merged in data set order — exactly the summary of one run over all orders. The orders
 * stay out of this thread: workers read a stored data set themselves, and write every order's
 * result when asked (`stored` settles when they are in); only summaries and the problems to list
 * come back.
 */
export function startJob(request: BatchRequest, options: JobOptions): JobHandle<BatchJobResult> {
  const jobId = nextJobId++;
  const total = sourceSize(request.source);
  const inWorker = workersAvailable() && onlyCoreTypes([request.flow, request.compareFlow]);
  const count = request.carryOver
    ? 1
    : (options.workers ?? (inWorker ? workerCount(total, navigator.hardwareConcurrency ?? 1) : 1));
  const shares = splitShares(request.source, count, DATASET_PAGE_SIZE);
  const resultsKey = request.keepResults ? newResultsKey() : undefined;
  const spawnedAt = performance.timeOrigin + performance.now();
  const workers = shares.map(() => makeWorker(options, inWorker));
  const done = shares.map(() => 0);
  const conversations = shares.map((share, part) =>
    converse<DoneMessage>(
      workers[part]!,
      {
        type: 'run',
        jobId,
        dbName: request.db.name,
        flow: request.flow,
        ...(request.compareFlow ? { compareFlow: request.compareFlow } : {}),
        source: share.source,
        offset: share.offset,
        context: request.context,
        ...(request.decisions ? { decisions: request.decisions } : {}),
        ...(request.chunkSize ? { chunkSize: request.chunkSize } : {}),
        ...(request.carryOver ? { carryOver: true } : {}),
        ...(resultsKey ? { keepResults: { key: resultsKey, part } } : {}),
      },
      {
        storing: resultsKey !== undefined,
        onProgress: (progress) => {
          done[part] = progress.done;
          options.onProgress?.({ done: done.reduce((a, b) => a + b, 0), total });
        },
      },
    ),
  );
  const failed = async (error: unknown): Promise<never> => {
    for (const worker of workers) worker.terminate();
    if (resultsKey) await deleteRunResults(request.db, resultsKey).catch(() => undefined);
    throw error;
  };
  const result = Promise.all(conversations.map((c) => c.answer)).then((parts) => {
    const outcome = mergeShares(parts);
    const stored = Promise.all(conversations.map((c) => c.stored)).then(
      (storeMs) => markTimings(outcome, spawnedAt, storeMs),
      failed,
    );
    // Whoever needs the results awaits `stored`; a failure nobody awaits is not an unhandled one.
    stored.catch(() => undefined);
    return { ...outcome, ...(resultsKey ? { resultsKey } : {}), stored };
  }, failed);
  return { result, cancel: () => workers.forEach((worker) => worker.postMessage({ type: 'cancel', jobId })) };
}

type OneShotOptions = Pick<JobOptions, 'createWorker'> & { readonly registry?: NodeRegistry };

const oneShotWorker = (options: OneShotOptions) =>
  makeWorker({ registry: options.registry ?? appRegistry, ...options }, workersAvailable());

/** Imports a file as a data set in a worker: parsing, checking every order once, storing. */
export async function importInWorker(
  db: SimulationDb,
  file: Blob,
  fileName: string,
  mapping: string | ChannelMapping | undefined,
  options: OneShotOptions = {},
): Promise<ImportOutcome> {
  const {
    type: _type,
    jobId: _jobId,
    ...outcome
  } = await converse<Extract<FromWorker, { type: 'imported' }>>(oneShotWorker(options), {
    type: 'import',
    jobId: nextJobId++,
    dbName: db.name,
    file,
    fileName,
    ...(mapping === undefined ? {} : { mapping }),
  }).answer;
  return outcome;
}

/** A stored run's per-order results as CSV or JSON text, built in a worker. */
export async function exportInWorker(
  db: SimulationDb,
  request: Pick<ExportRequest, 'resultsKey' | 'format' | 'header' | 'stepNames'>,
  options: OneShotOptions = {},
): Promise<string> {
  const answer = await converse<Extract<FromWorker, { type: 'exported' }>>(oneShotWorker(options), {
    type: 'export',
    jobId: nextJobId++,
    dbName: db.name,
    ...request,
  }).answer;
  return answer.text;
}
