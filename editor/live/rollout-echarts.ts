/**
 * Apache ECharts, only what the Rollout page's guardrail chart uses (tree-shaken, bundled: never a CDN).
 * Imported lazily by GuardrailChart, so neither the editor nor the page's first paint carries it.
 */
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use as registerEchartsParts } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

registerEchartsParts([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export { init };
