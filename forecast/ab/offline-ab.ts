import type { Plan } from '../../runtime/index';
import { superstoreObservations, type SuperstoreLine } from '../adapters/superstore';
import { replay, type ReplayMetrics } from '../preallocate/replay';
import { preallocationSettingsSchema, type PreallocationSettings } from '../preallocate/settings';
import { preallocateFromSeries } from '../preallocate/plan';
import type { PreallocationPlan } from '../preallocate/transfers';
import { buildSeries } from '../series/build';
import { dayNumber, isoDate } from '../series/day';
import { HUB, REGIONS, superstoreOrders, superstoreWorld, warehouseId } from './superstore-world';

export interface AbWindow {
  readonly from: string;
  readonly plan: PreallocationPlan;
  readonly without: ReplayMetrics;
  readonly with: ReplayMetrics;
}

const usd = (amount: number) => ({ amount, currency: 'USD' });

/** Moves between the regional warehouses go by truck: two days, $150 a move plus $0.40 a unit. */
export const AB_SETTINGS: PreallocationSettings = preallocationSettingsSchema.parse({
  horizonDays: 14,
  lanes: REGIONS.flatMap((a) =>
    REGIONS.filter((b) => b !== a).map((b) => ({
      from: warehouseId(a),
      to: warehouseId(b),
      leadDays: 2,
      fixedCost: usd(15_000),
      perUnitCost: usd(40),
    })),
  ),
});

/**
 * The stock a window starts with, known before it: the network holds 1.2 × the last 14 days' units of
 * each SKU; each forward warehouse holds a quarter of its own region's last 14 days, and the East hub
 * the rest. Stock that sits at the hub while demand is elsewhere is the situation pre-allocation is for.
 */
export function startingStock(
  lines: readonly SuperstoreLine[],
  firstDay: number,
): Record<string, Record<string, number>> {
  const recent = lines.filter((l) => l['Order Date'] >= firstDay - 14 && l['Order Date'] < firstDay);
  const sold = new Map<string, number>();
  for (const l of recent) {
    for (const k of [l['Sub-Category'], `${l['Sub-Category']}\u0000${l.Region}`])
      sold.set(k, (sold.get(k) ?? 0) + l.Quantity);
  }
  const stock: Record<string, Record<string, number>> = Object.fromEntries(REGIONS.map((r) => [warehouseId(r), {}]));
  for (const sku of [...new Set(lines.map((l) => l['Sub-Category']))].sort()) {
    let left = Math.ceil(1.2 * (sold.get(sku) ?? 0));
    for (const region of REGIONS) {
      if (warehouseId(region) === HUB) continue;
      const units = Math.min(left, Math.floor(0.25 * (sold.get(`${sku}\u0000${region}`) ?? 0)));
      stock[warehouseId(region)]![sku] = units;
      left -= units;
    }
    stock[HUB]![sku] = left;
  }
  return stock;
}

/**
 * The offline A/B: for each window, forecast from the days before it, suggest transfers, then replay
 * the window's real orders through the routing flow with carry-over stock, without and with them.
 */
export function offlineAb(
  lines: readonly SuperstoreLine[],
  flow: Plan,
  windowStarts: readonly string[],
  settings = AB_SETTINGS,
): AbWindow[] {
  return windowStarts.map((from) => {
    const firstDay = dayNumber(from);
    const past = lines.filter((l) => l['Order Date'] < firstDay);
    const series = buildSeries(superstoreObservations(past), { by: ['sku', 'region'], until: firstDay - 1 });
    const ctx = superstoreWorld(startingStock(lines, firstDay), `${from}T00:00:00-05:00`);
    const { plan } = preallocateFromSeries(series, ctx, firstDay, settings);
    const held = superstoreOrders(
      lines.filter((l) => l['Order Date'] >= firstDay && l['Order Date'] < firstDay + settings.horizonDays),
    );
    return {
      from: isoDate(firstDay),
      plan,
      without: replay(flow, held, ctx),
      with: replay(flow, held, ctx, plan.transfers),
    };
  });
}
