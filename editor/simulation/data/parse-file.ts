import { jsonArrayElements, parseJsonl, type BatchRecord } from '../../../runtime/index';
import { parseCsvOrders } from './csv-orders';

export type DatasetFormat = 'json' | 'jsonl' | 'csv';

export interface ParsedFile {
  readonly format: DatasetFormat;
  readonly records: BatchRecord[];
  /** File-level problems; rows that could not be read are records with an `error` instead. */
  readonly problems: string[];
}

export function formatOf(fileName: string): DatasetFormat {
  const name = fileName.toLowerCase();
  if (name.endsWith('.jsonl') || name.endsWith('.ndjson')) return 'jsonl';
  return name.endsWith('.csv') ? 'csv' : 'json';
}

/** Reads an orders file as `orderflow simulate` does (JSON array or one order, JSON Lines), or CSV. */
export async function parseOrdersFile(fileName: string, text: string): Promise<ParsedFile> {
  const format = formatOf(fileName);
  if (format === 'csv') return { format, ...parseCsvOrders(text) };
  if (format === 'jsonl') return { format, records: parseJsonl(text), problems: [] };
  const records: BatchRecord[] = [];
  try {
    const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    for await (const record of jsonArrayElements(
      (async function* () {
        yield clean;
      })(),
    ))
      records.push(record);
  } catch (error) {
    return { format, records, problems: [error instanceof Error ? error.message : String(error)] };
  }
  return { format, records, problems: [] };
}
