import { useEffect, useRef, useState } from 'react';
import type { GuardrailCheck } from './rollout-api';
import { known, type RolloutT } from './rollout.i18n';

type Chart = { setOption(option: unknown, notMerge?: boolean): void; resize(): void; dispose(): void };

/** Candidate vs baseline for the rate guardrails, in percent; ECharts loads on first use, in its own chunk. */
export function GuardrailChart({ checks, t }: { readonly checks: readonly GuardrailCheck[]; readonly t: RolloutT }) {
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
    const rates = checks.filter((c) => c.metric.endsWith('Rate'));
    const percent = (x: number) => Math.round(x * 10_000) / 100;
    chart.current?.setOption(
      {
        tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v}%` },
        legend: { data: [t('candidate'), t('baseline')] },
        grid: { left: 48, right: 16, top: 40, bottom: 32 },
        xAxis: { type: 'category', data: rates.map((c) => known(t, 'metric', c.metric)) },
        yAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
        series: [
          { name: t('candidate'), type: 'bar', data: rates.map((c) => percent(c.candidate)) },
          { name: t('baseline'), type: 'bar', data: rates.map((c) => percent(c.baseline)) },
        ],
      },
      true,
    );
  }, [ready, checks, t]);
  return (
    <div className="rollout-chart-frame">
      {!ready && <p className="muted">{t('chartLoading')}</p>}
      <div className="rollout-chart" ref={host} role="img" aria-label={t('chart')} />
    </div>
  );
}
