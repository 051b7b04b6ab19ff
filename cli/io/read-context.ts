import {
  emptyContext,
  type RunContext,
  parseContextText,
  type ContextProblem,
  isoTimestampSchema,
} from '../../runtime/index';
import { CliError, EXIT } from './cli-error';
import { readTextFile } from './read-file';

export interface ContextChoice {
  readonly context: RunContext;
  /** Said on stderr so nobody mistakes a wall-clock run for a reproducible one. */
  readonly note?: string;
}

/**
 * The run clock is always explicit: `--now` wins, else the context file's `now`. Only with neither
 * a context nor `--now` does the CLI use the current time (with an empty world), and it says so.
 */
export async function loadContext(
  cwd: string,
  path: string | undefined,
  now: string | undefined,
  clock: () => Date,
): Promise<ContextChoice> {
  if (now !== undefined && !isoTimestampSchema.safeParse(now).success) {
    throw new CliError(`--now "${now}" is not an ISO 8601 timestamp with an offset, e.g. 2026-11-11T10:00:00+08:00`);
  }
  if (path === undefined) {
    if (now !== undefined) return { context: emptyContext(now) };
    const current = clock().toISOString();
    return {
      context: emptyContext(current),
      note: `no --context: using no warehouses or carriers and now=${current}; pass --context or --now for reproducible runs`,
    };
  }
  const parsed = parseContextText(await readTextFile(cwd, path, 'context'));
  if (parsed.ok) return { context: now === undefined ? parsed.context : { ...parsed.context, now } };
  const [first] = parsed.problems;
  // Text that is not JSON has one problem and no field to name.
  if (parsed.problems.length === 1 && first && !first.path)
    throw new CliError(`${where(path, first)}: error: ${first.message}`, EXIT.problems);
  const lines = parsed.problems.map((p) => `${where(path, p)}: error: ${p.path}: ${p.message} [invalid-context]`);
  throw new CliError(`invalid context:\n${lines.join('\n')}`, EXIT.problems);
}

/** file:line:column, as far as known. */
function where(path: string, problem: ContextProblem): string {
  return `${path}${problem.line ? `:${problem.line}` : ''}${problem.column ? `:${problem.column}` : ''}`;
}
