import type { Metric } from '$lib/metrics/metrics';
import type { ByYearRow } from '$lib/queries/by-year';
import { formatValue, type Lang } from '$lib/format';
import { formatForYear } from '$lib/report/format-years';
import type { ChartOption } from './echarts';

export interface LineByYearInput {
	rows: readonly ByYearRow[];
	metric: Metric;
	/** Region codes in legend order, with display names. */
	series: readonly { code: string; name: string }[];
	years: readonly number[];
	lang: Lang;
}

export const PALETTE = [
	'#b91c1c',
	'#1d4ed8',
	'#047857',
	'#b45309',
	'#7c3aed',
	'#0e7490',
	'#be185d',
	'#4d7c0f',
	'#92400e',
	'#334155',
	'#c2410c',
	'#0369a1'
];

/** Line per region over years; years whose report format makes the metric non-comparable are shaded. */
export function buildLineByYear({
	rows,
	metric,
	series,
	years,
	lang
}: LineByYearInput): ChartOption {
	const byKey = new Map(rows.map((r) => [`${r.region_code}|${r.year}`, r.value]));
	const excluded = years.filter((y) => !metric.formats.includes(formatForYear(y)));
	const label = lang === 'en' ? metric.en : metric.zh;
	return {
		color: PALETTE,
		aria: { enabled: true },
		animation: false,
		grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
		legend: { type: 'scroll', top: 0 },
		tooltip: {
			trigger: 'axis',
			valueFormatter: (v: unknown) =>
				formatValue(typeof v === 'number' ? v : null, metric.unit, lang)
		},
		xAxis: { type: 'category', data: years.map(String), boundaryGap: false },
		yAxis: {
			type: 'value',
			name: metric.unit === '%' ? label : `${label}（${metric.unit}）`,
			nameTextStyle: { align: 'left' },
			axisLabel: {
				formatter: (v: number) => formatValue(v, metric.unit, lang)
			}
		},
		series: series.map((s, i) => ({
			type: 'line',
			name: s.name,
			id: s.code,
			connectNulls: false,
			symbolSize: 6,
			data: years.map((y) => byKey.get(`${s.code}|${y}`) ?? null),
			...(i === 0 && excluded.length
				? {
						markArea: {
							silent: true,
							itemStyle: { color: 'rgba(148,163,184,0.18)' },
							label: { color: '#475569', fontSize: 11 },
							data: [
								[
									{
										name: lang === 'en' ? 'Not comparable (format change)' : '格式不同，不可比',
										xAxis: String(excluded[0])
									},
									{ xAxis: String(excluded[excluded.length - 1]) }
								]
							]
						}
					}
				: {})
		}))
	};
}
