import { emptyContext, runContextSchema, type RunContext } from '../../runtime/context/context.schema';
import { isoTimestampSchema } from '../../runtime/order/order.schema';
import { parseJsonText } from '../../runtime/json/json-text';
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
export async function loadContext(cwd: string, path: string | undefined, now: string | undefined, clock: () => Date): Promise<ContextChoice> {
  if (now !== undefined && !isoTimestampSchema.safeParse(now).success) {
    throw new CliError(`--now "${now}" is not an ISO 8601 timestamp with an offset, e.g. 2026-11-11T10:00:00+08:00`);
  }
  if (path === undefined) {
    if (now !== undefined) return { context: emptyContext(now) };
    const current = clock().toISOString();
    return { context: emptyContext(current), note: `no --context: using no warehouses or carriers and now=${current}; pass --context or --now for reproducible runs` };
  }
  const text = await readTextFile(cwd, path, 'context');
  const parsed = parseJsonText(text);
  if (!parsed.ok) throw new CliError(`${path}:${parsed.error.line}:${parsed.error.column}: error: ${parsed.error.message}`, EXIT.problems);
  const context = runContextSchema.safeParse(parsed.value);
  if (!context.success) {
    const lines = context.error.issues.map((issue) => {
      const line = parsed.lineOf(issue.path.filter((p): p is string | number => typeof p !== 'symbol'));
      return `${path}${line ? `:${line}` : ''}: error: ${issue.path.join('.') || 'context'}: ${issue.message} [invalid-context]`;
    });
    throw new CliError(`invalid context:\n${lines.join('\n')}`, EXIT.problems);
  }
  return { context: now === undefined ? context.data : { ...context.data, now } };
}
