import { runFlow, addPair, createComparison } from '../../runtime/index';
import type { NodeRegistry } from '../../runtime/index';
import { EXIT, type CliIo } from '../io/cli-error';
import { loadContext } from '../io/read-context';
import { readOrders } from '../io/read-orders';
import { printComparison } from '../summary/print-comparison';
import { flowOrExit, tablesOrExit } from './shared';

export interface CompareArgs {
  readonly beforePath: string;
  readonly afterPath: string;
  readonly ordersPath: string;
  readonly contextPath?: string;
  readonly now?: string;
  readonly json: boolean;
  readonly failOnDiff: boolean;
}

/**
 * `orderflow compare`: runs every order through two versions of a flow in the same world and prints
 * the comparison the editor's Compare tab shows (runtime/simulation/compare-runs): the figures of each
 * side and every order whose outcome changes, field by field. Exit 1 with --fail-on-diff when any does.
 */
export async function compareCommand(
  io: CliIo,
  args: CompareArgs,
  registry: NodeRegistry,
  clock: () => Date,
): Promise<number> {
  const before = await flowOrExit(io, args.beforePath, registry);
  const after = await flowOrExit(io, args.afterPath, registry);
  const { context, note } = await loadContext(io.cwd, args.contextPath, args.now, clock);
  if (note) io.stderr.write(`note: ${note}\n`);
  tablesOrExit(io, args.beforePath, before, context);
  tablesOrExit(io, args.afterPath, after, context);
  const comparison = createComparison();
  let unreadable = 0;
  let index = 0;
  for await (const record of readOrders(io.cwd, args.ordersPath)) {
    if ('error' in record) {
      unreadable++;
      io.stderr.write(`${args.ordersPath}:${record.line}: ${record.error}\n`);
      continue;
    }
    addPair(comparison, runFlow(before, record.value, context), runFlow(after, record.value, context), index++);
  }
  io.stdout.write(
    args.json
      ? `${JSON.stringify({ beforeFlow: before.flowId, afterFlow: after.flowId, unreadable, ...comparison }, null, 2)}\n`
      : printComparison(comparison, { before: args.beforePath, after: args.afterPath, unreadable }),
  );
  return args.failOnDiff && comparison.differing > 0 ? EXIT.problems : EXIT.ok;
}
