import type { MapArea } from './heat-map-data';
import type { ForecastT } from './i18n';

export type MapName = 'china' | 'world';

/**
 * The ECharts option of one heat map: each area coloured by its forecast units over the horizon, on a
 * scale from 0 to the busiest area. The world map's areas are keyed by ISO code (its `iso` property),
 * so "US" in an order meets the United States outline.
 */
export function heatMapOption(map: MapName, areas: readonly MapArea[], t: ForecastT) {
  const max = Math.max(1, ...areas.map((a) => a.value));
  return {
    tooltip: {
      trigger: 'item',
      formatter: (p: { name: string; data?: { value: number; regions: readonly string[] } }) =>
        p.data
          ? t('heatTooltip', { area: p.data.regions.join(', '), units: Math.round(p.data.value) })
          : t('heatTooltipNone', { area: p.name }),
    },
    visualMap: {
      min: 0,
      max: Math.ceil(max),
      left: 8,
      bottom: 8,
      calculable: true,
      text: [t('heatHigh'), t('heatLow')],
      inRange: { color: ['#e0ecff', '#fdae61', '#d73027'] },
    },
    series: [
      {
        type: 'map',
        map,
        roam: true,
        nameProperty: map === 'world' ? 'iso' : 'name',
        data: areas.map((a) => ({ name: a.name, value: Math.round(a.value * 10) / 10, regions: a.regions })),
        emphasis: { label: { show: map === 'china' } },
      },
    ],
  };
}
