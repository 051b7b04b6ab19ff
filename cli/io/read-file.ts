import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError } from './cli-error';

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
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

/** Reads a UTF-8 file relative to `cwd`; a missing file is a usage error (exit 2). */
export async function readTextFile(cwd: string, path: string, what: string): Promise<string> {
  try {
    const text = await readFile(resolve(cwd, path), 'utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // editors on Windows add a BOM
  } catch (error) {
    throw new CliError(`cannot read ${what} file "${path}": ${fileErrorReason(error)}`);
  }
}
