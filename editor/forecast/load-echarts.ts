/** ECharts (echarts-setup) loaded once, on first use, for every chart and map of the page. */
let loading: Promise<typeof import('./echarts-setup')> | undefined;

export function loadEcharts(): Promise<typeof import('./echarts-setup')> {
  loading ??= import('./echarts-setup');
  return loading;
}
