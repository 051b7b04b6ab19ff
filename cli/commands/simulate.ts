import type { NodeRegistry, BatchRecord, SimulationSummary } from '../../runtime/index';
import { runBatch } from '../../runtime/index';
import {
  readChannelOrders,
  readRelated,
  refusalMessage,
  resolveChannel,
  type ChannelChoice,
} from '../io/channel-input';
import { EXIT, type CliIo } from '../io/cli-error';
import { loadContext } from '../io/read-context';
import { readOrderPages } from '../io/read-orders';
import { coreRegistry } from '../../nodes/index';
import { importBuilt } from './build';
import { printSummary } from '../summary/print-summary';
import { flowOrExit, parseDecisions, tablesOrExit } from './shared';
import { workerCount } from '../simulate-workers/worker-count';
import { simulateInWorkers } from '../simulate-workers/pool';

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
  /** Threads that parse and run a JSON Lines file (`--workers`); undefined: as many as cores for a big file. */
  readonly workers?: number;
  /** Bytes of orders per block sent to a worker (default 1 MiB); small in tests, so a file makes many blocks. */
  readonly blockBytes?: number;
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
  // A file of independent orders runs on worker threads; carried-over stock makes each order depend on the last.
  const parallel =
    args.channel === undefined && !args.carryOver && registry === coreRegistry
      ? await workerCount(io.cwd, args.ordersPath, args.workers)
      : 1;
  if (parallel > 1) {
    const summary = await simulateInWorkers(io.cwd, args.ordersPath, plan, context, {
      workers: parallel,
      decisions,
      ...(args.blockBytes === undefined ? {} : { blockBytes: args.blockBytes }),
    });
    return report(io, args, summary);
  }
  const orders =
    args.channel === undefined
      ? { pages: readOrderPages(io.cwd, args.ordersPath) }
      : channelRecords(io.cwd, args.ordersPath, await resolveChannel(io.cwd, args.channel), args.related ?? []);
  // The editor's batch runs the same function; a file streams a page of records per await, so no extra pause is needed.
  // The flow built into a module runs the orders (same results as the interpreter, see runtime/aot).
  const built = await importBuilt(plan, registry, coreRegistry);
  const { summary } = await runBatch(plan, orders, context, {
    ...(built ? { runner: built } : {}),
    decisions,
    carryOver: args.carryOver ?? false,
    pause: () => Promise.resolve(),
  });
  return report(io, args, summary);
}

/** Prints the summary; the exit code says whether a run failed (or, with --strict, an order was rejected). */
function report(io: CliIo, args: SimulateArgs, summary: SimulationSummary): number {
  io.stdout.write(args.json ? `${JSON.stringify(summary, null, 2)}\n` : printSummary(summary));
  if (summary.status.failed > 0) return EXIT.problems;
  return args.strict && summary.status.rejected > 0 ? EXIT.problems : EXIT.ok;
}

/** Raw channel payloads as batch records: a record the channel mapping refuses is a rejected order, with its problems. */
async function* channelRecords(
  cwd: string,
  ordersPath: string,
  choice: ChannelChoice,
  relatedArgs: readonly string[],
): AsyncGenerator<BatchRecord> {
  const related = await readRelated(cwd, choice, relatedArgs, ordersPath);
  for await (const { result, line } of readChannelOrders(cwd, ordersPath, choice, related)) {
    const at = line === undefined ? {} : { line };
    yield result.ok ? { ...at, value: result.order } : { ...at, error: refusalMessage(result.problems) };
  }
}
