import { runFlow, assignArm, assignmentKey, addPair, createComparison } from '../../runtime/index';
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
  /** Rehearse a canary: only the orders the rollout would give the candidate at this percent are compared. */
  readonly rollout?: { readonly percent: number; readonly salt: string };
}

/** `--rollout 25` or `--rollout 25:ro_abc` (the server rollout's id, so the same customers are picked). */
export function parseRolloutOption(text: string): { percent: number; salt: string } | undefined {
  const match = /^(\d+(?:\.\d+)?)(?::(.+))?$/.exec(text.trim());
  const percent = match ? Number(match[1]) : NaN;
  if (!match || !(percent > 0 && percent <= 100)) return undefined;
  return { percent, salt: match[2] ?? '' };
}

/** The raw order's assignment key, read defensively (the run validates the order itself). */
function keyOf(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { id, customer } = raw as { id?: unknown; customer?: { id?: unknown } | null };
  if (typeof id !== 'string') return null;
  const customerId = typeof customer === 'object' && customer !== null ? customer.id : undefined;
  return assignmentKey({ id, customer: typeof customerId === 'string' ? { id: customerId } : null });
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
  let onLive = 0;
  for await (const record of readOrders(io.cwd, args.ordersPath)) {
    if ('error' in record) {
      unreadable++;
      io.stderr.write(`${args.ordersPath}:${record.line}: ${record.error}\n`);
      continue;
    }
    if (args.rollout) {
      const key = keyOf(record.value);
      if (key === null || assignArm(key, args.rollout.percent, args.rollout.salt) !== 'candidate') {
        onLive++;
        continue;
      }
    }
    addPair(comparison, runFlow(before, record.value, context), runFlow(after, record.value, context), index++);
  }
  if (args.rollout)
    io.stderr.write(
      `rollout rehearsal at ${args.rollout.percent}%: ${comparison.orders} order(s) in the candidate arm compared, ${onLive} stay on live\n`,
    );
  io.stdout.write(
    args.json
      ? `${JSON.stringify({ beforeFlow: before.flowId, afterFlow: after.flowId, unreadable, ...comparison }, null, 2)}\n`
      : printComparison(comparison, { before: args.beforePath, after: args.afterPath, unreadable }),
  );
  return args.failOnDiff && comparison.differing > 0 ? EXIT.problems : EXIT.ok;
}
