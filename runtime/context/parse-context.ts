import { parseJsonText } from '../json/json-text';
import { runContextSchema, type RunContext } from './context.schema';

/** What is wrong with a context file, and where: a JSON path and, when known, the line in the text. */
export interface ContextProblem {
  readonly message: string;
  readonly path: string;
  readonly line?: number;
  readonly column?: number;
}

export type ParsedContext =
  | { readonly ok: true; readonly context: RunContext }
  | { readonly ok: false; readonly problems: readonly ContextProblem[] };

/** Context JSON text (warehouses, carriers, stock, customer history, now) → a checked context, or every problem with its line. */
export function parseContextText(text: string): ParsedContext {
  const parsed = parseJsonText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (!parsed.ok)
    return {
      ok: false,
      problems: [{ message: parsed.error.message, path: '', line: parsed.error.line, column: parsed.error.column }],
    };
  const context = runContextSchema.safeParse(parsed.value);
  if (context.success) return { ok: true, context: context.data };
  return {
    ok: false,
    problems: context.error.issues.map((issue) => {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      const line = parsed.lineOf(path);
      return { message: issue.message, path: path.join('.') || 'context', ...(line === undefined ? {} : { line }) };
    }),
  };
}
