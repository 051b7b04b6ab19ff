/**
 * Apache ECharts, only the parts the Forecast page uses (tree-shaken, bundled: never a CDN): the line
 * chart of a series and the heat maps of demand by province and by country. Imported lazily, so the
 * editor's first load does not carry it; the map outlines load lazily too (maps/, see SOURCES.md).
 */
import { LineChart, MapChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { init, registerMap, use as registerEchartsParts } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

registerEchartsParts([
  LineChart,
  MapChart,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  TooltipComponent,
  VisualMapComponent,
  SVGRenderer,
]);

export { init, registerMap };
