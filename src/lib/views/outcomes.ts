import { buildLineByYear } from '$lib/charts/line-by-year';
import { buildStackedBars, type StackSeries } from '$lib/charts/stacked';
import type { ChartOption } from '$lib/charts/echarts';
import { withUnit } from '$lib/format';
import { t, type Lang } from '$lib/i18n';
import { metric as metricOf, type Metric } from '$lib/metrics/metrics';
import type { TrendRow } from '$lib/queries/selection';
import type { ViewState } from '$lib/url/state';
import type { CardMeta } from './export';
import { applicantSeries, groupedTitle, outcomeSeries, reviewSeries, stackRows } from './requests';
import { columnsOf, trendSummary, yearsOf } from './selection';

/** One chart card as a page lays it out: what ChartCard needs besides loading and error. */
export interface CardModel {
	id: string;
	title: string;
	option: ChartOption;
	rows: Record<string, string | number | null>[];
	columns: { key: string; label: string; align?: 'left' | 'right' }[];
	height: number;
	/** What exports and the share image say about the numbers: subject, years, demo, metric. */
	meta: CardMeta;
}

/** A row of the outcome / applicant / review queries: field ids as keys, plus group facts. */
export type GroupRow = Record<string, unknown> & {
	year?: number;
	region_name?: string;
	n_demo: number;
	n_groups?: number;
};

type OutcomeState = Pick<ViewState, 'by' | 'year' | 'from' | 'to' | 'lang'>;

const categoriesOf = (state: OutcomeState, rows: readonly GroupRow[]) =>
	rows.map((r) => String(state.by === 'year' ? r.year : r.region_name));

const categoryLabel = (state: OutcomeState) =>
	state.by === 'year' ? t(state.lang, 'year') : t(state.lang, 'region');

const nameOf = (m: Metric, lang: Lang) => (lang === 'en' ? m.en : m.zh);

/** A stacked card over years or, by region, over the largest regions of one year. */
function stackedCard(
	id: string,
	base: string,
	state: OutcomeState,
	rows: readonly GroupRow[],
	series: StackSeries[],
	context: { subject: string; demo: boolean },
	opts: { percent?: boolean; height: [byYear: number, byRegion: number] }
): CardModel {
	const categories = categoriesOf(state, rows);
	const table = stackRows(categories, series, categoryLabel(state));
	return {
		id,
		title: groupedTitle(
			base,
			state,
			state.by,
			rows.length,
			Number(rows[0]?.n_groups ?? rows.length),
			state.lang
		),
		option: buildStackedBars(categories, series, state.lang, {
			horizontal: state.by === 'region',
			percent: opts.percent
		}),
		rows: table,
		columns: columnsOf(table),
		height: state.by === 'region' ? opts.height[1] : opts.height[0],
		meta: {
			...context,
			years: state.by === 'year' ? `${state.from}–${state.to}` : String(state.year)
		}
	};
}

/** A line over the years of the selection, one series per named trend. */
function trendCard(
	id: string,
	base: string,
	state: OutcomeState,
	metric: Metric,
	lines: { code: string; name: string; rows: readonly TrendRow[] }[],
	context: { subject: string; demo: boolean },
	rows: CardModel['rows'],
	columns: CardModel['columns']
): CardModel {
	return {
		id,
		title: groupedTitle(base, state, 'year', 0, 0, state.lang),
		option: buildLineByYear({
			rows: lines.flatMap((l) =>
				l.rows.map((r) => ({ ...r, region_code: l.code, region_name: l.name }))
			),
			metric,
			series: lines.map((l) => ({ code: l.code, name: l.name })),
			years: yearsOf(state),
			lang: state.lang
		}),
		rows,
		columns,
		height: 300,
		meta: { ...context, metric, years: `${state.from}–${state.to}` }
	};
}

export interface RequestsData {
	outcomes: readonly GroupRow[];
	applicants: readonly GroupRow[];
	backlog: readonly TrendRow[];
	disclosure: readonly TrendRow[];
}

