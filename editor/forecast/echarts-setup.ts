/**
 * Apache ECharts, only the parts the Forecast chart uses (tree-shaken, bundled: never a CDN). Imported
 * lazily by ForecastChart, so the editor's first load does not carry it.
 */
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkAreaComponent, TooltipComponent } from 'echarts/components';
import { init, use as registerEchartsParts } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

registerEchartsParts([LineChart, GridComponent, LegendComponent, MarkAreaComponent, TooltipComponent, SVGRenderer]);

export { init };
