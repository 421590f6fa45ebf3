// The only place that registers ECharts parts: importing echarts/core keeps the bundle tree-shaken.
// Lines and bars (every view's first chart) are registered up front; tooltips, mark lines and
// areas, heatmaps, custom series, scatter plots and visual maps load when an option first needs
// them (a chart card asks for its parts while its data loads, so they rarely delay a chart).
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { FONT_FAMILY } from './font';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, AriaComponent, CanvasRenderer]);

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
	// Tooltips and mark lines/areas, which most options name: one part, fetched as soon as this
	// module loads (beside the page's data, not after it) but kept out of the JS the landing route
	// must load and run before it hydrates.
	common: async () =>
		(
			await Promise.all([
				import('echarts/lib/component/tooltip/install.js'),
				import('echarts/lib/component/marker/installMarkLine.js'),
				import('echarts/lib/component/marker/installMarkArea.js')
			])
		).flatMap((m) => m.install),
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

if (typeof window !== 'undefined') void load('common').catch(() => loaded.delete('common'));

/**
 * How many lazy parts have been registered. An ECharts instance fixes its processors at init, so
 * an instance made at an older generation must be recreated to draw options using newer parts.
 */
export const partsGeneration = () => generation;

/** Registers the lazily loaded parts an option uses; resolves at once once they are loaded. */
export function prepare(option: echarts.EChartsCoreOption): Promise<void> {
	const o = option as {
		series?: { type?: string; markLine?: unknown; markArea?: unknown; labelLayout?: unknown }[];
		tooltip?: unknown;
		visualMap?: unknown;
		title?: unknown;
		graphic?: unknown;
	};
	const series = o.series ?? [];
	const parts = series.map((s) => s.type ?? '').filter((t) => t in LAZY);
	if (o.tooltip || series.some((s) => s.markLine || s.markArea)) parts.push('common');
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
