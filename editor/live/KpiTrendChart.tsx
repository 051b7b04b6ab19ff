import { useEffect, useRef, useState } from 'react';
import type { Kpi } from './health-api';
import type { HealthT } from './health.i18n';

type Chart = { setOption(option: unknown, notMerge?: boolean): void; dispose(): void };

/** One KPI's weekly trend; ECharts loads on first use, in its own chunk (shared with the Rollout page). */
export function KpiTrendChart({ kpi, name, t }: { kpi: Kpi; name: string; t: HealthT }) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<Chart | null>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let alive = true;
    void import('./rollout-echarts').then(({ init }) => {
      if (!alive || !host.current) return;
      chart.current = init(host.current, undefined, { renderer: 'svg' }) as unknown as Chart;
      setReady(true);
    });
    return () => {
      alive = false;
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    if (!ready) return;
    chart.current?.setOption(
      {
        tooltip: { trigger: 'axis' },
        grid: { left: 48, right: 16, top: 16, bottom: 32 },
        xAxis: { type: 'category', data: kpi.trend.map((b) => b.bucket) },
        yAxis: { type: 'value' },
        series: [
          { name, type: 'bar', data: kpi.trend.map((b) => (b.value === null ? null : Number(b.value.toFixed(2)))) },
        ],
      },
      true,
    );
  }, [ready, kpi, name]);
  return (
    <div className="rollout-chart-frame">
      {!ready && <p className="muted">{t('chartLoading')}</p>}
      <div className="health-chart" ref={host} role="img" aria-label={t('trend', { name })} />
    </div>
  );
}
