/**
 * Opening an input file safely: only regular files, within a stated size, checked on the open handle before
 * a byte is read. A FIFO would block `open` until a writer comes and a device (`/dev/urandom`) never ends, so
 * the file is opened non-blocking and refused at once when it is not a regular file.
 */
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { resolve } from 'node:path';
import { RECORD_LIMIT_BYTES } from '../../runtime/index';
import { CliError } from './cli-error';

const MiB = 1024 * 1024;

/** The size limits `orderflow --help` and the README state. */
export const INPUT_LIMITS = Object.freeze({
  /** A file read whole: a flow, context, cases, mapping, one order, a `.json` channel payload, a related payload. */
  wholeFile: 64 * MiB,
  /** A streamed orders or payloads file (`simulate`, `normalize` of JSON Lines). */
  streamedFile: 4 * 1024 * MiB,
  /** One record inside a streamed file: a line of JSON Lines, an element of a `.json` orders array. */
  record: RECORD_LIMIT_BYTES,
});

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  ENOTDIR: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/** Turns a file-system error into the short reason people expect ("no such file"). */
export function fileErrorReason(error: unknown): string {
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  return REASONS[code] ?? (error instanceof Error ? error.message : String(error));
}

/** "1.2 GB"-style sizes for messages. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * MiB) return `${(bytes / (1024 * MiB)).toFixed(1)} GiB`;
  if (bytes >= MiB) return `${(bytes / MiB).toFixed(1)} MiB`;
  return `${bytes} bytes`;
}

function notRegular(info: Stats): string | undefined {
  if (info.isFile()) return undefined;
  if (info.isDirectory()) return 'it is a directory';
  if (info.isFIFO()) return 'it is a named pipe (FIFO), not a regular file';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'it is a device, not a regular file';
  if (info.isSocket()) return 'it is a socket, not a regular file';
  return 'it is not a regular file';
}

/** `cannot read <what> file "<path>": <reason>` — the same words for every input, exit 2. */
export const cannotRead = (what: string, path: string, reason: string) =>
  new CliError(`cannot read ${what} file "${path}": ${reason}`);

export const tooLarge = (what: string, path: string, size: string, limit: number) =>
  cannotRead(what, path, `it is ${size}, over the ${formatSize(limit)} limit for ${what} files (see orderflow --help)`);

/**
 * Opens `path` (relative to `cwd`) for reading: refused with exit 2 when it is missing, unreadable, not a
 * regular file, or larger than `limit` bytes. The caller closes the handle.
 */
export async function openInput(cwd: string, path: string, what: string, limit: number): Promise<FileHandle> {
  let handle: FileHandle;
  try {
    handle = await open(resolve(cwd, path), constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw cannotRead(what, path, fileErrorReason(error));
  }
  try {
    const info = await handle.stat();
    const refusal = notRegular(info);
    if (refusal) throw cannotRead(what, path, refusal);
    if (info.size > limit) throw tooLarge(what, path, formatSize(info.size), limit);
    return handle;
  } catch (error) {
    await handle.close();
    throw error instanceof CliError ? error : cannotRead(what, path, fileErrorReason(error));
  }
}

/** Bytes asked for per read. 1 MiB measured no faster here and held ~60 MB more (a page of parsed orders per chunk). */
const READ_SIZE = 1 << 16;

/**
 * The bytes of an opened input, chunk by chunk, stopping with the size refusal as soon as more than `limit`
 * bytes came (a file that grows while read, or a /proc file that says it is empty). The next chunk is
 * read while the caller works on this one.
 */
export async function* inputChunks(
  handle: FileHandle,
  what: string,
  path: string,
  limit: number,
): AsyncGenerator<Buffer> {
  const buffer = Buffer.allocUnsafe(READ_SIZE);
  const read = () => handle.read(buffer, 0, buffer.length, null);
  let total = 0;
  let next: ReturnType<typeof read> | undefined = read();
  try {
    for (;;) {
      let bytesRead: number;
      try {
        ({ bytesRead } = await next);
      } catch (error) {
        throw cannotRead(what, path, fileErrorReason(error));
      } finally {
        next = undefined;
      }
      if (bytesRead === 0) return;
      total += bytesRead;
      if (total > limit) throw tooLarge(what, path, `more than ${formatSize(limit)}`, limit);
      // A copy: the buffer is filled again by the read started before the caller gets this chunk.
      const chunk = Buffer.from(buffer.subarray(0, bytesRead));
      next = read();
      yield chunk;
    }
  } finally {
    // Stopped early: let the read in flight finish before the caller closes the file.
    await next?.catch(() => undefined);
  }
}
