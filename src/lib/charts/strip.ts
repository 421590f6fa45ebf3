import type { Metric } from '$lib/metrics/metrics';
import { formatValue, type Lang } from '$lib/format';
import type { ChartOption } from './echarts';

export interface StripPoint {
	name: string;
	value: number;
	outlier: boolean;
}

/** The peer group's distribution as a jittered strip; outliers (robust z) highlighted and labelled. */
export function buildStrip(points: readonly StripPoint[], metric: Metric, lang: Lang): ChartOption {
	const jitter = (i: number) => ((i * 7919) % 100) / 100 - 0.5;
	return {
		aria: { enabled: true },
		animation: false,
		grid: { left: 8, right: 16, top: 8, bottom: 24, containLabel: true },
		tooltip: {
			formatter: (p: { data: { name: string; value: [number, number] } }) =>
				`${p.data.name}：${formatValue(p.data.value[0], metric.unit, lang)}`
		},
		xAxis: {
			type: 'value',
			axisLabel: { formatter: (v: number) => formatValue(v, metric.unit, lang) }
		},
		yAxis: { type: 'value', show: false, min: -1, max: 1 },
		series: [
			{
				type: 'scatter',
				symbolSize: 7,
				data: points.map((p, i) => ({
					name: p.name,
					value: [p.value, jitter(i)],
					itemStyle: { color: p.outlier ? '#b91c1c' : 'rgba(29,78,216,0.45)' },
					label: { show: p.outlier, formatter: p.name, position: 'top', fontSize: 10 }
				}))
			}
		]
	};
}
