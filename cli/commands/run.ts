import type { Plan, RunResult, Locale, NodeRegistry } from '../../runtime/index';
import { runFlow, parseJsonText } from '../../runtime/index';
import {
  formatChannelProblem,
  readChannelOrders,
  readRelated,
  resolveChannel,
  type ChannelRecord,
} from '../io/channel-input';
import { CliError, EXIT, type CliIo } from '../io/cli-error';
import { parseJsonPath } from '../../channels/json/parse-json-path';
import { formatFileProblem } from '../io/format-problem';
import { loadContext } from '../io/read-context';
import { readTextFile } from '../io/read-file';
import { flowOrExit, parseDecisions, tablesOrExit } from './shared';

export interface RunArgs {
  readonly flowPath: string;
  readonly orderPath: string;
  readonly contextPath?: string;
  readonly now?: string;
  readonly decide: readonly string[];
  readonly trace: boolean;
  /** The language of the notes and explanations in the result. */
  readonly locale: Locale;
  /** The order file is a raw payload of this channel (a built-in name or a mapping file), normalized first. */
  readonly channel?: string;
  readonly related?: readonly string[];
}

/** `orderflow run`: one order through the flow; the RunResult as pretty JSON; exit 1 if rejected or failed. */
export async function runCommand(io: CliIo, args: RunArgs, registry: NodeRegistry, clock: () => Date): Promise<number> {
  const plan = await flowOrExit(io, args.flowPath, registry);
  const decisions = parseDecisions(plan, args.decide);
  const { context, note } = await loadContext(io.cwd, args.contextPath, args.now, clock);
  if (note) io.stderr.write(`note: ${note}\n`);
  tablesOrExit(io, args.flowPath, plan, context);
  if (args.channel !== undefined) return runChannelPayload(io, args, plan, context, decisions);
  const text = await readTextFile(io.cwd, args.orderPath, 'order');
  const parsed = parseJsonText(text);
  if (!parsed.ok)
    throw new CliError(
      `${args.orderPath}:${parsed.error.line}:${parsed.error.column}: error: ${parsed.error.message} [not-json]`,
      EXIT.problems,
    );

  const result = runFlow(plan, parsed.value, context, { trace: args.trace, decisions, locale: args.locale });
  io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  // Point at the offending lines of the order file, the way validate does for flows.
  for (const problem of result.problems ?? [])
    io.stderr.write(`${formatFileProblem(args.orderPath, { ...problem, line: parsed.lineOf(problem.path) })}\n`);
  return finish(io, args, result);
}

function finish(io: CliIo, args: RunArgs, result: RunResult): number {
  if (result.error)
    io.stderr.write(`${args.orderPath}: error: run failed at ${result.error.nodeId}: ${result.error.message}\n`);
  if (result.waiting)
    io.stderr.write(
      `waiting at ${result.waiting.nodeId} (${result.waiting.kind}): decide with --decide ${result.waiting.nodeId}=${result.waiting.ports.join('|')}\n`,
    );
  return result.status === 'rejected' || result.status === 'failed' ? EXIT.problems : EXIT.ok;
}

/**
 * `run --channel`: the file is one raw channel payload holding one order. A record the mapping
 * refuses is a rejected run (its problems point into the payload), like an invalid canonical order.
 */
async function runChannelPayload(
  io: CliIo,
  args: RunArgs,
  plan: Plan,
  context: Parameters<typeof runFlow>[2],
  decisions: Record<string, string>,
): Promise<number> {
  const choice = await resolveChannel(io.cwd, args.channel!);
  const related = await readRelated(io.cwd, choice, args.related ?? [], args.orderPath);
  const records: ChannelRecord[] = [];
  for await (const record of readChannelOrders(io.cwd, args.orderPath, choice, related)) records.push(record);
  const [record] = records;
  if (!record) throw new CliError(`${args.orderPath}: the payload holds no ${choice.name} order`, EXIT.problems);
  if (records.length > 1) {
    throw new CliError(
      `${args.orderPath} holds ${records.length} ${choice.name} orders; run takes one (simulate --channel runs them all, normalize --channel shows them)`,
    );
  }
  const { result: normalized } = record;
  for (const warning of normalized.warnings)
    io.stderr.write(`${formatChannelProblem(args.orderPath, record, warning, 'warning')}\n`);
  if (!normalized.ok) {
    const rejected: RunResult = {
      status: 'rejected',
      flowId: plan.flowId,
      orderId: null,
      outcome: null,
      totals: null,
      trace: [],
      problems: normalized.problems.map((p) => {
        const line = record.lineOf(p.path);
        return {
          code: 'invalid-order' as const,
          severity: 'error' as const,
          message: `${p.channel}: ${p.message}`,
          path: parseJsonPath(p.path) ?? [],
          ...(line === undefined ? {} : { line }),
        };
      }),
    };
    io.stdout.write(`${JSON.stringify(rejected, null, 2)}\n`);
    for (const problem of normalized.problems)
      io.stderr.write(`${formatChannelProblem(args.orderPath, record, problem)}\n`);
    return EXIT.problems;
  }
  const result = runFlow(plan, normalized.order, context, { trace: args.trace, decisions, locale: args.locale });
  io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  for (const problem of result.problems ?? []) io.stderr.write(`${formatFileProblem(args.orderPath, problem)}\n`);
  return finish(io, args, result);
}