/** The requests view: outcome shares, applicant shares, backlog; summary on the disclosure rate. */
export function requestsView(state: ViewState, data: RequestsData, subject: string, link: string) {
	const lang = state.lang;
	const disclosure = metricOf('disclosure_rate')!;
	const backlog = metricOf('t3_carried_forward__total')!;
	const demo = data.outcomes.some((r) => r.n_demo > 0);
	const context = { subject, demo };
	const yearly = { ...state, by: 'year' as const };
	return {
		demo,
		summary: trendSummary(subject, disclosure, data.disclosure, state.to, demo, lang, link),
		outcomes: stackedCard(
			'requests-outcomes',
			lang === 'en' ? 'How requests were handled' : '办理结果构成',
			state,
			data.outcomes,
			outcomeSeries(data.outcomes, lang),
			context,
			{ percent: true, height: [420, 520] }
		),
		applicants: stackedCard(
			'requests-applicants',
			lang === 'en' ? 'Who asked (new requests by applicant type)' : '申请人构成（本年新收）',
			yearly,
			data.applicants,
			applicantSeries(data.applicants, lang),
			context,
			{ percent: true, height: [300, 300] }
		),
		backlog: trendCard(
			'requests-backlog',
			lang === 'en' ? 'Backlog: carried forward to next year' : '积压：结转下年度继续办理',
			state,
			backlog,
			[{ code: 's', name: subject, rows: data.backlog }],
			context,
			data.backlog.map((r) => ({ year: r.year, carried_forward: r.value })),
			[
				{ key: 'year', label: t(lang, 'year') },
				{
					key: 'carried_forward',
					label: withUnit(nameOf(backlog, lang), backlog.unit, lang),
					align: 'right'
				}
			]
		)
	};
}

export interface ReviewData {
	/** Over years both cards' rows; by region the regions with most reviews. */
	cases: readonly GroupRow[];
	/** By region, the regions with most lawsuits (over years, the same rows as `cases`). */
	lawsuits: readonly GroupRow[];
	reviewRate: readonly TrendRow[];
	litigationRate: readonly TrendRow[];
}

/** The review view: review and lawsuit outcomes, correction rates; summary on the review rate. */
export function reviewView(state: ViewState, data: ReviewData, subject: string, link: string) {
	const lang = state.lang;
	const reviewRate = metricOf('review_correction_rate')!;
	const litRate = metricOf('litigation_correction_rate')!;
	const demo = [...data.cases, ...data.lawsuits].some((r) => r.n_demo > 0);
	const context = { subject, demo };
	const litByYear = new Map(data.litigationRate.map((r) => [r.year, r]));
	return {
		demo,
		summary: trendSummary(subject, reviewRate, data.reviewRate, state.to, demo, lang, link),
		definitions:
			lang === 'en'
				? `${reviewRate.definitionEn}; ${litRate.definitionEn}`
				: `${reviewRate.definitionZh}；${litRate.definitionZh}`,
		reviews: stackedCard(
			'review-cases',
			lang === 'en' ? 'Administrative reviews by outcome' : '行政复议案件及结果',
			state,
			data.cases,
			reviewSeries(data.cases, ['review'], lang),
			context,
			{ height: [320, 480] }
		),
		lawsuits: stackedCard(
			'review-litigation',
			lang === 'en' ? 'Lawsuits by outcome' : '行政诉讼案件及结果',
			state,
			data.lawsuits,
			reviewSeries(data.lawsuits, ['lit_direct', 'lit_after_review'], lang),
			context,
			{ height: [320, 480] }
		),
		rates: trendCard(
			'review-correction',
			lang === 'en' ? 'Correction rates' : '纠错率',
			state,
			reviewRate,
			[
				{ code: 'review', name: nameOf(reviewRate, lang), rows: data.reviewRate },
				{ code: 'lit', name: nameOf(litRate, lang), rows: data.litigationRate }
			],
			context,
			data.reviewRate.map((r) => ({
				year: r.year,
				review_correction_rate: r.value,
				reviews: r.den,
				litigation_correction_rate: litByYear.get(r.year)?.value ?? null,
				lawsuits: litByYear.get(r.year)?.den ?? null
			})),
			[
				{ key: 'year', label: t(lang, 'year') },
				{ key: 'review_correction_rate', label: nameOf(reviewRate, lang), align: 'right' },
				{ key: 'reviews', label: lang === 'en' ? 'reviews (n)' : '复议案件数', align: 'right' },
				{ key: 'litigation_correction_rate', label: nameOf(litRate, lang), align: 'right' },
				{ key: 'lawsuits', label: lang === 'en' ? 'lawsuits (n)' : '诉讼案件数', align: 'right' }
			]
		)
	};
}
