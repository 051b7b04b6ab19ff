import { compileFlow, type Plan, parseJsonText } from '../../runtime/index';
import type { Problem, Locale, NodeRegistry } from '../../runtime/index';
import { formatFileProblem } from './format-problem';
import { readTextFile } from './read-file';

export interface LoadedFlow {
  /** Null when the flow has errors. */
  readonly plan: Plan | null;
  readonly problems: readonly Problem[];
  /** Every problem as `file:line: severity: …`, in document order. */
  readonly messages: readonly string[];
}

/**
 * Reads, validates and compiles a flow file; problems carry file:line (and column for bad JSON).
 * `locale`: the language of the problems' messages (the file:line frame, severities and codes stay).
 */
export async function loadFlow(
  cwd: string,
  path: string,
  registry: NodeRegistry,
  locale: Locale = 'en',
): Promise<LoadedFlow> {
  const text = await readTextFile(cwd, path, 'flow');
  const syntax = parseJsonText(text, locale);
  if (!syntax.ok) {
    const problem: Problem = {
      code: 'not-json',
      severity: 'error',
      message: syntax.error.message,
      path: [],
      line: syntax.error.line,
    };
    return { plan: null, problems: [problem], messages: [formatFileProblem(path, problem, syntax.error.column)] };
  }
  const compiled = compileFlow(text, registry, { locale });
  const problems = compiled.ok ? compiled.warnings : compiled.problems;
  return {
    plan: compiled.ok ? compiled.plan : null,
    problems,
    messages: problems.map((p) => formatFileProblem(path, p)),
  };
}
