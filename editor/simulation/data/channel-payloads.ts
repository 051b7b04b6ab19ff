/**
 * Raw channel payloads → simulation records, as `orderflow simulate --channel` reads them: a .json
 * file is one payload (it may hold many orders), .jsonl/.ndjson one payload per line. Each order
 * record becomes a canonical order; a record the mapping refuses becomes a record with an `error`
 * (its channel, payload path and reason), so the batch counts it as rejected — never dropped.
 * Payload text goes to `normalize` as text, so ids above 2^53 keep their digits.
 */
import type { ChannelMapping } from '../../../channels/index';
import type { BatchRecord } from '../../../runtime/index';
import { lineFinder, normalize, refusalText } from '../../channels/catalog';
import { formatOf, type ParsedFile } from './parse-file';

export interface ParsedPayloadFile extends ParsedFile {
  /** Records the mapping refused (also in `records`, with their problems as `error`). */
  readonly refused: number;
}

export function normalizePayloadFile(
  fileName: string,
  text: string,
  mapping: string | ChannelMapping,
): ParsedPayloadFile {
  const format = formatOf(fileName);
  if (format === 'csv')
    return {
      format,
      records: [],
      problems: ['a CSV file holds canonical orders, not channel payloads: import it as canonical orders'],
      refused: 0,
    };
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: BatchRecord[] = [];
  let refused = 0;
  const add = (payload: string, lineOf: (path: string) => number | undefined) => {
    for (const result of normalize(mapping, payload)) {
      const line = lineOf(result.recordPath);
      const where = line === undefined ? {} : { line };
      if (result.ok) records.push({ ...where, value: result.order });
      else {
        refused++;
        records.push({ ...where, error: refusalText(result.problems) });
      }
    }
  };
  if (format === 'json') add(clean, lineFinder(clean));
  else {
    clean.split(/\r\n|\n|\r/).forEach((line, i) => {
      if (line.trim() !== '') add(line.trim(), () => i + 1);
    });
  }
  return { format, records, problems: [], refused };
}
