import Dexie, { type Table } from 'dexie';
import type { SimulationSummary } from '../../../cli/summary/summary';
import type { RunContextInput } from '../../../runtime/context/context.schema';
import type { RunsComparison } from '../../../runtime/simulation/compare-runs';
import type { CompactResult } from '../../../runtime/simulation/compact';
import type { BatchRecord } from '../../../runtime/simulation/records';
import type { TestCase } from '../../../runtime/simulation/test-cases';

/** Orders imported from a file; rows that could not be read are kept as records with an error. */
export interface DatasetRow {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  readonly format: 'json' | 'jsonl' | 'csv';
  readonly records: readonly BatchRecord[];
  readonly orders: number;
  readonly unreadable: number;
  /** The channel whose raw payloads were normalized on import (a built-in name or a saved mapping's); absent for canonical orders. */
  readonly channel?: string;
  /** The run context; when absent the example context (examples/data/context.json) is used. */
  readonly context?: RunContextInput;
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
  readonly summary: SimulationSummary;
  readonly results: readonly CompactResult[];
  /** For comparisons: the other version and what differed. */
  readonly compare?: { readonly label: string; readonly fingerprint: string; readonly summary: SimulationSummary; readonly comparison: RunsComparison };
}

export const SIMULATION_DB_NAME = 'orderflow-simulation';

/** Separate from the flow library's database (editor/db), so neither schema has to know the other. */
export class SimulationDb extends Dexie {
  datasets!: Table<DatasetRow, string>;
  cases!: Table<CaseRow, number>;
  runs!: Table<RunRow, number>;

  constructor(name = SIMULATION_DB_NAME) {
    super(name);
    // v1. Never edit a shipped version: add version(2) with an upgrade.
    this.version(1).stores({ datasets: 'id, createdAt', cases: '++id, flowId', runs: '++id, flowId, createdAt, [flowId+createdAt]' });
  }
}

let shared: SimulationDb | undefined;

/** The app's simulation database (one instance per page). */
export function openSimulationDb(): SimulationDb {
  shared ??= new SimulationDb();
  return shared;
}
