import type { SimulationSummary } from '../../../cli/summary/summary';
import type { Problem } from '../../../runtime/engine/problem';
import type { RunContext } from '../../../runtime/context/context.schema';
import type { Flow } from '../../../runtime/flow/flow.schema';
import type { RunsComparison } from '../../../runtime/simulation/compare-runs';
import type { CompactResult } from '../../../runtime/simulation/compact';
import type { BatchRecord } from '../../../runtime/simulation/records';

/** Messages between the panel and the simulation worker (plain data: structured-clone safe). */
export interface RunRequest {
  readonly type: 'run';
  readonly jobId: number;
  readonly flow: Flow;
  /** When set, a comparison: `compareFlow` is the "before" version and `flow` the "after". */
  readonly compareFlow?: Flow;
  readonly records: readonly BatchRecord[];
  readonly context: RunContext;
  readonly decisions?: Readonly<Record<string, string>>;
  readonly chunkSize?: number;
}

export interface CancelRequest {
  readonly type: 'cancel';
  readonly jobId: number;
}

export type ToWorker = RunRequest | CancelRequest;

export interface ProgressMessage {
  readonly type: 'progress';
  readonly jobId: number;
  readonly done: number;
  readonly total: number;
}

export interface DoneMessage {
  readonly type: 'done';
  readonly jobId: number;
  readonly cancelled: boolean;
  readonly processed: number;
  readonly fingerprint: string;
  readonly summary: SimulationSummary;
  /** Per order, in data set order (for a comparison: the "after" side). */
  readonly results: readonly CompactResult[];
  readonly hits: Readonly<Record<string, number>>;
  readonly edgeHits: Readonly<Record<string, number>>;
  readonly compare?: { readonly fingerprint: string; readonly summary: SimulationSummary; readonly comparison: RunsComparison };
}

export interface ErrorMessage {
  readonly type: 'error';
  readonly jobId: number;
  readonly message: string;
  readonly problems?: readonly Problem[];
}

export type FromWorker = ProgressMessage | DoneMessage | ErrorMessage;

/** What the panel needs from a Worker; the in-thread fallback implements the same. */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  onmessage: ((event: { data: FromWorker }) => void) | null;
  /** Set on real workers: the script failed to load or threw outside a job. */
  onerror?: ((event: { message?: string }) => void) | null;
  terminate(): void;
}
