import type { RunContext, Warehouse, Money } from '../../runtime/index';
import { quantileSorted } from '../intervals';
import { isoDate } from '../series/day';
import { expectedDemand, expectedShortfall, stockoutRisk, type WarehouseDemand } from './demand';
import { laneBetween, moveCost } from './lanes';
import type { PreallocationSettings } from './settings';

/** A suggested move, for a person to approve: never applied by itself. */
export interface Transfer {
  readonly sku: string;
  readonly from: string;
  readonly to: string;
  readonly units: number;
  /** Last day to ship so the units arrive before the destination is expected to run out. */
  readonly shipBy: string;
  readonly arriveBy: string;
  readonly leadDays: number;
  readonly cost: Money;
  /** Chance the destination runs out within the horizon, without and with this move. */
  readonly riskBefore: number;
  readonly riskAfter: number;
  readonly why: string;
}

/** One SKU at one forward warehouse. */
export interface Position {
  readonly sku: string;
  readonly warehouseId: string;
  readonly stock: number;
  readonly forecast: number;
  readonly target: number;
  readonly stockAfter: number;
  readonly riskBefore: number;
  readonly riskAfter: number;
}

export interface PreallocationSummary {
  readonly expectedDemand: number;
  /** Expected share of forward-region demand its home warehouse cannot ship (it ships from elsewhere or waits). */
  readonly crossRegionShareBefore: number;
  readonly crossRegionShareAfter: number;
  /** Mean chance of running out over the positions with demand. */
  readonly stockoutRiskBefore: number;
  readonly stockoutRiskAfter: number;
  readonly unitsMoved: number;
  /** Cost of every suggested move, per currency. */
  readonly moveCost: readonly Money[];
}

export interface PreallocationPlan {
  /** First day the forecast covers. */
  readonly from: string;
  readonly horizonDays: number;
  readonly serviceLevel: number;
  readonly transfers: readonly Transfer[];
  readonly positions: readonly Position[];
  readonly summary: PreallocationSummary;
}

const stockOf = (w: Warehouse, sku: string) => (Object.hasOwn(w.stock, sku) ? w.stock[sku]! : 0);

/**
 * Greedy pre-allocation: each forward warehouse aims to hold its region's demand at the service
 * level (the quantile of the horizon total); the largest gaps are filled first, from the warehouses
 * with the most stock above their own target, by the quickest lane.
 */
export function suggestTransfers(
  demands: readonly WarehouseDemand[],
  ctx: RunContext,
  firstDay: number,
  settings: PreallocationSettings,
): PreallocationPlan {
  const byId = new Map(ctx.warehouses.map((w) => [w.id, w]));
  const stock = new Map<string, number>();
  const key = (sku: string, id: string) => `${sku}\u0000${id}`;
  const level = (sku: string, id: string) => stock.get(key(sku, id)) ?? stockOf(byId.get(id)!, sku);
  const targetOf = (d: WarehouseDemand) =>
    Math.max(
      Math.ceil(d.total),
      Math.ceil(
        quantileSorted(
          [...d.samples].sort((a, b) => a - b),
          settings.serviceLevel,
        ),
      ),
    );
  const demandAt = new Map(demands.map((d) => [key(d.sku, d.warehouseId), d]));
  const transfers: Transfer[] = [];
  const skus = [...new Set(demands.map((d) => d.sku))].sort();
  for (const sku of skus) {
    const gaps = demands
      .filter((d) => d.sku === sku)
      .map((d) => ({ d, gap: targetOf(d) - level(sku, d.warehouseId) }))
      .filter((g) => g.gap >= settings.minUnits)
      .sort((a, b) => b.gap - a.gap || (a.d.warehouseId < b.d.warehouseId ? -1 : 1));
    for (const { d } of gaps) {
      const to = byId.get(d.warehouseId)!;
      for (const from of sources(sku, to, ctx, settings, level, (id) => demandAt.get(key(sku, id)), targetOf)) {
        const need = targetOf(d) - level(sku, to.id);
        const units = Math.min(need, from.surplus);
        if (units < settings.minUnits) continue;
        const before = level(sku, to.id);
        stock.set(key(sku, from.w.id), level(sku, from.w.id) - units);
        stock.set(key(sku, to.id), before + units);
        const runsOut = firstShortDay(d.daily, before);
        const shipDay = Math.max(firstDay, firstDay + runsOut - from.lane.leadDays);
        transfers.push({
          sku,
          from: from.w.id,
          to: to.id,
          units,
          shipBy: isoDate(shipDay),
          arriveBy: isoDate(shipDay + from.lane.leadDays),
          leadDays: from.lane.leadDays,
          cost: { amount: moveCost(from.lane, units), currency: from.lane.perUnitCost.currency },
          riskBefore: stockoutRisk(d, before),
          riskAfter: stockoutRisk(d, before + units),
          why:
            `${to.id} holds ${before} of ${sku} for a ${settings.horizonDays}-day forecast of ${d.total.toFixed(1)} ` +
            `(${Math.round(settings.serviceLevel * 100)}% target ${targetOf(d)}); ${from.w.id} has ${from.surplus} above its own target` +
            (runsOut < d.daily.length ? `; expected to run out on ${isoDate(firstDay + runsOut)}` : ''),
        });
        if (level(sku, to.id) >= targetOf(d)) break;
      }
    }
  }
  const positions = demands.map((d): Position => {
    const w = byId.get(d.warehouseId)!;
    const before = stockOf(w, d.sku);
    const after = level(d.sku, d.warehouseId);
    return {
      sku: d.sku,
      warehouseId: d.warehouseId,
      stock: before,
      forecast: d.total,
      target: targetOf(d),
      stockAfter: after,
      riskBefore: stockoutRisk(d, before),
      riskAfter: stockoutRisk(d, after),
    };
  });
  return {
    from: isoDate(firstDay),
    horizonDays: settings.horizonDays,
    serviceLevel: settings.serviceLevel,
    transfers,
    positions,
    summary: summarize(demands, positions, transfers),
  };
}

