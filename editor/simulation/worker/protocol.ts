import type {
  SimulationSummary,
  Problem,
  RunContext,
  Flow,
  SimRecord,
  RunsComparison,
  CompactResult,
} from '../../../runtime/index';
import type { ChannelMapping } from '../../../channels/index';
import type { DatasetRow } from '../db/simulation-db';

/**
 * Messages between the panel and simulation workers (plain data: structured-clone safe). Orders and
 * per-order results never travel here in bulk: workers read and write them in the simulation
 * database (`dbName`), so the page's thread never copies them.
 */

/** Where a worker finds the orders of its share of a batch. */
export type ShareSource =
  /** Records handed over (the bundled example data set). */
  | { readonly kind: 'records'; readonly records: readonly SimRecord[] }
  /** Pages `fromPage` to `toPage` (exclusive) of a data set stored in the simulation database, `count` records. */
  | {
      readonly kind: 'pages';
      readonly datasetId: string;
      readonly fromPage: number;
      readonly toPage: number;
      readonly count: number;
    };

/** Runs one share of a batch: all of it, or a slice when the batch is split across workers. */
export interface RunRequest {
  readonly type: 'run';
  readonly jobId: number;
  readonly dbName: string;
  readonly flow: Flow;
  /** When set, a comparison: `compareFlow` is the "before" version and `flow` the "after". */
  readonly compareFlow?: Flow;
  readonly source: ShareSource;
  /** Place in the data set of the share's first record: results and differences carry data set positions. */
  readonly offset: number;
  readonly context: RunContext;
  readonly decisions?: Readonly<Record<string, string>>;
  /** Carry stock and gift counts from order to order (then the whole batch is one share). */
  readonly carryOver?: boolean;
  readonly chunkSize?: number;
  /** Keep every order's result as part `part` of the run's results under `key` (for an "after" side in a comparison). */
  readonly keepResults?: { readonly key: string; readonly part: number };
}

/** Parses a file, checks its orders once, and stores them as a data set. */
export interface ImportRequest {
  readonly type: 'import';
  readonly jobId: number;
  readonly dbName: string;
  readonly file: Blob;
  readonly fileName: string;
  /** Raw payloads of this channel (a built-in name, or a saved mapping) instead of canonical orders. */
  readonly mapping?: string | ChannelMapping;
}

/** A stored run's per-order results as a file's text. */
export interface ExportRequest {
  readonly type: 'export';
  readonly jobId: number;
  readonly dbName: string;
  readonly resultsKey: string;
  readonly format: 'csv' | 'json';
  /** JSON only: what goes before the results (flow id, fingerprint, summary). */
  readonly header?: Readonly<Record<string, unknown>>;
  /** CSV only: step names by node id, so paths read as names. */
  readonly stepNames?: Readonly<Record<string, string>>;
}

export interface CancelRequest {
  readonly type: 'cancel';
  readonly jobId: number;
}

export type ToWorker = RunRequest | ImportRequest | ExportRequest | CancelRequest;

export interface ProgressMessage {
  readonly type: 'progress';
  readonly jobId: number;
  /** Orders of this share done so far, of `total`. */
  readonly done: number;
  readonly total: number;
}

/** Where a share's time went, in the worker (its clock: `startedAt` is epoch milliseconds). */
export interface ShareTimings {
  readonly startedAt: number;
  readonly orders: number;
  /** Waiting for pages of the data set: IndexedDB reads and decodes them; a page read ahead arrives while the batch yields. */
  readonly loadMs: number;
  /** Running the orders and folding their results. */
  readonly runMs: number;
}

/**
 * A share's outcome: its summary, the problems to list, and canvas counts. Posted before the share's
 * per-order results are written (then `stored` follows), so the summary shows without waiting for them.
 */
export interface DoneMessage {
  readonly type: 'done';
  readonly jobId: number;
  readonly cancelled: boolean;
  readonly processed: number;
  readonly fingerprint: string;
  readonly summary: SimulationSummary;
  /** The share's first rejected or failed orders (PROBLEMS_LISTED), in data set order. */
  readonly problems: readonly CompactResult[];
  readonly edgeHits: Readonly<Record<string, number>>;
  readonly compare?: {
    readonly fingerprint: string;
    readonly summary: SimulationSummary;
    readonly comparison: RunsComparison;
  };
  readonly timings: ShareTimings;
}

/** The share's per-order results are in the database (after `done`, when they were to be kept). */
export interface StoredMessage {
  readonly type: 'stored';
  readonly jobId: number;
  readonly storeMs: number;
}

/** Refused records listed after an import; all of them stay in the data set as rejected orders. */
export const REFUSED_SHOWN = 20;

export interface ImportedMessage {
  readonly type: 'imported';
  readonly jobId: number;
  /** Null when the file held no records (see `problems`). */
  readonly dataset: DatasetRow | null;
  /** File-level problems. */
  readonly problems: readonly string[];
  /** Channel payloads only: how many records the mapping refused, and the first REFUSED_SHOWN of them. */
  readonly refused: number;
  readonly refusedShown: readonly { readonly line?: number; readonly error: string }[];
}

export interface ExportedMessage {
  readonly type: 'exported';
  readonly jobId: number;
  readonly text: string;
}

export interface ErrorMessage {
  readonly type: 'error';
  readonly jobId: number;
  readonly message: string;
  readonly problems?: readonly Problem[];
}

export type FromWorker =
  ProgressMessage | DoneMessage | StoredMessage | ImportedMessage | ExportedMessage | ErrorMessage;

/** What the panel needs from a Worker; the in-thread fallback implements the same. */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  onmessage: ((event: { data: FromWorker }) => void) | null;
  /** Set on real workers: the script failed to load or threw outside a job. */
  onerror?: ((event: { message?: string }) => void) | null;
  terminate(): void;
}
