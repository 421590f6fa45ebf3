// The only place that registers ECharts parts: importing echarts/core keeps the bundle tree-shaken.
import * as echarts from 'echarts/core';
import { BarChart, LineChart, ScatterChart, HeatmapChart, CustomChart } from 'echarts/charts';
import {
	GridComponent,
	LegendComponent,
	MarkAreaComponent,
	MarkLineComponent,
	TitleComponent,
	TooltipComponent,
	VisualMapComponent,
	DatasetComponent,
	AriaComponent
} from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

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
	TitleComponent,
	TooltipComponent,
	VisualMapComponent,
	DatasetComponent,
	AriaComponent,
	CanvasRenderer,
	SVGRenderer
]);

export { echarts };
export type { EChartsCoreOption as ChartOption } from 'echarts/core';
