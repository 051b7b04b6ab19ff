export interface ChunkOptions {
  /** Orders per chunk; between chunks the loop yields so a page or worker can handle events. Default 250. */
  readonly chunkSize?: number;
  /** Asked between chunks; true stops the loop (the orders done so far stay counted). */
  readonly shouldCancel?: () => boolean;
  /** How to yield between chunks. Default: a macrotask (setTimeout 0), so pending messages are handled. */
  readonly pause?: () => Promise<void>;
}

/**
 * Records in pages that arrive one at a time (e.g. read from IndexedDB): one await per page, not per
 * record as an async iterable of records would cost.
 */
export interface RecordPages<R> {
  readonly pages: AsyncIterable<readonly R[]>;
}

/** Where a batch reads its records: in memory, streamed one by one (a file), or page by page. */
export type RecordSource<R> = Iterable<R> | AsyncIterable<R> | RecordPages<R>;

export const DEFAULT_CHUNK_SIZE = 250;

/** The default yield between chunks: a macrotask, so pending messages are handled. */
export const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Visits records chunk by chunk, yielding between chunks; chunks run across page boundaries.
 * Returns how many were visited and whether it was cancelled.
 */
export async function forEachChunked<R>(
  records: RecordSource<R>,
  options: ChunkOptions,
  visit: (record: R, index: number) => void,
  afterChunk: (done: number) => void,
): Promise<{ processed: number; cancelled: boolean }> {
  const size = Math.max(1, Math.floor(options.chunkSize ?? DEFAULT_CHUNK_SIZE));
  const pause = options.pause ?? macrotask;
  let index = 0;
  let inChunk = 0;
  if (options.shouldCancel?.()) return { processed: 0, cancelled: true };

  /** Visits one page; true when cancelled at a chunk boundary inside it. */
  const visitPage = async (page: Iterable<R>): Promise<boolean> => {
    // A sync loop: awaiting only at chunk ends keeps the per-record cost at a plain call.
    for (const record of page) {
      visit(record, index++);
      if (++inChunk < size) continue;
      inChunk = 0;
      afterChunk(index);
      await pause();
      if (options.shouldCancel?.()) return true;
    }
    return false;
  };

  if (Symbol.iterator in records) {
    if (await visitPage(records)) return { processed: index, cancelled: true };
  } else {
    const pages = 'pages' in records ? records.pages : inPagesOfOne(records);
    // Leaving the loop early calls the iterator's return(), which closes a streamed file.
    for await (const page of pages) {
      if (await visitPage(page)) return { processed: index, cancelled: true };
    }
  }
  if (inChunk > 0 || index === 0) afterChunk(index);
  return { processed: index, cancelled: false };
}

async function* inPagesOfOne<R>(records: AsyncIterable<R>): AsyncGenerator<readonly R[]> {
  for await (const record of records) yield [record];
}
