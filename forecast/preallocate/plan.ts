import type { RunContext, Order } from '../../runtime/index';
import { forecastAll } from '../forecast';
import { defaultSettings, type SeriesForecast } from '../forecast-series';
import { buildSeries } from '../series/build';
import { dayNumber, localDateOf } from '../series/day';
import { observationsFromOrders } from '../series/from-orders';
import type { Series } from '../series/series';
import { warehouseDemand } from './demand';
import type { PreallocationSettings } from './settings';
import { suggestTransfers, type PreallocationPlan } from './transfers';

export interface PreallocationResult {
  readonly plan: PreallocationPlan;
  /** The SKU × region forecasts the plan rests on. */
  readonly forecasts: readonly SeriesForecast[];
}

/** Pre-allocation from daily SKU × region series that end the day before `firstDay`. */
export function preallocateFromSeries(
  series: readonly Series[],
  ctx: RunContext,
  firstDay: number,
  settings: PreallocationSettings,
): PreallocationResult {
  const horizon = settings.horizonDays;
  const bottom = forecastAll(series, ['sku', 'region'], defaultSettings(1, horizon))[0]!.forecasts;
  const demands = warehouseDemand(bottom, ctx.warehouses, horizon);
  return { plan: suggestTransfers(demands, ctx, firstDay, settings), forecasts: bottom };
}

/**
 * Pre-allocation from order history: forecast from the orders placed before the context's `now`
 * (its local date starts the horizon), against the stock the context holds.
 */
export function preallocateFromOrders(
  orders: readonly Order[],
  ctx: RunContext,
  settings: PreallocationSettings,
): PreallocationResult {
  const firstDay = dayNumber(localDateOf(ctx.now));
  const past = orders.filter((o) => dayNumber(localDateOf(o.createdAt)) < firstDay);
  if (past.length === 0)
    throw new Error(`no order was placed before the context's now (${ctx.now}): nothing to forecast from`);
  const series = buildSeries(observationsFromOrders(past), { by: ['sku', 'region'], until: firstDay - 1 });
  return preallocateFromSeries(series, ctx, firstDay, settings);
}
