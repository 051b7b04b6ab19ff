import { parseRecord } from '../json/json-array-stream';

/** One input of a batch: an order as parsed JSON, or why it could not be read; `line` is its place in the file. */
export type BatchRecord =
  { readonly line?: number; readonly value: unknown } | { readonly line?: number; readonly error: string };

/** Orders already in memory, numbered 1, 2, 3… like lines of a JSONL file. */
export function toRecords(orders: readonly unknown[]): BatchRecord[] {
  return orders.map((value, i) => ({ line: i + 1, value }));
}

/**
 * JSON Lines text → records, numbered and reported exactly as `orderflow simulate` reads a .jsonl
 * file (blank lines count but yield nothing), so both give the same summary.
 */
export function parseJsonl(text: string): BatchRecord[] {
  const records: BatchRecord[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.at(-1) === '') lines.pop();
  lines.forEach((raw, i) => {
    const trimmed = raw.trim();
    if (trimmed === '') return;
    const record = parseRecord(trimmed, i + 1);
    records.push('error' in record ? { line: i + 1, error: record.error.replace(/^line \d+, /, '') } : record);
  });
  return records;
}
