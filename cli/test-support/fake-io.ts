import { join } from 'node:path';
import { main } from '../main';

export const ROOT = join(import.meta.dirname, '..', '..');

/** The fixed wall clock tests give the CLI (used only without --context and --now). */
export const CLOCK = () => new Date('2026-11-11T02:00:00.000Z');

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process, as `orderflow …` from `cwd`, capturing its output. */
export async function cli(args: readonly string[], cwd = ROOT): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd,
    clock: CLOCK,
  });
  return { code, stdout, stderr };
}
