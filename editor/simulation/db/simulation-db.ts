import Dexie, { type Table } from 'dexie';
import type {
  SimulationSummary,
  RunContextInput,
  Flow,
  SimRecord,
  RunsComparison,
  CompactResult,
  TestCase,
} from '../../../runtime/index';
import { upgradeToV2 } from './upgrade-v2';

/** Orders imported from a file. The records themselves are in `datasetPages`, their labels in `datasetLabels`. */
export interface DatasetRow {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  readonly format: 'json' | 'jsonl' | 'csv';
  /** Records in the data set: orders, and rows that could not be read (kept as rejected orders). */
  readonly size: number;
  readonly orders: number;
  readonly unreadable: number;
  /** The channel whose raw payloads were normalized on import (a built-in name or a saved mapping's); absent for canonical orders. */
  readonly channel?: string;
  /** The run context (warehouses, carriers, stock, now); when absent the example context (examples/data/context.json) is used. */
  readonly context?: RunContextInput;
  /** The file the context was imported from. */
  readonly contextName?: string;
}

/**
 * DATASET_PAGE_SIZE records of a data set, in order: valid orders checked once on import (canonical,
 * so a batch runs them without validating again), the others as they came, rejected when run.
 * Kept as objects: in Chromium, IndexedDB's own decoding of them beat JSON text (UTF-16, or
 * escaped to ASCII) and UTF-8 bytes — see bench/editor/README.md.
 */
export interface DatasetPageRow {
  readonly datasetId: string;
  readonly page: number;
  readonly records: readonly SimRecord[];
}

/** What the order picker lists, without reading the orders: see `recordLabel`. */
export interface DatasetLabelsRow {
  readonly datasetId: string;
  readonly labels: readonly (string | null)[];
}

export interface CaseRow {
  readonly id?: number;
  readonly flowId: string;
  readonly createdAt: string;
  readonly testCase: TestCase;
}

/** A batch or comparison, stored with the flow version it ran against (fingerprint of the flow JSON). */
export interface RunRow {
  readonly id?: number;
  readonly flowId: string;
  readonly flowName: string;
  readonly fingerprint: string;
  readonly kind: 'batch' | 'compare';
  readonly datasetId: string;
  readonly datasetName: string;
  readonly createdAt: string;
  readonly cancelled: boolean;
  /** Orders used up stock and gift limits as they ran (see world-ledger.ts). */
  readonly carryOver?: boolean;
  readonly summary: SimulationSummary;
  /** The first rejected or failed orders (PROBLEMS_LISTED), as the summary lists them. */
  readonly problems: readonly CompactResult[];
  /** Where every order's result is: the `runResults` rows with this key (large; read for exports only). */
  readonly resultsKey: string;
  /** For comparisons: the other version and what differed. */
  readonly compare?: {
    readonly label: string;
    readonly fingerprint: string;
    readonly summary: SimulationSummary;
    readonly comparison: RunsComparison;
    /** Both flow documents as they ran, so a sign-off can be reviewed later (absent on comparisons saved before they were kept). */
    readonly flows?: { readonly before: Flow; readonly after: Flow };
  };
}

/** Per-order results of a run, in parts (one per worker that ran a share), in data set order. */
export interface RunResultsRow {
  readonly key: string;
  readonly part: number;
  readonly results: readonly CompactResult[];
}

export const SIMULATION_DB_NAME = 'orderflow-simulation';

/** Records per stored page: few enough to decode one page (to open one order) without a pause, enough that reads stay few. */
export const DATASET_PAGE_SIZE = 2500;

/** Separate from the flow library's database (editor/db), so neither schema has to know the other. */
export class SimulationDb extends Dexie {
  datasets!: Table<DatasetRow, string>;
  datasetPages!: Table<DatasetPageRow, [string, number]>;
  datasetLabels!: Table<DatasetLabelsRow, string>;
  cases!: Table<CaseRow, number>;
  runs!: Table<RunRow, number>;
  runResults!: Table<RunResultsRow, [string, number]>;

  constructor(name = SIMULATION_DB_NAME) {
    super(name);
    // Never edit a shipped version: add the next one with an upgrade.
    this.version(1).stores({
      datasets: 'id, createdAt',
      cases: '++id, flowId',
      runs: '++id, flowId, createdAt, [flowId+createdAt]',
    });
    // v2: records and per-order results leave their rows, so listing data sets or runs reads no orders,
    // and a batch worker reads the pages of its share only.
    this.version(2)
      .stores({ datasetPages: '[datasetId+page]', datasetLabels: 'datasetId', runResults: '[key+part]' })
      .upgrade(upgradeToV2);
  }
}

let shared: SimulationDb | undefined;

/** The app's simulation database (one instance per page). */
export function openSimulationDb(): SimulationDb {
  shared ??= new SimulationDb();
  return shared;
}

const byName = new Map<string, SimulationDb>();

/** A simulation database by name, one instance per name and thread (workers are told the name). */
export function simulationDbNamed(name: string): SimulationDb {
  if (name === SIMULATION_DB_NAME) return openSimulationDb();
  let db = byName.get(name);
  if (!db) byName.set(name, (db = new SimulationDb(name)));
  return db;
}
