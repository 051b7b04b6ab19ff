import type { RunContext, SimRecord } from '../../../runtime/index';

/** Where a batch's workers find the orders: handed over (the bundled example), or stored by id. */
export type DatasetSource =
  | { readonly kind: 'records'; readonly records: readonly SimRecord[] }
  | { readonly kind: 'stored'; readonly datasetId: string; readonly size: number };

/**
 * The data set the panel works on. The page's thread holds only what it shows — the picker's labels —
 * and reads a single record when one is opened; batches read the orders in their workers.
 */
export interface LoadedDataset {
  readonly id: string;
  readonly name: string;
  readonly context: RunContext;
  /** The file the data set's own world came from; absent when it runs in the example world. */
  readonly contextName?: string;
  /** Records: orders, and rows that could not be read. */
  readonly size: number;
  /** Per record, what the order picker lists: see `recordLabel` (null: a row that could not be read). */
  readonly labels: readonly (string | null)[];
  /** One record by its place, to open as a single run. */
  record(index: number): Promise<SimRecord | undefined>;
  readonly source: DatasetSource;
}

export const sourceSize = (source: DatasetSource) => (source.kind === 'records' ? source.records.length : source.size);
