import { useEffect, useRef, useState } from 'react';
import { chartOption } from './chart-option';
import type { SeriesView } from './forecast-job';
import type { ForecastT } from './i18n';
import { loadEcharts } from './load-echarts';

type Chart = { setOption(option: unknown, notMerge?: boolean): void; resize(): void; dispose(): void };

/** One series' chart; ECharts loads on first use, in its own chunk. */
export function ForecastChart({ series, t }: { readonly series: SeriesView; readonly t: ForecastT }) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<Chart | null>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let alive = true;
    void loadEcharts().then(({ init }) => {
      if (!alive || !host.current) return;
      chart.current = init(host.current, undefined, { renderer: 'svg' }) as unknown as Chart;
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
  }, []);
  useEffect(() => {
    if (ready) chart.current?.setOption(chartOption(series, t), true);
  }, [ready, series, t]);
  return (
    <div className="fc-chart-frame">
      {!ready && <p className="fc-muted">{t('chartLoading')}</p>}
      <div className="fc-chart" ref={host} role="img" aria-label={`${t('forecast')}: ${series.key}`} />
    </div>
  );
}
