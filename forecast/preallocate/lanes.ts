import type { RunContext, Warehouse } from '../../runtime/index';
import type { Lane } from './settings';

/**
 * The lane for a move: the one the settings give, else a parcel by the cheapest carrier serving the
 * country (its domestic days, its base cost once and its per-item cost per unit). Stock never moves
 * across a border here: customs is not a parcel.
 */
export function laneBetween(from: Warehouse, to: Warehouse, ctx: RunContext, lanes: readonly Lane[]): Lane | undefined {
  const given = lanes.find((l) => l.from === from.id && l.to === to.id);
  if (given) return given;
  if (from.country !== to.country) return undefined;
  const carriers = ctx.carriers
    .filter(
      (c) =>
        c.countries.includes(from.country) &&
        !c.excludedProvinces.includes(to.province) &&
        c.baseCost.currency === from.handlingCost.currency,
    )
    .sort((a, b) => a.baseCost.amount - b.baseCost.amount || (a.id < b.id ? -1 : 1));
  const carrier = carriers[0];
  if (!carrier) return undefined;
  return {
    from: from.id,
    to: to.id,
    leadDays: carrier.domesticDays,
    fixedCost: carrier.baseCost,
    perUnitCost: carrier.perItemCost,
  };
}

export function moveCost(lane: Lane, units: number): number {
  return lane.fixedCost.amount + lane.perUnitCost.amount * units;
}