interface Source {
  readonly w: Warehouse;
  readonly surplus: number;
  readonly lane: NonNullable<ReturnType<typeof laneBetween>>;
}

/** Warehouses that can give: stock above their own target, a lane to `to`; quickest lane, then most to give. */
function sources(
  sku: string,
  to: Warehouse,
  ctx: RunContext,
  settings: PreallocationSettings,
  level: (sku: string, id: string) => number,
  demandOf: (id: string) => WarehouseDemand | undefined,
  targetOf: (d: WarehouseDemand) => number,
): Source[] {
  const out: Source[] = [];
  for (const w of ctx.warehouses) {
    if (w.id === to.id || w.channels.length > 0) continue;
    const own = demandOf(w.id);
    const surplus = level(sku, w.id) - (own ? targetOf(own) : 0);
    const lane = laneBetween(w, to, ctx, settings.lanes);
    if (surplus >= settings.minUnits && lane) out.push({ w, surplus, lane });
  }
  return out.sort((a, b) => a.lane.leadDays - b.lane.leadDays || b.surplus - a.surplus || (a.w.id < b.w.id ? -1 : 1));
}

/** Index of the first day cumulative expected demand exceeds `stock` (the horizon length when it never does). */
function firstShortDay(daily: readonly number[], stock: number): number {
  let sum = 0;
  for (let i = 0; i < daily.length; i++) {
    sum += daily[i]!;
    if (sum > stock) return i;
  }
  return daily.length;
}

function summarize(
  demands: readonly WarehouseDemand[],
  positions: readonly Position[],
  transfers: readonly Transfer[],
): PreallocationSummary {
  let expected = 0;
  let shortBefore = 0;
  let shortAfter = 0;
  demands.forEach((d, i) => {
    expected += expectedDemand(d);
    shortBefore += expectedShortfall(d, positions[i]!.stock);
    shortAfter += expectedShortfall(d, positions[i]!.stockAfter);
  });
  const live = positions.filter((p) => p.forecast > 0);
  const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
  const costs = new Map<string, number>();
  for (const t of transfers) costs.set(t.cost.currency, (costs.get(t.cost.currency) ?? 0) + t.cost.amount);
  return {
    expectedDemand: expected,
    crossRegionShareBefore: expected === 0 ? 0 : shortBefore / expected,
    crossRegionShareAfter: expected === 0 ? 0 : shortAfter / expected,
    stockoutRiskBefore: mean(live.map((p) => p.riskBefore)),
    stockoutRiskAfter: mean(live.map((p) => p.riskAfter)),
    unitsMoved: transfers.reduce((a, t) => a + t.units, 0),
    moveCost: [...costs].sort(([a], [b]) => (a < b ? -1 : 1)).map(([currency, amount]) => ({ amount, currency })),
  };
}
