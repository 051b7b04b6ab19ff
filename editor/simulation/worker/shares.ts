import type { DatasetSource } from '../data/loaded-dataset';
import type { ShareSource } from './protocol';

/** One worker's part of a batch: its records, and the place of the first in the data set. */
export interface Share {
  readonly source: ShareSource;
  readonly offset: number;
  readonly count: number;
}

/** Below this many orders per worker, another worker costs more (starting, reading) than it saves. */
export const MIN_SHARE = 10_000;
export const MAX_WORKERS = 8;

/** Workers for a batch: one per core, each with at least MIN_SHARE orders. */
export function workerCount(size: number, cores: number): number {
  return Math.max(1, Math.min(cores, MAX_WORKERS, Math.floor(size / MIN_SHARE)));
}

/** Even slices `[from, to)` of `0..length`, in order, none empty (unless length is 0: one empty slice). */
function slices(length: number, parts: number): [number, number][] {
  const n = Math.max(1, Math.min(parts, length));
  return Array.from({ length: n }, (_, i) => [Math.floor((i * length) / n), Math.floor(((i + 1) * length) / n)]);
}

/**
 * Splits a batch into consecutive shares, in data set order (their summaries merge in that order).
 * A stored data set splits at page boundaries, so each worker reads whole pages of its own.
 */
export function splitShares(source: DatasetSource, workers: number, pageSize: number): Share[] {
  if (source.kind === 'records') {
    return slices(source.records.length, workers).map(([from, to]) => ({
      source: { kind: 'records', records: source.records.slice(from, to) },
      offset: from,
      count: to - from,
    }));
  }
  const pages = Math.ceil(source.size / pageSize);
  return slices(pages, workers).map(([fromPage, toPage]) => {
    const offset = fromPage * pageSize;
    const count = Math.min(source.size, toPage * pageSize) - offset;
    return { source: { kind: 'pages', datasetId: source.datasetId, fromPage, toPage, count }, offset, count };
  });
}
