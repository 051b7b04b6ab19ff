import { dirname, resolve } from 'node:path';
import type { RunContext, NodeRegistry } from '../../runtime/index';
import { parseJsonText, parseCasesFile, runCases, type CaseResult, type CasesFile } from '../../runtime/index';
import { CliError, EXIT, type CliIo } from '../io/cli-error';
import { loadContext } from '../io/read-context';
import { readTextFile } from '../io/read-file';
import { flowOrExit } from './shared';

export interface TestArgs {
  readonly flowPath: string;
  /** Default: the flow path with `.flow.json` → `.cases.json`. */
  readonly casesPath?: string;
  readonly contextPath?: string;
  readonly now?: string;
  readonly json: boolean;
}

/** `flows/vip.flow.json` → `flows/vip.cases.json` (any other `.json` → `.cases.json`). */
export function defaultCasesPath(flowPath: string): string {
  if (flowPath.endsWith('.flow.json')) return `${flowPath.slice(0, -'.flow.json'.length)}.cases.json`;
  return flowPath.endsWith('.json') ? `${flowPath.slice(0, -'.json'.length)}.cases.json` : `${flowPath}.cases.json`;
}

async function readCases(io: CliIo, path: string): Promise<CasesFile> {
  const text = await readTextFile(io.cwd, path, 'cases');
  const parsed = parseJsonText(text);
  if (!parsed.ok)
    throw new CliError(
      `${path}:${parsed.error.line}:${parsed.error.column}: error: ${parsed.error.message} [not-json]`,
      EXIT.problems,
    );
  const file = parseCasesFile(parsed.value);
  if (file.ok) return file.file;
  // Point at the line of each problem, as validate does for flows.
  const lines = file.problems.map((problem) => {
    const path_ = problem
      .slice(0, problem.indexOf(':'))
      .split('.')
      .filter(Boolean)
      .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    const line = parsed.lineOf(path_);
    return `${path}${line ? `:${line}` : ''}: error: ${problem} [invalid-cases]`;
  });
  throw new CliError(`invalid cases file:\n${lines.join('\n')}`, EXIT.problems);
}

function caseLines(result: CaseResult): string[] {
  if (result.error) return [`ERROR ${result.name}`, `      ${result.error}`];
  if (result.passed) return [`PASS  ${result.name}`];
  return [`FAIL  ${result.name}`, ...result.mismatches.map((m) => `      ${m.message}`)];
}

/**
 * `orderflow test <flow.json> [cases.json]`: runs every case and prints what differs from what was
 * expected. Exit 0 when all pass, 1 when any fails (or the flow or cases file has errors), 2 on usage.
 */
export async function testCommand(
  io: CliIo,
  args: TestArgs,
  registry: NodeRegistry,
  clock: () => Date,
): Promise<number> {
  const plan = await flowOrExit(io, args.flowPath, registry);
  const casesPath = args.casesPath ?? defaultCasesPath(args.flowPath);
  const file = await readCases(io, casesPath);
  if (file.flowId !== plan.flowId)
    io.stderr.write(`warning: ${casesPath} was written for flow "${file.flowId}", not "${plan.flowId}"\n`);

  // Context files named by cases are relative to the cases file; --now overrides their clock too.
  const casesDir = dirname(resolve(io.cwd, casesPath));
  const contexts: Record<string, RunContext> = {};
  for (const c of file.cases) {
    if (typeof c.context !== 'string' || Object.hasOwn(contexts, c.context)) continue;
    const loaded = await loadContext(casesDir, c.context, args.now, clock);
    Object.defineProperty(contexts, c.context, { value: loaded.context, enumerable: true });
  }
  const { context, note } = await loadContext(io.cwd, args.contextPath, args.now, clock);
  if (note && file.cases.some((c) => typeof c.context !== 'string')) io.stderr.write(`note: ${note}\n`);

  const report = runCases(plan, file.cases, context, { contexts });
  if (args.json) {
    const results = report.results.map(({ result, ...rest }) => ({ ...rest, status: result?.status ?? null }));
    io.stdout.write(
      `${JSON.stringify({ flowId: plan.flowId, cases: casesPath, passed: report.passed, failed: report.failed, results }, null, 2)}\n`,
    );
  } else {
    for (const result of report.results) io.stdout.write(`${caseLines(result).join('\n')}\n`);
    io.stdout.write(
      `${casesPath}: ${report.passed} passed, ${report.failed} failed (${report.results.length} case${report.results.length === 1 ? '' : 's'})\n`,
    );
  }
  return report.failed > 0 ? EXIT.problems : EXIT.ok;
}
