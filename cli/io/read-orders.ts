import { extname } from 'node:path';
import { CliError, EXIT } from './cli-error';
import { BrokenArrayError, jsonArrayElements, parseRecord, type OrderRecord } from '../../runtime/index';
export type { OrderRecord } from '../../runtime/index';
import { streamTextFile, textLinePages } from './read-file';

/** `.jsonl`/`.ndjson`: one order per line. Anything else: a JSON array of orders (or one order). */
export function ordersFormat(path: string): 'jsonl' | 'json' {
  const ext = extname(path).toLowerCase();
  return ext === '.jsonl' || ext === '.ndjson' ? 'jsonl' : 'json';
}

/** The record of one line of JSON Lines; undefined for a blank line (it counts, but holds no order). */
export function lineRecord(text: string, line: number): OrderRecord | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const record = parseRecord(trimmed, line);
  return 'error' in record ? { line, error: record.error.replace(/^line \d+, /, '') } : record;
}

async function* jsonLinePages(chunks: AsyncIterable<string>, path: string): AsyncGenerator<readonly OrderRecord[]> {
  for await (const lines of textLinePages(chunks, 'orders', path)) {
    const page: OrderRecord[] = [];
    for (const { line, text } of lines) {
      const record = lineRecord(text, line);
      if (record) page.push(record);
    }
    if (page.length > 0) yield page;
  }
}

/**
 * Streams orders from a file, one record at a time, so a million orders never sit in memory.
 * Unreadable records come back as errors with their line, to be reported rather than dropped. The file
 * is checked (a regular file, within the size limit) before a byte is read: exit 2 otherwise. A `.json`
 * array broken so that the orders after a point cannot be told apart stops the command (exit 1) with
 * the element and its position, rather than counting a part as the whole.
 */
export async function* readOrders(cwd: string, path: string): AsyncGenerator<OrderRecord> {
  for await (const page of readOrderPages(cwd, path)) yield* page;
}

/**
 * The records of `readOrders` a page at a time (the lines of one chunk read of JSON Lines), for a batch
 * (`runBatch` takes `{ pages }`): one await per page instead of several per order.
 */
export async function* readOrderPages(cwd: string, path: string): AsyncGenerator<readonly OrderRecord[]> {
  const chunks = streamTextFile(cwd, path, 'orders');
  try {
    if (ordersFormat(path) === 'jsonl') yield* jsonLinePages(chunks, path);
    else for await (const record of jsonArrayElements(chunks)) yield [record];
  } catch (error) {
    if (error instanceof CliError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    const after =
      error instanceof BrokenArrayError
        ? `; the orders after it cannot be told apart, so the command stopped (${error.elementsBefore.toLocaleString('en')} orders came before it). Fix that element, or write the orders as JSON Lines (.jsonl), where a bad line loses only itself`
        : '';
    throw new CliError(`cannot read orders file "${path}": ${reason}${after}`, EXIT.problems);
  }
}
