import { INPUT_LIMITS, inputChunks, openInput } from '../io/open-input';
import { tooLongLine } from '../io/read-file';

/** A run of whole lines of a JSON Lines file, as bytes, and the number of its first line. */
export interface LineBlock {
  readonly firstLine: number;
  readonly bytes: Buffer;
}

/** Bytes per block: ~1,100 example orders, so a message to a worker costs little next to its work. */
export const DEFAULT_BLOCK_BYTES = 1 << 20;

const NEWLINE = 10;

function countNewlines(bytes: Buffer, end = bytes.length): number {
  let count = 0;
  for (let at = bytes.indexOf(NEWLINE); at !== -1 && at < end; at = bytes.indexOf(NEWLINE, at + 1)) count++;
  return count;
}

/**
 * Cuts a streamed JSON Lines file into blocks of whole lines (the last block may end without "\n"), in
 * file order, without decoding it: the workers decode, parse and run them. A line is only measured
 * exactly (in UTF-16 units, as the single-thread reader does) by the worker that decodes it; here, a
 * line that has gone on for more than 3 bytes per unit of the limit is refused at once, so memory stays
 * bounded even when a file has no line breaks.
 */
export async function* lineBlocks(
  cwd: string,
  path: string,
  blockBytes = DEFAULT_BLOCK_BYTES,
): AsyncGenerator<LineBlock> {
  const handle = await openInput(cwd, path, 'orders', INPUT_LIMITS.streamedFile);
  try {
    let parts: Buffer[] = [];
    let partsBytes = 0;
    let newlines = 0; // in parts
    let sinceNewline = 0; // bytes of the line still open at the end of parts
    let firstLine = 1;
    for await (const chunk of inputChunks(handle, 'orders', path, INPUT_LIMITS.streamedFile)) {
      const last = chunk.lastIndexOf(NEWLINE);
      sinceNewline = last === -1 ? sinceNewline + chunk.length : chunk.length - last - 1;
      if (sinceNewline > 3 * INPUT_LIMITS.record)
        throw tooLongLine('orders', path, firstLine + newlines + countNewlines(chunk));
      newlines += countNewlines(chunk);
      partsBytes += chunk.length;
      if (partsBytes < blockBytes || last === -1) {
        parts.push(chunk);
        continue;
      }
      parts.push(chunk.subarray(0, last + 1));
      yield { firstLine, bytes: Buffer.concat(parts) };
      firstLine += newlines;
      parts = last + 1 < chunk.length ? [chunk.subarray(last + 1)] : [];
      partsBytes = chunk.length - last - 1;
      newlines = 0;
    }
    if (partsBytes > 0) yield { firstLine, bytes: Buffer.concat(parts) };
  } finally {
    await handle.close();
  }
}
