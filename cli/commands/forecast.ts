import {
  backtest,
  backtestRows,
  BASELINES,
  buildSeries,
  classRows,
  defaultSettings,
  forecastAll,
  forecastRows,
  isoDate,
  observationsFromOrders,
  ORDER_LABELS,
  promotionCalendarSchema,
  promotionDays,
  type BacktestOptions,
  type Rows,
  withForecastTables,
} from '../../forecast/index';
import { emptyContext, runContextSchema } from '../../runtime/index';
import { loadContext } from '../io/read-context';
import type { z } from 'zod';
import { CliError, EXIT, type CliIo } from '../io/cli-error';
import { readDemandOrders } from '../io/read-demand-orders';
import { readTextFile } from '../io/read-file';
import { formatTable } from '../summary/table';

export interface ForecastArgs {
  readonly ordersPath: string;
  /** Comma-separated labels, e.g. "sku,region". */
  readonly by: string;
  readonly horizon: string;
  readonly backtest: boolean;
  readonly promotionsPath?: string;
  readonly json: boolean;
  /** Print a context holding the forecast as the lookup table flows read (tables.forecastDemand). */
  readonly asTable: boolean;
  /** With asTable: the context to add the tables to (its warehouses also give tables.stockOnHand). */
  readonly contextPath?: string;
}

/** The backtest's rolling origins, one week apart. */
export const BACKTEST_ORIGINS = 8;

export function parseBy(by: string): string[] {
  const labels = by
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (labels.length === 0) throw new CliError(`--by "${by}": name at least one of ${ORDER_LABELS.join(', ')}`);
  for (const label of labels) {
    if (!(ORDER_LABELS as readonly string[]).includes(label))
      throw new CliError(`--by "${by}": "${label}" is not one of ${ORDER_LABELS.join(', ')}`);
  }
  return labels;
}

export function parseHorizon(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 90)
    throw new CliError(`--horizon "${value}": expected whole days from 1 to 90`);
  return n;
}

/** A small JSON settings file, checked with its schema; problems name the file and the field. */
export async function readJsonFile<T extends z.ZodType>(
  io: CliIo,
  path: string,
  what: string,
  schema: T,
): Promise<z.output<T>> {
  let value: unknown;
  try {
    value = JSON.parse(await readTextFile(io.cwd, path, what));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${path}: not JSON: ${error instanceof Error ? error.message : String(error)}`, EXIT.problems);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new CliError(
      `invalid ${what} file:\n${parsed.error.issues.map((i) => `${path}: error: ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n')}`,
      EXIT.problems,
    );
  }
  return parsed.data;
}

export function printRows(io: CliIo, title: string, table: Rows): void {
  io.stdout.write(
    `${title}\n${formatTable(
      [table.header, ...table.rows],
      table.header.map((_, i) => (i === 0 ? 'left' : 'right')),
    ).join('\n')}\n\n`,
  );
}

/**
 * `orderflow forecast <orders> [--by sku,region] [--horizon 14] [--backtest] [--promotions file] [--json]
 * [--as-table [--context ctx.json]]`:
 * daily demand per series from canonical orders, each series' method and why, 80% intervals, the
 * upper levels summed bottom-up; with --backtest the rolling-origin backtest against every baseline.
 */
export async function forecastCommand(io: CliIo, args: ForecastArgs): Promise<number> {
  const by = parseBy(args.by);
  const horizon = parseHorizon(args.horizon);
  const calendar =
    args.promotionsPath === undefined
      ? undefined
      : await readJsonFile(io, args.promotionsPath, 'promotions', promotionCalendarSchema);
  if (args.contextPath !== undefined && !args.asTable)
    throw new CliError('--context is read by forecast only with --as-table (the context the tables are added to)');
  if (args.asTable && (args.json || args.backtest))
    throw new CliError('--as-table prints a context file: it does not combine with --json or --backtest');
  const orders = await readDemandOrders(io, args.ordersPath);
  const isPromo = calendar ? promotionDays(calendar) : undefined;
  const series = buildSeries(observationsFromOrders(orders), { by, ...(isPromo ? { isPromo } : {}) });
  if (series.length === 0)
    throw new CliError(
      `${args.ordersPath}: no sale to forecast from (returns and cancelled orders are not demand)`,
      EXIT.problems,
    );
  const levels = forecastAll(series, by, { ...defaultSettings(1, horizon), ...(isPromo ? { isPromo } : {}) });
  if (args.asTable) return printAsTable(io, args, levels, by, isoDate(levels[0]!.forecasts[0]!.firstDay));
  const report = args.backtest ? runBacktest(series, by, horizon, args.ordersPath, isPromo) : undefined;
  const firstDay = levels[0]!.forecasts[0]!.firstDay;
  if (args.json) {
    io.stdout.write(
      `${JSON.stringify({ from: isoDate(firstDay), horizonDays: horizon, by, levels, ...(report ? { backtest: report } : {}) }, null, 2)}\n`,
    );
    return EXIT.ok;
  }
  io.stdout.write(
    `Forecast of daily units from ${isoDate(firstDay)} for ${horizon} days, by ${by.join(' × ')} (${series.length} series from ${orders.length} orders)\n\n`,
  );
  for (const { level, forecasts } of levels)
    printRows(io, level === 'bottom' ? by.join(' × ') : level, forecastRows(forecasts));
  if (report) {
    io.stdout.write(
      `Backtest: ${report.origins.length} weekly origins from ${report.origins[0]} to ${report.origins.at(-1)}, ${horizon} days ahead each\n\n`,
    );
    for (const level of report.levels) printRows(io, `  ${level}`, backtestRows(report, level));
    printRows(io, '  which method per demand class (bottom level)', classRows(report));
  }
  return EXIT.ok;
}

/**
 * The forecast as a context file: the given context (or an empty one at the forecast's first day) with
 * tables.forecastDemand, and tables.stockOnHand when it has warehouses. Checked against the context
 * schema before it is printed, so what `run`/`simulate --context` read back is what was written.
 */
async function printAsTable(
  io: CliIo,
  args: ForecastArgs,
  levels: Parameters<typeof withForecastTables>[1],
  by: string[],
  firstDay: string,
): Promise<number> {
  const base =
    args.contextPath === undefined
      ? emptyContext(`${firstDay}T00:00:00+00:00`)
      : (await loadContext(io.cwd, args.contextPath, undefined, () => new Date(0))).context;
  let context;
  try {
    context = withForecastTables(base, levels, by);
  } catch (error) {
    throw new CliError(`--as-table: ${error instanceof Error ? error.message : String(error)}`, EXIT.problems);
  }
  const checked = runContextSchema.safeParse(context);
  if (!checked.success)
    throw new CliError(
      `--as-table: the tables do not fit a context: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      EXIT.problems,
    );
  io.stdout.write(`${JSON.stringify(checked.data, null, 2)}\n`);
  return EXIT.ok;
}

function runBacktest(
  series: Parameters<typeof backtest>[0],
  by: string[],
  horizon: number,
  path: string,
  isPromo: BacktestOptions['isPromo'],
) {
  try {
    return backtest(series, {
      by,
      horizon,
      origins: BACKTEST_ORIGINS,
      strategies: ['auto', ...BASELINES],
      ...(isPromo ? { isPromo } : {}),
    });
  } catch (error) {
    const days = Math.max(...series.map((s) => s.values.length));
    throw new CliError(
      `${path}: a backtest of ${BACKTEST_ORIGINS} weekly origins ${horizon} days ahead needs more history than these ${days} days (${error instanceof Error ? error.message : String(error)})`,
      EXIT.problems,
    );
  }
}
