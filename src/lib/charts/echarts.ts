// The only place that registers ECharts parts: importing echarts/core keeps the bundle tree-shaken.
// Lines, bars, tooltips and mark lines and areas (every view's first chart) are registered up
// front; heatmaps, custom series, scatter plots and visual maps load when an option first needs
// them (a chart card asks for its parts while its data loads, so they rarely delay a chart).
import * as echarts from 'echarts/core';
// Each part from its own module, not from the barrels (echarts/charts, echarts/components,
// echarts/renderers): the landing chunk takes every module the page imports statically, at any
// depth (scripts/landing-chunk.mjs), and through a barrel that was every part of ECharts the
// build keeps, the lazy ones below and the SVG renderer too.
import { install as BarChart } from 'echarts/lib/chart/bar/install.js';
import { install as LineChart } from 'echarts/lib/chart/line/install.js';
import { install as AriaComponent } from 'echarts/lib/component/aria/install.js';
import { install as GridComponent } from 'echarts/lib/component/grid/install.js';
import { install as LegendComponent } from 'echarts/lib/component/legend/install.js';
import { install as MarkAreaComponent } from 'echarts/lib/component/marker/installMarkArea.js';
import { install as MarkLineComponent } from 'echarts/lib/component/marker/installMarkLine.js';
import { install as TooltipComponent } from 'echarts/lib/component/tooltip/install.js';
import { install as CanvasRenderer } from 'echarts/lib/renderer/installCanvasRenderer.js';
import { FONT_FAMILY } from './font';

echarts.use([
	BarChart,
	LineChart,
	GridComponent,
	LegendComponent,
	AriaComponent,
	TooltipComponent,
	MarkLineComponent,
	MarkAreaComponent,
	CanvasRenderer
]);

/** The theme every chart is made with (on screen and exported): only the font differs from ECharts' own. */
export const THEME = 'ogi';
echarts.registerTheme(THEME, { textStyle: { fontFamily: FONT_FAMILY } });

export { echarts };
export type { EChartsCoreOption as ChartOption } from 'echarts/core';

type Loader = () => Promise<Parameters<typeof echarts.use>[0]>;

// Deep imports: importing them from 'echarts/charts' would pull them into the first chunk.
const LAZY: Record<string, Loader> = {
	heatmap: async () => (await import('echarts/lib/chart/heatmap/install.js')).install,
	custom: async () => (await import('echarts/lib/chart/custom/install.js')).install,
	scatter: async () => (await import('echarts/lib/chart/scatter/install.js')).install,
	visualMap: async () => (await import('echarts/lib/component/visualMap/install.js')).install,
	// Titles and graphic text only appear in downloaded images (export.ts).
	title: async () => (await import('echarts/lib/component/title/install.js')).install,
	graphic: async () => (await import('echarts/lib/component/graphic/install.js')).install,
	// Without it a series' `labelLayout` (hiding overlapping labels) is silently ignored.
	labelLayout: async () => (await import('echarts/features')).LabelLayout
};
const loaded = new Map<string, Promise<void>>();
let generation = 0;

function load(part: string): Promise<void> {
	let p = loaded.get(part);
	if (!p) {
		p = LAZY[part]!().then((ext) => {
			echarts.use(ext);
			generation++;
		});
		loaded.set(part, p);
	}
	return p;
}

/**
 * How many lazy parts have been registered. An ECharts instance fixes its processors at init, so
 * an instance made at an older generation must be recreated to draw options using newer parts.
 */
export const partsGeneration = () => generation;

/** Registers the lazily loaded parts an option uses; resolves at once once they are loaded. */
export function prepare(option: echarts.EChartsCoreOption): Promise<void> {
	const o = option as {
		series?: { type?: string; labelLayout?: unknown }[];
		visualMap?: unknown;
		title?: unknown;
		graphic?: unknown;
	};
	const series = o.series ?? [];
	const parts = series.map((s) => s.type ?? '').filter((t) => t in LAZY);
	if (series.some((s) => s.labelLayout)) parts.push('labelLayout');
	if (o.visualMap) parts.push('visualMap');
	if (o.title) parts.push('title');
	if (o.graphic) parts.push('graphic');
	return Promise.all([...new Set(parts)].map(load)).then(() => undefined);
}

/** The SVG renderer is only needed for SVG downloads, so it loads on first use. */
export async function useSvgRenderer(): Promise<void> {
	const { SVGRenderer } = await import('echarts/renderers');
	echarts.use([SVGRenderer]);
}
