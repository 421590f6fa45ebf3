import type { Metric } from '$lib/metrics/metrics';
import { formatQuantity, formatValue, withUnit, type Lang } from '$lib/format';
import type { ChartOption } from './echarts';

export interface StripPoint {
	name: string;
	value: number;
	outlier: boolean;
}

/**
 * The peer group's distribution as a jittered strip: the median as a line, median ± MAD as a band,
 * outliers (robust z) highlighted and labelled, overlapping labels hidden.
 */
export function buildStrip(
	points: readonly StripPoint[],
	metric: Metric,
	lang: Lang,
	stats: { median: number | null; mad: number | null } = { median: null, mad: null }
): ChartOption {
	const jitter = (i: number) => ((i * 7919) % 100) / 100 - 0.5;
	const { median, mad } = stats;
	const label = lang === 'en' ? metric.en : metric.zh;
	return {
		aria: { enabled: true },
		animation: false,
		grid: { left: 8, right: 24, top: 28, bottom: 32, containLabel: true },
		tooltip: {
			formatter: (p: { data: { name: string; value: [number, number] } }) =>
				`${p.data.name}：${formatQuantity(p.data.value[0], metric.unit, lang)}`
		},
		xAxis: {
			type: 'value',
			name: withUnit(label, metric.unit, lang),
			nameLocation: 'middle',
			nameGap: 24,
			axisLabel: { formatter: (v: number) => formatValue(v, metric.unit, lang), hideOverlap: true }
		},
		yAxis: { type: 'value', show: false, min: -1, max: 1 },
		series: [
			{
				type: 'scatter',
				symbolSize: 7,
				labelLayout: { hideOverlap: true },
				data: points.map((p, i) => ({
					name: p.name,
					value: [p.value, jitter(i)],
					itemStyle: { color: p.outlier ? '#b91c1c' : 'rgba(29,78,216,0.45)' },
					label: {
						show: p.outlier,
						formatter: p.name,
						position: jitter(i) > 0 ? 'bottom' : 'top',
						fontSize: 10
					}
				})),
				...(median !== null
					? {
							markLine: {
								silent: true,
								symbol: 'none',
								lineStyle: { color: '#0f172a', type: 'solid', width: 1.5 },
								label: {
									position: 'end',
									formatter: `${lang === 'en' ? 'median' : '中位数'} ${formatValue(median, metric.unit, lang)}`,
									fontSize: 10
								},
								data: [{ xAxis: median }]
							},
							...(mad
								? {
										markArea: {
											silent: true,
											itemStyle: { color: 'rgba(100,116,139,0.15)' },
											data: [[{ xAxis: median - mad }, { xAxis: median + mad }]]
										}
									}
								: {})
						}
					: {})
			}
		]
	};
}
