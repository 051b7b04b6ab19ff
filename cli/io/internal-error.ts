/**
 * An error orderflow did not expect (a bug, not bad input) is reported as one line with an id; the stack
 * and the arguments go to a log file in the OS temp folder named by that id, for a bug report. Users never
 * see a stack trace.
 */
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where the details of internal error `id` are written. */
export const internalErrorLog = (id: string): string => join(tmpdir(), `orderflow-error-${id}.log`);

/** Writes the details and returns the one line to print (without the "orderflow: " prefix). */
export function describeInternalError(error: unknown, argv: readonly string[]): string {
  const id = randomBytes(4).toString('hex');
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200);
  const details = [
    `orderflow internal error ${id}`,
    `arguments: ${JSON.stringify(argv)}`,
    `node ${process.version} on ${process.platform}`,
    '',
    error instanceof Error ? (error.stack ?? error.message) : String(error),
    '',
  ].join('\n');
  let where: string;
  try {
    const file = internalErrorLog(id);
    writeFileSync(file, details, { mode: 0o600 });
    where = `details in ${file}`;
  } catch {
    where = 'the details could not be saved';
  }
  return `internal error ${id}: ${message} (a bug in orderflow, not in your files; ${where})`;
}
