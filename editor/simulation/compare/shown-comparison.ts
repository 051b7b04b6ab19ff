import type { SimulationSummary, Flow, RunsComparison } from '../../../runtime/index';
import type { RunRow } from '../db/simulation-db';

/** One side of a comparison: the flow version (by fingerprint, and its document when kept) and its summary. */
export interface ComparedVersion {
  readonly fingerprint: string;
  readonly summary: SimulationSummary;
  readonly flow?: Flow;
}

/** A comparison on screen: just run, or reopened from the saved runs. */
export interface ShownComparison {
  readonly label: string;
  /** The data set it ran on: its orders open as single runs only while that data set is selected. */
  readonly datasetId: string;
  readonly datasetName: string;
  readonly cancelled: boolean;
  readonly processed: number;
  readonly before: ComparedVersion;
  readonly after: ComparedVersion;
  readonly comparison: RunsComparison;
  /** When it was saved; absent until it is. */
  readonly savedAt?: string;
}

/** A saved comparison row as it is shown again; null for a plain batch run. */
export function comparisonOfRow(row: RunRow): ShownComparison | null {
  const compare = row.compare;
  if (row.kind !== 'compare' || !compare) return null;
  return {
    label: compare.label,
    datasetId: row.datasetId,
    datasetName: row.datasetName,
    cancelled: row.cancelled,
    processed: row.summary.orders,
    comparison: compare.comparison,
    savedAt: row.createdAt,
    before: {
      fingerprint: compare.fingerprint,
      summary: compare.summary,
      ...(compare.flows ? { flow: compare.flows.before } : {}),
    },
    after: {
      fingerprint: row.fingerprint,
      summary: row.summary,
      ...(compare.flows ? { flow: compare.flows.after } : {}),
    },
  };
}

/**
 * The sign-off record a team keeps: both versions (documents and fingerprints), their summaries, the
 * aggregate differences and every differing order.
 */
export function comparisonExport(flowId: string, shown: ShownComparison): unknown {
  return {
    flowId,
    comparedWith: shown.label,
    dataset: shown.datasetName,
    ...(shown.savedAt ? { savedAt: shown.savedAt } : {}),
    cancelled: shown.cancelled,
    orders: shown.processed,
    before: shown.before,
    after: shown.after,
    comparison: shown.comparison,
  };
}
