import { formatNumber, type Lang } from '$lib/format';
import type { ChartOption } from './echarts';

export interface StackSeries {
	id: string;
	name: string;
	color: string;
	data: (number | null)[];
}

/** Stacked bars of counts (categories = years or regions); `percent` shows shares of each bar. */
export function buildStackedBars(
	categories: readonly string[],
	series: readonly StackSeries[],
	lang: Lang,
	opts: { horizontal?: boolean; percent?: boolean } = {}
): ChartOption {
	const totals = categories.map((_, i) => series.reduce((s, x) => s + (x.data[i] ?? 0), 0));
	const shown = series.map((s) => ({
		...s,
		data: opts.percent
			? s.data.map((v, i) => (v === null || !totals[i] ? null : v / totals[i]!))
			: s.data
	}));
	const fmt = (v: number) =>
		opts.percent ? `${Math.round(v * 1000) / 10}%` : formatNumber(v, lang);
	// Across regions the categories come largest first: on top, as on the ranking (a vertical
	// category axis draws bottom-up).
	const category = {
		type: 'category',
		data: [...categories],
		inverse: !!opts.horizontal,
		axisLabel: { fontSize: 11 }
	};
	const value = {
		type: 'value',
		max: opts.percent ? 1 : undefined,
		// Counts are whole cases: no 0.5 ticks.
		minInterval: opts.percent ? undefined : 1,
		axisLabel: { formatter: fmt }
	};
	return {
		aria: { enabled: true },
		animation: false,
		legend: { type: 'scroll', top: 0 },
		grid: { left: 8, right: 16, top: 56, bottom: 8, containLabel: true },
		tooltip: {
			trigger: 'axis',
			axisPointer: { type: 'shadow' },
			valueFormatter: (v: unknown) => (typeof v === 'number' ? fmt(v) : '—')
		},
		xAxis: opts.horizontal ? value : category,
		yAxis: opts.horizontal ? category : value,
		series: shown.map((s) => ({
			type: 'bar',
			stack: 'total',
			id: s.id,
			name: s.name,
			itemStyle: { color: s.color },
			data: s.data
		}))
	};
}
