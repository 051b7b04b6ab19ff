import type { Warehouse } from '../../runtime/index';
import type { SeriesForecast } from '../forecast-series';

/**
 * What a forward warehouse will be asked for: the forecast demand of the regions it is the home of
 * (its province), per SKU, over the horizon — as a point, day by day, and as samples of the horizon
 * total (point + each inner-validation origin's summed error, cut at 0) for risks and targets.
 */
export interface WarehouseDemand {
  readonly sku: string;
  readonly warehouseId: string;
  readonly daily: readonly number[];
  readonly total: number;
  readonly samples: readonly number[];
}

/** The warehouse that is home to a region: the first (by id) in that province that serves every channel. */
export function homeWarehouse(region: string, warehouses: readonly Warehouse[]): Warehouse | undefined {
  return [...warehouses]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .find((w) => w.province === region && w.channels.length === 0);
}

export function warehouseDemand(
  bottom: readonly SeriesForecast[],
  warehouses: readonly Warehouse[],
  horizon: number,
): WarehouseDemand[] {
  const groups = new Map<string, { sku: string; warehouseId: string; members: SeriesForecast[] }>();
  for (const f of bottom) {
    const sku = f.labels.sku;
    const region = f.labels.region;
    if (sku === undefined || region === undefined)
      throw new Error(
        `pre-allocation needs forecasts by sku and region; ${f.key} has labels ${Object.keys(f.labels).join(', ')}`,
      );
    const home = homeWarehouse(region, warehouses);
    if (!home) continue;
    const key = `${sku}\u0000${home.id}`;
    const group = groups.get(key) ?? { sku, warehouseId: home.id, members: [] };
    group.members.push(f);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ sku, warehouseId, members }) => {
    const daily = Array.from({ length: horizon }, (_, i) => members.reduce((a, f) => a + (f.point[i] ?? 0), 0));
    const total = daily.reduce((a, b) => a + b, 0);
    const rows = Math.max(0, ...members.map((f) => f.errors.length));
    const samples = Array.from({ length: rows }, (_, k) =>
      Math.max(
        0,
        total + members.reduce((a, f) => a + (f.errors[k] ?? []).slice(0, horizon).reduce((x, y) => x + y, 0), 0),
      ),
    );
    return { sku, warehouseId, daily, total, samples: samples.length > 0 ? samples : [total] };
  });
}

/** Chance that demand over the horizon exceeds `stock`. */
export function stockoutRisk(demand: WarehouseDemand, stock: number): number {
  return demand.samples.filter((d) => d > stock).length / demand.samples.length;
}

/** Expected units the home warehouse cannot ship (they go cross-region or wait). */
export function expectedShortfall(demand: WarehouseDemand, stock: number): number {
  return demand.samples.reduce((a, d) => a + Math.max(0, d - stock), 0) / demand.samples.length;
}

/** Expected demand (the mean of the samples, which are cut at 0). */
export function expectedDemand(demand: WarehouseDemand): number {
  return demand.samples.reduce((a, d) => a + d, 0) / demand.samples.length;
}
