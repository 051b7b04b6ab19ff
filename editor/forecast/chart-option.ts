import { dayNumber, isoDate } from '../../forecast/series/day';
import type { SeriesView } from './forecast-job';
import type { ForecastT } from './i18n';

/**
 * The ECharts option for one series: history, the forecast, its 80% and 95% bands (stacked areas:
 * an invisible lower bound, then the band's height), and promotion days shaded.
 */
export function chartOption(s: SeriesView, t: ForecastT) {
  const start = dayNumber(s.historyStart);
  const first = dayNumber(s.from);
  const days = [...s.history.map((_, i) => isoDate(start + i)), ...s.point.map((_, i) => isoDate(first + i))];
  const pad = (values: readonly number[]) => [
    ...s.history.map(() => null),
    ...values.map((v) => Math.round(v * 100) / 100),
  ];
  const band = (name: string, lo: readonly number[], hi: readonly number[], opacity: number) => [
    { name, type: 'line', stack: name, data: pad(lo), lineStyle: { opacity: 0 }, symbol: 'none', silent: true },
    {
      name,
      type: 'line',
      stack: name,
      data: pad(hi.map((h, i) => h - lo[i]!)),
      lineStyle: { opacity: 0 },
      symbol: 'none',
      areaStyle: { color: '#3b82f6', opacity },
    },
  ];
  const promoAreas = [...s.promo, ...s.promoAhead].flatMap((p, i) =>
    p ? [[{ xAxis: days[i] }, { xAxis: days[i] }]] : [],
  );
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { data: [t('history'), t('forecast'), t('band80'), t('band95')] },
    grid: { left: 48, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: days },
    yAxis: { type: 'value', min: 0 },
    series: [
      ...band(t('band95'), s.lo95, s.hi95, 0.12),
      ...band(t('band80'), s.lo80, s.hi80, 0.22),
      {
        name: t('history'),
        type: 'line',
        data: [...s.history, ...s.point.map(() => null)],
        symbol: 'none',
        color: '#334155',
        markArea:
          promoAreas.length > 0 ? { itemStyle: { color: 'rgba(245, 158, 11, 0.18)' }, data: promoAreas } : undefined,
      },
      {
        name: t('forecast'),
        type: 'line',
        data: pad(s.point),
        symbol: 'none',
        color: '#2563eb',
        lineStyle: { width: 2 },
      },
    ],
  };
}
