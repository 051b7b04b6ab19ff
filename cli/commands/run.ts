import { runFlow } from '../../runtime/engine/run';
import { parseJsonText } from '../../runtime/json/json-text';
import type { NodeRegistry } from '../../runtime/node/registry';
import { CliError, EXIT, type CliIo } from '../io/cli-error';
import { formatFileProblem } from '../io/format-problem';
import { loadContext } from '../io/read-context';
import { readTextFile } from '../io/read-file';
import { flowOrExit, parseDecisions } from './shared';

export interface RunArgs {
  readonly flowPath: string;
  readonly orderPath: string;
  readonly contextPath?: string;
  readonly now?: string;
  readonly decide: readonly string[];
  readonly trace: boolean;
}

/** `orderflow run`: one order through the flow; the RunResult as pretty JSON; exit 1 if rejected or failed. */
export async function runCommand(io: CliIo, args: RunArgs, registry: NodeRegistry, clock: () => Date): Promise<number> {
  const plan = await flowOrExit(io, args.flowPath, registry);
  const decisions = parseDecisions(plan, args.decide);
  const { context, note } = await loadContext(io.cwd, args.contextPath, args.now, clock);
  if (note) io.stderr.write(`note: ${note}\n`);
  const text = await readTextFile(io.cwd, args.orderPath, 'order');
  const parsed = parseJsonText(text);
  if (!parsed.ok) throw new CliError(`${args.orderPath}:${parsed.error.line}:${parsed.error.column}: error: ${parsed.error.message} [not-json]`, EXIT.problems);

  const result = runFlow(plan, parsed.value, context, { trace: args.trace, decisions });
  io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  // Point at the offending lines of the order file, the way validate does for flows.
  for (const problem of result.problems ?? []) io.stderr.write(`${formatFileProblem(args.orderPath, { ...problem, line: parsed.lineOf(problem.path) })}\n`);
  if (result.error) io.stderr.write(`${args.orderPath}: error: run failed at ${result.error.nodeId}: ${result.error.message}\n`);
  if (result.waiting) io.stderr.write(`waiting at ${result.waiting.nodeId} (${result.waiting.kind}): decide with --decide ${result.waiting.nodeId}=${result.waiting.ports.join('|')}\n`);
  return result.status === 'rejected' || result.status === 'failed' ? EXIT.problems : EXIT.ok;
}
