import type { Metric } from '$lib/metrics/metrics';
import type { ByYearRow } from '$lib/queries/by-year';
import { formatQuantity, formatValue, withUnit, type Lang } from '$lib/format';
import { ORIGIN_LABELS, originOf, type Origin } from '$lib/metrics/origin';
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

const ORIGIN_STYLE: Record<Origin, { type: 'solid' | 'dashed' | 'dotted'; symbol: string }> = {
	real: { type: 'solid', symbol: 'circle' },
	imported: { type: 'solid', symbol: 'rect' },
	synthetic: { type: 'dashed', symbol: 'emptyCircle' },
	mixed: { type: 'dotted', symbol: 'diamond' }
};

/**
 * Line per region over years; years whose report format makes the metric non-comparable are shaded.
 * A region whose years come from different origins (real / imported / demo) gets one line per
 * origin, never one line joining them: the break is visible and each line is named and styled.
 */
export function buildLineByYear({
	rows,
	metric,
	series,
	years,
	lang
}: LineByYearInput): ChartOption {
	const originByKey = new Map(rows.map((r) => [`${r.region_code}|${r.year}`, originOf(r)]));
	const byKey = new Map(rows.map((r) => [`${r.region_code}|${r.year}`, r.value]));
	const excluded = years.filter((y) => !metric.formats.includes(formatForYear(y)));
	const label = lang === 'en' ? metric.en : metric.zh;
	const originsOf = (code: string) => [
		...new Set(
			years
				.filter((y) => (byKey.get(`${code}|${y}`) ?? null) !== null)
				.map((y) => originByKey.get(`${code}|${y}`)!)
		)
	];
	const several = new Set(series.flatMap((s) => originsOf(s.code))).size > 1;
	const lines = series.flatMap((s, i) => {
		const origins = originsOf(s.code);
		const parts: (Origin | null)[] = origins.length > 1 ? origins : [several ? origins[0]! : null];
		return parts.map((origin) => ({
			code: s.code,
			colour: PALETTE[i % PALETTE.length]!,
			origin,
			name: origins.length > 1 ? `${s.name}（${ORIGIN_LABELS[origin!][lang]}）` : s.name
		}));
	});
	return {
		color: PALETTE,
		aria: { enabled: true },
		animation: false,
		grid: { left: 8, right: 16, top: 56, bottom: 8, containLabel: true },
		legend: { type: 'scroll', top: 0 },
		tooltip: {
			trigger: 'axis',
			valueFormatter: (v: unknown) =>
				formatQuantity(typeof v === 'number' ? v : null, metric.unit, lang)
		},
		xAxis: { type: 'category', data: years.map(String), boundaryGap: false },
		yAxis: {
			type: 'value',
			name: withUnit(label, metric.unit, lang),
			nameTextStyle: { align: 'left' },
			axisLabel: {
				formatter: (v: number) => formatValue(v, metric.unit, lang)
			}
		},
		series: lines.map((l, i) => ({
			type: 'line',
			name: l.name,
			id: l.origin ? `${l.code}|${l.origin}` : l.code,
			connectNulls: false,
			symbolSize: 6,
			itemStyle: { color: l.colour },
			...(l.origin
				? {
						symbol: ORIGIN_STYLE[l.origin].symbol,
						lineStyle: { color: l.colour, type: ORIGIN_STYLE[l.origin].type }
					}
				: { lineStyle: { color: l.colour } }),
			data: years.map((y) => {
				const key = `${l.code}|${y}`;
				if (l.origin && originByKey.get(key) !== l.origin) return null;
				return byKey.get(key) ?? null;
			}),
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
