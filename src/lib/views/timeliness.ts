import { metric, type Metric } from '$lib/metrics/metrics';
import { t3 } from '$lib/report';
import { pastDeadline } from '$lib/checks/deadline';
import type { StackSeries } from '$lib/charts/stacked';
import type { CoverageRow } from '$lib/queries/quality';
import type { BandRow, TimelinessAreaRow, TimelinessYearRow } from '$lib/queries/timeliness';
import type { Lang } from '$lib/i18n';

/** 本机关不掌握相关政府信息 ÷ 办理结果总计: a share supervisors watch (a high one can hide refusals). */
export const NOT_HELD_SHARE: Metric = {
	id: 'not_held_share',
	zh: '本机关不掌握占比',
	en: 'Share “information not held”',
	unit: '%',
	kind: 'rate',
	numerator: [t3('res_unable_not_held', 'total')],
	denominator: [t3('res_total', 'total')],
	formats: ['2019', '2021'],
	definitionZh: '本机关不掌握相关政府信息 ÷ 办理结果总计',
	definitionEn: 'information not held by this body ÷ total outcomes'
};

/** The rates shown as distributions of bodies by band. */
export const BAND_METRICS: readonly Metric[] = [
	metric('disclosure_rate')!,
	NOT_HELD_SHARE,
	metric('review_correction_rate')!
];

export const BAND_LABELS = Array.from({ length: 10 }, (_, i) => `${i * 10}–${i * 10 + 10}%`);

/** On time, late and unknown reports per year, as stacked-bar series. */
export function timelinessSeries(
	rows: readonly TimelinessYearRow[],
	years: readonly number[],
	lang: Lang
): StackSeries[] {
	const at = (y: number) => rows.find((r) => r.year === y);
	const series = (
		id: 'on_time' | 'late' | 'unknown',
		zh: string,
		en: string,
		color: string
	): StackSeries => ({
		id,
		name: lang === 'en' ? en : zh,
		color,
		data: years.map((y) => at(y)?.[id] ?? null)
	});
	return [
		series('on_time', '按时公开', 'on time', '#15803d'),
		series('late', '逾期公开', 'late', '#b91c1c'),
		series('unknown', '公开日期不详', 'date unknown', '#94a3b8')
	];
}

/** On-time rate among reports with a known date (null when none is known). */
export const onTimeRate = (r: TimelinessYearRow): number | null =>
	r.on_time + r.late ? r.on_time / (r.on_time + r.late) : null;

export interface Bands {
	counts: number[];
	/** Bodies left out by the sample-size guard, and those with a blank cell. */
	small: number;
	blank: number;
	demo: boolean;
}

export function bands(rows: readonly BandRow[]): Bands {
	const n = (band: string) => rows.find((r) => r.band === band)?.n ?? 0;
	return {
		counts: BAND_LABELS.map((_, i) => n(String(i))),
		small: n('small'),
		blank: n('blank'),
		demo: rows.some((r) => r.n_demo > 0)
	};
}

/** Bodies × years of the coverage grid with no report although the government deadline has passed. */
export const missingPastDeadline = (rows: readonly CoverageRow[], today: string): CoverageRow[] =>
	rows.filter((r) => r.status === 'missing' && pastDeadline(r.year, 'government', today));

export interface AreaRates {
	code: string;
	/** On-time rate per year of the range (null: no report with a known date). */
	rates: (number | null)[];
	late: number;
}

/** Areas × years of on-time rates, the areas with most late reports first. */
export function areaRates(
	rows: readonly TimelinessAreaRow[],
	years: readonly number[]
): AreaRates[] {
	const codes = [...new Set(rows.map((r) => r.area_code))];
	return codes
		.map((code) => {
			const of = (y: number) => rows.find((r) => r.area_code === code && r.year === y);
			return {
				code,
				rates: years.map((y) => {
					const r = of(y);
					return r ? onTimeRate({ ...r, mean_days_late: null, n_demo: 0 }) : null;
				}),
				late: rows.filter((r) => r.area_code === code).reduce((s, r) => s + r.late, 0)
			};
		})
		.sort((a, b) => b.late - a.late || a.code.localeCompare(b.code));
}
