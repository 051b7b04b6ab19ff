import type { BatchRecord } from './records';

export interface ChunkOptions {
  /** Orders per chunk; between chunks the loop yields so a page or worker can handle events. Default 250. */
  readonly chunkSize?: number;
  /** Asked between chunks; true stops the loop (the orders done so far stay counted). */
  readonly shouldCancel?: () => boolean;
  /** How to yield between chunks. Default: a macrotask (setTimeout 0), so pending messages are handled. */
  readonly pause?: () => Promise<void>;
}

export const DEFAULT_CHUNK_SIZE = 250;

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Visits records chunk by chunk, yielding between chunks. Works for arrays, iterables and async
 * iterables (streamed files). Returns how many were visited and whether it was cancelled.
 */
export async function forEachChunked(
  records: Iterable<BatchRecord> | AsyncIterable<BatchRecord>,
  options: ChunkOptions,
  visit: (record: BatchRecord, index: number) => void,
  afterChunk: (done: number) => void,
): Promise<{ processed: number; cancelled: boolean }> {
  const size = Math.max(1, Math.floor(options.chunkSize ?? DEFAULT_CHUNK_SIZE));
  const pause = options.pause ?? macrotask;
  let index = 0;
  if (options.shouldCancel?.()) return { processed: 0, cancelled: true };
  // Arrays and sync iterables are read without awaiting each order (for await would add a microtask per order).
  const sync = Symbol.iterator in records;
  const iterator = sync ? (records as Iterable<BatchRecord>)[Symbol.iterator]() : (records as AsyncIterable<BatchRecord>)[Symbol.asyncIterator]();
  for (;;) {
    for (let inChunk = 0; inChunk < size; inChunk++) {
      const next = sync ? (iterator as Iterator<BatchRecord>).next() : await (iterator as AsyncIterator<BatchRecord>).next();
      if (next.done) {
        if (inChunk > 0 || index === 0) afterChunk(index);
        return { processed: index, cancelled: false };
      }
      visit(next.value, index++);
    }
    afterChunk(index);
    await pause();
    if (options.shouldCancel?.()) {
      if (!sync) await (iterator as AsyncIterator<BatchRecord>).return?.();
      return { processed: index, cancelled: true };
    }
  }
}
