// The only place that registers ECharts parts: importing echarts/core keeps the bundle tree-shaken.
import * as echarts from 'echarts/core';
import { BarChart, LineChart, ScatterChart, HeatmapChart, CustomChart } from 'echarts/charts';
import {
	GridComponent,
	LegendComponent,
	MarkAreaComponent,
	MarkLineComponent,
	TooltipComponent,
	VisualMapComponent,
	AriaComponent
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
	BarChart,
	LineChart,
	ScatterChart,
	HeatmapChart,
	CustomChart,
	GridComponent,
	LegendComponent,
	MarkAreaComponent,
	MarkLineComponent,
	TooltipComponent,
	VisualMapComponent,
	AriaComponent,
	CanvasRenderer
]);

/** The SVG renderer is only needed for SVG downloads, so it loads on first use. */
export async function useSvgRenderer(): Promise<void> {
	const { SVGRenderer } = await import('echarts/renderers');
	echarts.use([SVGRenderer]);
}

export { echarts };
export type { EChartsCoreOption as ChartOption } from 'echarts/core';
