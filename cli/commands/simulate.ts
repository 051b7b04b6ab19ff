import type { Plan } from '../../runtime/engine/compile';
import { runFlow } from '../../runtime/engine/run';
import type { NodeRegistry } from '../../runtime/node/registry';
import { customerIdOf } from '../../runtime/simulation/checked';
import { createLedger } from '../../runtime/simulation/world-ledger';
import { readChannelOrders, readRelated, refusalMessage, resolveChannel } from '../io/channel-input';
import { EXIT, type CliIo } from '../io/cli-error';
import { loadContext } from '../io/read-context';
import { readOrders } from '../io/read-orders';
import { printSummary } from '../summary/print-summary';
import { addResult, addUnreadable, createSummary, serviceKeysOf, type FlowInfo } from '../summary/summary';
import { flowOrExit, parseDecisions, tablesOrExit } from './shared';

export interface SimulateArgs {
  readonly flowPath: string;
  readonly ordersPath: string;
  readonly contextPath?: string;
  readonly now?: string;
  readonly decide: readonly string[];
  readonly json: boolean;
  readonly strict: boolean;
  /** Carry stock and gift counts from one order to the next (runtime/simulation/world-ledger.ts). */
  readonly carryOver?: boolean;
  /** The orders file holds raw payloads of this channel (a built-in name or a mapping file), normalized first. */
  readonly channel?: string;
  readonly related?: readonly string[];
}

export function flowInfo(plan: Plan): FlowInfo {
  return {
    flowId: plan.flowId,
    flowName: plan.flowName,
    nodes: plan.flow.nodes.map((n) => ({ id: n.id, type: n.type, ...(n.name ? { name: n.name } : {}) })),
  };
}

/**
 * `orderflow simulate`: streams every order through the flow and prints what happened. Exit 0 when
 * the flow ran (rejected orders are data problems, listed in the summary); exit 1 when a run failed
 * (a flow or node bug), or with --strict when any order was rejected.
 */
export async function simulateCommand(
  io: CliIo,
  args: SimulateArgs,
  registry: NodeRegistry,
  clock: () => Date,
): Promise<number> {
  const plan = await flowOrExit(io, args.flowPath, registry);
  const decisions = parseDecisions(plan, args.decide);
  const { context, note } = await loadContext(io.cwd, args.contextPath, args.now, clock);
  if (note) io.stderr.write(`note: ${note}\n`);
  tablesOrExit(io, args.flowPath, plan, context);
  const summary = createSummary(flowInfo(plan));
  const ledger = args.carryOver ? createLedger(context) : undefined;
  const world = ledger?.context ?? context;
  const run = (order: unknown, line: number | undefined) => {
    const result = runFlow(plan, order, world, { decisions });
    ledger?.take(result, customerIdOf({ value: order }));
    addResult(summary, result, line, serviceKeysOf(order));
  };
  if (args.channel !== undefined) {
    // Raw channel payloads: a record the channel mapping refuses is a rejected order, with its problems.
    const choice = await resolveChannel(io.cwd, args.channel);
    const related = await readRelated(io.cwd, choice, args.related ?? [], args.ordersPath);
    for await (const { result, line } of readChannelOrders(io.cwd, args.ordersPath, choice, related)) {
      if (result.ok) run(result.order, line);
      else
        addUnreadable(summary, { ...(line === undefined ? {} : { line }), message: refusalMessage(result.problems) });
    }
  } else {
    for await (const record of readOrders(io.cwd, args.ordersPath)) {
      if ('error' in record) addUnreadable(summary, { line: record.line, message: record.error });
      else run(record.value, record.line);
    }
  }
  io.stdout.write(args.json ? `${JSON.stringify(summary, null, 2)}\n` : printSummary(summary));
  if (summary.status.failed > 0) return EXIT.problems;
  return args.strict && summary.status.rejected > 0 ? EXIT.problems : EXIT.ok;
}
