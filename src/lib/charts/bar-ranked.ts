import type { Metric } from '$lib/metrics/metrics';
import { formatQuantity, formatValue, withUnit, type Lang } from '$lib/format';
import type { ChartOption } from './echarts';
import { PALETTE } from './line-by-year';

export interface RankedBar {
	name: string;
	value: number;
	outlier: boolean;
	demo: boolean;
}

/** Horizontal bars in the given (rank) order, first on top; robust outliers in a darker colour; the peer median as a line. */
export function buildRankedBars(
	bars: readonly RankedBar[],
	metric: Metric,
	median: number | null,
	lang: Lang
): ChartOption {
	// Bars come in rank order; category axes draw bottom-up, so the first goes last.
	const sorted = [...bars].reverse();
	return {
		aria: { enabled: true },
		animation: false,
		// Room above the bars for the median's label, so it never sits on the first bars.
		grid: { left: 8, right: 56, top: median === null ? 8 : 24, bottom: 28, containLabel: true },
		tooltip: {
			trigger: 'axis',
			axisPointer: { type: 'shadow' },
			valueFormatter: (v: unknown) =>
				formatQuantity(typeof v === 'number' ? v : null, metric.unit, lang)
		},
		xAxis: {
			type: 'value',
			// The axis name sits below the ticks, clear of the value labels at the bars' ends.
			name: withUnit(lang === 'en' ? metric.en : metric.zh, metric.unit, lang),
			nameLocation: 'middle',
			nameGap: 22,
			axisLabel: { formatter: (v: number) => formatValue(v, metric.unit, lang), hideOverlap: true }
		},
		yAxis: {
			type: 'category',
			data: sorted.map((b) => b.name),
			axisLabel: { fontSize: 11, width: 96, overflow: 'truncate', interval: 0 }
		},
		series: [
			{
				type: 'bar',
				name: lang === 'en' ? metric.en : metric.zh,
				data: sorted.map((b) => ({
					value: b.value,
					itemStyle: { color: b.outlier ? '#7f1d1d' : PALETTE[1] }
				})),
				label: {
					show: sorted.length <= 40,
					position: 'right',
					fontSize: 10,
					formatter: (p: { value: number }) => formatValue(p.value, metric.unit, lang)
				},
				...(median !== null
					? {
							markLine: {
								silent: true,
								symbol: 'none',
								lineStyle: { color: '#475569', type: 'dashed' },
								label: {
									formatter: `${lang === 'en' ? 'median' : '中位数'} ${formatValue(median, metric.unit, lang)}`,
									position: 'end',
									fontSize: 10,
									color: '#475569'
								},
								data: [{ xAxis: median }]
							}
						}
					: {})
			}
		]
	};
}
