import { useEffect, useMemo, useRef, useState } from 'react';
import { heatMapData, type RegionDemand } from './heat-map-data';
import { heatMapOption, type MapName } from './heat-map-option';
import type { ForecastT } from './i18n';
import { loadEcharts } from './load-echarts';

type Chart = { setOption(option: unknown, notMerge?: boolean): void; resize(): void; dispose(): void };

/** Map outlines, each in its own chunk, fetched the first time a map is drawn (see maps/SOURCES.md). */
const OUTLINES: Record<MapName, () => Promise<{ default: unknown }>> = {
  china: () => import('./maps/china.json'),
  world: () => import('./maps/world.json'),
};
const registered = new Set<MapName>();

function MapChart({ map, option, label }: { map: MapName; option: unknown; label: string }) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<Chart | null>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let alive = true;
    void Promise.all([loadEcharts(), OUTLINES[map]()]).then(([echarts, outline]) => {
      if (!alive || !host.current) return;
      if (!registered.has(map)) {
        echarts.registerMap(map, outline.default as Parameters<typeof echarts.registerMap>[1]);
        registered.add(map);
      }
      chart.current = echarts.init(host.current, undefined, { renderer: 'svg' }) as unknown as Chart;
      setReady(true);
    });
    const onResize = () => chart.current?.resize();
    window.addEventListener('resize', onResize);
    return () => {
      alive = false;
      window.removeEventListener('resize', onResize);
      chart.current?.dispose();
      chart.current = null;
    };
  }, [map]);
  useEffect(() => {
    if (ready) chart.current?.setOption(option, true);
  }, [ready, option]);
  return <div className="fc-map" ref={host} role="img" aria-label={label} data-map={map} />;
}

/** Forecast demand over the horizon by province of China, and by country for orders elsewhere. */
export function HeatMap({
  regions,
  t,
}: {
  readonly regions: readonly RegionDemand[] | undefined;
  readonly t: ForecastT;
}) {
  const data = useMemo(() => (regions ? heatMapData(regions) : undefined), [regions]);
  const china = useMemo(() => data && heatMapOption('china', data.china, t), [data, t]);
  const world = useMemo(() => data && heatMapOption('world', data.world, t), [data, t]);
  if (!data) return <p className="fc-muted">{t('heatNeedsRegion')}</p>;
  const top = (areas: typeof data.china) =>
    areas
      .slice(0, 3)
      .map((a) => `${a.regions.join(', ')} ${Math.round(a.value)}`)
      .join(' · ');
  return (
    <section className="fc-maps" aria-label={t('heatTitle')}>
      <h3>{t('heatTitle')}</h3>
      {data.china.length > 0 && (
        <figure>
          <figcaption>
            {t('heatChina')} <span data-user-text>{top(data.china)}</span>
          </figcaption>
          <MapChart map="china" option={china} label={t('heatChinaLabel')} />
        </figure>
      )}
      {data.world.length > 0 && (
        <figure>
          <figcaption>
            {t('heatWorld')} <span data-user-text>{top(data.world.map((a) => ({ ...a, regions: [a.name] })))}</span>
          </figcaption>
          <MapChart map="world" option={world} label={t('heatWorldLabel')} />
        </figure>
      )}
      {data.unplaced.length > 0 && (
        <p className="fc-muted">
          {t('heatUnplaced')}{' '}
          <span data-user-text>{data.unplaced.map((d) => `${d.region} ${Math.round(d.units)}`).join(', ')}</span>
        </p>
      )}
    </section>
  );
}
