import type { OrderRecord } from '../../runtime/index';
import { INPUT_LIMITS } from '../io/open-input';
import { lineText } from '../io/read-file';
import { lineRecord } from '../io/read-orders';

/** Thrown for a line over INPUT_LIMITS.record: the pool turns it into the reader's own refusal. */
export class LineTooLong extends Error {
  constructor(readonly line: number) {
    super(`line ${line} is too long`);
  }
}

/**
 * The records of a block, numbered and read exactly as the single-thread reader reads the same lines
 * (read-file.ts textLinePages, read-orders.ts lineRecord): each line decoded on its own, so a line is one
 * flat string rather than a slice of a 64 KiB chunk.
 */
export function* blockRecords(bytes: Buffer, firstLine: number): Generator<OrderRecord> {
  let line = firstLine;
  for (let from = 0; from < bytes.length; line++) {
    const newline = bytes.indexOf(10, from);
    const end = newline === -1 ? bytes.length : newline;
    const raw = bytes.toString('utf8', from, end);
    if (raw.length > INPUT_LIMITS.record) throw new LineTooLong(line);
    const record = lineRecord(lineText(raw, line), line);
    if (record) yield record;
    from = end + 1;
  }
}
