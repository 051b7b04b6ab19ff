import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { CliError } from './cli-error';
import { jsonArrayElements, parseRecord, type OrderRecord } from './json-array-stream';
import { fileErrorReason } from './read-file';

export type { OrderRecord } from './json-array-stream';

/** `.jsonl`/`.ndjson`: one order per line. Anything else: a JSON array of orders (or one order). */
export function ordersFormat(path: string): 'jsonl' | 'json' {
  const ext = extname(path).toLowerCase();
  return ext === '.jsonl' || ext === '.ndjson' ? 'jsonl' : 'json';
}

async function* jsonLines(stream: NodeJS.ReadableStream): AsyncGenerator<OrderRecord> {
  let line = 0;
  for await (const text of createInterface({ input: stream, crlfDelay: Infinity })) {
    line++;
    const trimmed = text.trim();
    if (trimmed === '') continue;
    const record = parseRecord(trimmed, line);
    yield 'error' in record ? { line, error: record.error.replace(/^line \d+, /, '') } : record;
  }
}

/**
 * Streams orders from a file, one record at a time, so a million orders never sit in memory.
 * Unreadable records come back as errors with their line, to be reported rather than dropped.
 */
export async function* readOrders(cwd: string, path: string): AsyncGenerator<OrderRecord> {
  const full = resolve(cwd, path);
  // Fail early, with a clear message, before streaming.
  const info = await stat(full).catch((error: unknown) => {
    throw new CliError(`cannot read orders file "${path}": ${fileErrorReason(error)}`);
  });
  if (!info.isFile()) throw new CliError(`cannot read orders file "${path}": it is not a file`);
  const stream = createReadStream(full, { encoding: 'utf8', highWaterMark: 1 << 16 });
  try {
    if (ordersFormat(path) === 'jsonl') yield* jsonLines(stream);
    else yield* jsonArrayElements(stream as AsyncIterable<string>);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(
      `cannot read orders file "${path}": ${error instanceof Error ? error.message : String(error)}`,
      1,
    );
  } finally {
    stream.destroy();
  }
}
