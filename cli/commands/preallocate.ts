import {
  percent,
  preallocateFromOrders,
  preallocationSettingsSchema,
  type PreallocationPlan,
} from '../../forecast/index';
import { formatMoney } from '../../runtime/index';
import { CliError, EXIT, type CliIo } from '../io/cli-error';
import { loadContext } from '../io/read-context';
import { readDemandOrders } from '../io/read-demand-orders';
import { printRows, readJsonFile } from './forecast';

export interface PreallocateArgs {
  readonly ordersPath: string;
  readonly contextPath: string;
  readonly settingsPath?: string;
  readonly now?: string;
  readonly json: boolean;
}

/**
 * `orderflow preallocate <orders> --context ctx.json [--settings s.json] [--now ISO] [--json]`: transfers
 * to suggest before demand comes, from the orders placed before the context's now and its stock.
 * Suggestions only: nothing is applied; a person approves them.
 */
export async function preallocateCommand(io: CliIo, args: PreallocateArgs, clock: () => Date): Promise<number> {
  const { context } = await loadContext(io.cwd, args.contextPath, args.now, clock);
  const settings =
    args.settingsPath === undefined
      ? preallocationSettingsSchema.parse({})
      : await readJsonFile(io, args.settingsPath, 'settings', preallocationSettingsSchema);
  const orders = await readDemandOrders(io, args.ordersPath);
  let result;
  try {
    result = preallocateFromOrders(orders, context, settings);
  } catch (error) {
    throw new CliError(`${args.ordersPath}: ${error instanceof Error ? error.message : String(error)}`, EXIT.problems);
  }
  if (args.json) {
    io.stdout.write(`${JSON.stringify(result.plan, null, 2)}\n`);
    return EXIT.ok;
  }
  printPlan(io, result.plan);
  return EXIT.ok;
}

function printPlan(io: CliIo, plan: PreallocationPlan): void {
  const s = plan.summary;
  io.stdout.write(
    `Pre-allocation for ${plan.horizonDays} days from ${plan.from}: each forward warehouse aims to cover its region's demand with ${percent(plan.serviceLevel, 0)} confidence.\n`,
  );
  io.stdout.write('Suggestions to review and approve; nothing is applied.\n\n');
  if (plan.transfers.length === 0) io.stdout.write('No transfer needed: every forward warehouse holds its target.\n\n');
  else {
    printRows(io, `${plan.transfers.length} transfer(s)`, {
      header: ['sku', 'from', 'to', 'units', 'ship by', 'arrives', 'cost', 'stockout risk'],
      rows: plan.transfers.map((t) => [
        t.sku,
        t.from,
        t.to,
        String(t.units),
        t.shipBy,
        t.arriveBy,
        formatMoney(t.cost.amount, t.cost.currency),
        `${percent(t.riskBefore, 0)} → ${percent(t.riskAfter, 0)}`,
      ]),
    });
  }
  io.stdout.write(
    `Expected demand its home warehouse cannot ship (cross-region share): ${percent(s.crossRegionShareBefore)} → ${percent(s.crossRegionShareAfter)}\n`,
  );
  io.stdout.write(
    `Mean stockout risk over ${plan.positions.filter((p) => p.forecast > 0).length} SKU × warehouse positions: ${percent(s.stockoutRiskBefore)} → ${percent(s.stockoutRiskAfter)}\n`,
  );
  io.stdout.write(
    `Units moved: ${s.unitsMoved}; cost of the moves: ${s.moveCost.map((m) => formatMoney(m.amount, m.currency)).join(' + ') || '0'}\n`,
  );
}
