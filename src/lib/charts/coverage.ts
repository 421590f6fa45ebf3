import type { Lang } from '$lib/format';
import type { ChartOption } from './echarts';

export interface CoverageCell {
	name: string;
	year: number;
	status: 'ok' | 'failing' | 'missing';
}

const STATUS = { ok: 0, failing: 1, missing: 2 } as const;

/** Bodies × years grid: present and consistent, failing a hard identity, or missing. */
export function buildCoverage(
	cells: readonly CoverageCell[],
	years: readonly number[],
	lang: Lang
): ChartOption {
	const names = [...new Set(cells.map((c) => c.name))];
	const labels =
		lang === 'en'
			? ['consistent', 'fails an identity', 'missing']
			: ['勾稽关系成立', '勾稽关系不成立', '缺失'];
	return {
		aria: { enabled: true },
		animation: false,
		tooltip: {
			formatter: (p: { value: [number, number, number] }) =>
				`${names[p.value[1]]} ${years[p.value[0]]}：${labels[p.value[2]]}`
		},
		grid: { left: 8, right: 8, top: 8, bottom: 40, containLabel: true },
		xAxis: { type: 'category', data: years.map(String) },
		yAxis: { type: 'category', data: names, axisLabel: { fontSize: 10 }, inverse: true },
		visualMap: {
			type: 'piecewise',
			orient: 'horizontal',
			left: 'center',
			bottom: 0,
			pieces: [
				{ value: 0, label: labels[0], color: '#bbf7d0' },
				{ value: 1, label: labels[1], color: '#f87171' },
				{ value: 2, label: labels[2], color: '#e2e8f0' }
			]
		},
		series: [
			{
				type: 'heatmap',
				data: cells.map((c) => [years.indexOf(c.year), names.indexOf(c.name), STATUS[c.status]]),
				itemStyle: { borderColor: '#fff', borderWidth: 1 }
			}
		]
	};
}
