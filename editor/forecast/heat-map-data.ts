import { chinaMapName } from './province-names';

/** Forecast units over the horizon for one region (province/state) of one country. */
export interface RegionDemand {
  readonly region: string;
  readonly country: string;
  readonly units: number;
}

export interface MapArea {
  /** The map feature's name: a Chinese province name, or an ISO country code on the world map. */
  readonly name: string;
  readonly value: number;
  /** The regions of the orders summed into it, as the orders wrote them. */
  readonly regions: readonly string[];
}

export interface HeatMapData {
  /** Provinces of China. */
  readonly china: readonly MapArea[];
  /** Every other country, summed over its regions (the world map has no states). */
  readonly world: readonly MapArea[];
  /** Chinese regions the map has no province for (e.g. orders with no province), with their units. */
  readonly unplaced: readonly RegionDemand[];
}

function add(into: Map<string, { value: number; regions: string[] }>, name: string, d: RegionDemand): void {
  const area = into.get(name) ?? { value: 0, regions: [] };
  area.value += d.units;
  area.regions.push(d.region);
  into.set(name, area);
}

const sorted = (m: Map<string, { value: number; regions: string[] }>): MapArea[] =>
  [...m.entries()].map(([name, a]) => ({ name, value: a.value, regions: a.regions })).sort((a, b) => b.value - a.value);

/** Where each region's forecast demand goes on the maps: China by province, the rest by country. */
export function heatMapData(regions: readonly RegionDemand[]): HeatMapData {
  const china = new Map<string, { value: number; regions: string[] }>();
  const world = new Map<string, { value: number; regions: string[] }>();
  const unplaced: RegionDemand[] = [];
  for (const d of regions) {
    if (d.country.toUpperCase() === 'CN') {
      const name = chinaMapName(d.region);
      if (name) add(china, name, d);
      else unplaced.push(d);
    } else add(world, d.country.toUpperCase(), d);
  }
  return { china: sorted(china), world: sorted(world), unplaced };
}
