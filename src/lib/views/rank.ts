import { buildRankedBars } from '$lib/charts/bar-ranked';
import { buildStrip } from '$lib/charts/strip';
import { formatQuantity, formatValue, withUnit } from '$lib/format';
import { t, type Lang } from '$lib/i18n';
import { summarySentence } from '$lib/i18n/summary';
import { metric as metricOf, type Metric } from '$lib/metrics/metrics';
import { ORIGIN_LABELS, originOf } from '$lib/metrics/origin';
import type { RegionValueRow } from '$lib/queries/selection';
import { OUTLIER_Z, robustOutliers } from '$lib/stats/robust';
import type { ViewState } from '$lib/url/state';

export interface RankedRegion extends RegionValueRow {
	rank: number | null;
	z: number | null;
	outlier: boolean;
	/** Left out of the ranking: a rate on fewer than `minN` cases (incl. none), or no value. */
	guarded: boolean;
}

/**
 * Ranks the selection's regions on one metric: rates on too small a denominator (zero included)
 * and regions whose cells were blank are shown apart, not ranked and not dropped; robust z-scores
 * (median/MAD of the ranked peers) flag outliers.
 */
export function rankRegions(
	rows: readonly RegionValueRow[],
	metric: Metric,
	minN: number
): { ranked: RankedRegion[]; guarded: RankedRegion[]; median: number | null; mad: number | null } {
	const isGuarded = (r: RegionValueRow) =>
		r.value === null || (metric.kind === 'rate' && (r.den ?? 0) < minN);
	const eligible = rows.filter((r) => !isGuarded(r));
	const stats = robustOutliers(eligible.map((r) => r.value as number));
	const ranked = eligible
		.map((r, i) => ({ ...r, z: stats.z[i] ?? null }))
		.sort(
			(a, b) =>
				(b.value as number) - (a.value as number) ||
				// Digit codes: localeCompare's order without building an Intl collator before the chart.
				(a.region_code < b.region_code ? -1 : a.region_code > b.region_code ? 1 : 0)
		)
		.map((r, i) => ({
			...r,
			rank: i + 1,
			outlier: r.z !== null && Math.abs(r.z) > OUTLIER_Z,
			guarded: false
		}));
	const guarded = rows
		.filter(isGuarded)
		.map((r) => ({ ...r, rank: null, z: null, outlier: false, guarded: true }));
	return { ranked, guarded, median: stats.median, mad: stats.mad };
}

/** Bars shown at most; the title says when there are more. */
export const MAX_BARS = 60;

/** The rank view: bars, distribution strip with median and MAD band, table, unranked list. */
export function rankView(
	state: ViewState,
	rows: readonly RegionValueRow[],
	subject: string,
	link: string
) {
	const lang: Lang = state.lang;
	const metric = metricOf(state.metric)!;
	const label = lang === 'en' ? metric.en : metric.zh;
	const result = rankRegions(rows, metric, state.minN);
	const top = result.ranked.slice(0, MAX_BARS);
	const demo = rows.some((r) => r.n_demo > 0);
	const first = result.ranked[0];
	const table = [...result.ranked, ...result.guarded].map((r) => ({
		rank: r.rank,
		region_code: r.region_code,
		region: r.region_name,
		value: r.value,
		shown: formatValue(r.value, metric.unit, lang),
		n: metric.kind === 'rate' ? r.den : r.n_reports,
		robust_z: r.z === null ? null : Math.round(r.z * 100) / 100,
		outlier: r.outlier ? t(lang, 'outlier') : '',
		origin: ORIGIN_LABELS[originOf(r)][lang]
	}));
	return {
		metric,
		label,
		...result,
		demo,
		title: `${subject} · ${label} · ${state.year}`,
		barTitle: `${label} · ${t(lang, 'navRank')} · ${state.year}${
			result.ranked.length > top.length
				? lang === 'en'
					? ` (top ${top.length} of ${result.ranked.length})`
					: `（前 ${top.length} 名，共 ${result.ranked.length} 个）`
				: ''
		}`,
		barHeight: Math.max(240, top.length * 20 + 60),
		bars: buildRankedBars(
			top.map((r) => ({
				name: r.region_name,
				value: r.value as number,
				outlier: r.outlier,
				demo: r.n_demo > 0
			})),
			metric,
			result.median,
			lang
		),
		strip: buildStrip(
			result.ranked.map((r) => ({
				name: r.region_name,
				value: r.value as number,
				outlier: r.outlier
			})),
			metric,
			lang,
			{ median: result.median, mad: result.mad }
		),
		table,
		columns: [
			{ key: 'rank', label: '#', align: 'right' as const },
			{ key: 'region', label: t(lang, 'region') },
			{ key: 'shown', label: withUnit(label, metric.unit, lang), align: 'right' as const },
			{ key: 'n', label: 'n', align: 'right' as const },
			{ key: 'robust_z', label: 'z', align: 'right' as const },
			{ key: 'outlier', label: t(lang, 'outlier') },
			{ key: 'origin', label: t(lang, 'origin') }
		],
		unranked: result.guarded.map((r) => ({
			code: r.region_code,
			name: r.region_name,
			text:
				r.value === null
					? metric.kind === 'rate' && !r.den
						? lang === 'en'
							? 'no cases (n=0)'
							: '无案件（n=0）'
						: lang === 'en'
							? 'blank'
							: '空白'
					: `${formatQuantity(r.value, metric.unit, lang)} (n=${r.den ?? 0})`
		})),
		summary: first
			? summarySentence(
					{
						subject: `${subject}${lang === 'en' ? ' – top: ' : '中排名第一的'}${first.region_name}`,
						metric,
						year: state.year,
						value: first.value,
						demo
					},
					lang,
					link
				)
			: ''
	};
}
