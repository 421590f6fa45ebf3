import { buildLineByYear } from '$lib/charts/line-by-year';
import { formatValue, withUnit, type Lang } from '$lib/format';
import { t } from '$lib/i18n';
import { summarySentence } from '$lib/i18n/summary';
import { metric as metricOf, type Metric } from '$lib/metrics/metrics';
import { comparable, ORIGIN_LABELS, originOf } from '$lib/metrics/origin';
import type { ByYearRow } from '$lib/queries/by-year';
import type { RegionRow } from '$lib/queries/regions';
import { DEFAULT_STATE, type ViewState } from '$lib/url/state';
import { yearsOf } from './selection';

/**
 * Peers to suggest: the drill-down parent's regions of the selected level first (the compare view
 * remembers the drill-down it was opened from), then the same parent and level as the last chosen.
 */
export function suggestPeers(
	regions: readonly RegionRow[],
	selected: readonly string[],
	limit = 6,
	drill: Pick<ViewState, 'parent' | 'level'> = { parent: null, level: 'province' }
): RegionRow[] {
	const fresh = (r: RegionRow) => !selected.includes(r.code);
	if (drill.parent) {
		const kids = regions.filter(
			(r) =>
				r.level === drill.level &&
				(drill.parent!.endsWith('0000')
					? r.province_code === drill.parent
					: r.parent_code === drill.parent) &&
				fresh(r)
		);
		if (kids.length) return kids.slice(0, limit);
	}
	const last = regions.find((r) => r.code === selected[selected.length - 1]);
	if (!last) return regions.filter((r) => r.level === 'province' && fresh(r)).slice(0, limit);
	return regions
		.filter((r) => r.level === last.level && r.parent_code === last.parent_code && fresh(r))
		.slice(0, limit);
}

/** Compare opened from a drill-down with the default regions starts from the drill-down parent. */
export function compareEntry(state: ViewState): ViewState {
	const defaults = JSON.stringify(state.regions) === JSON.stringify(DEFAULT_STATE.regions);
	return state.parent && defaults ? { ...state, regions: [state.parent] } : state;
}

/** The chart's numbers as rows: what the CSV and the accessible table contain. */
export function compareTable(
	rows: readonly ByYearRow[],
	metric: Metric,
	names: ReadonlyMap<string, string>,
	lang: Lang
) {
	return rows.map((r) => ({
		region_code: r.region_code,
		region: names.get(r.region_code) ?? r.region_name,
		year: r.year,
		value:
			r.value === null ? null : metric.unit === '%' ? Math.round(r.value * 10000) / 10000 : r.value,
		shown: formatValue(r.value, metric.unit, lang),
		origin: ORIGIN_LABELS[originOf(r)][lang]
	}));
}

/** The compare view: one line per region (split where origins differ), table, peers, summary. */
export function compareView(
	state: ViewState,
	rows: readonly ByYearRow[],
	regions: readonly RegionRow[],
	regionsReady: boolean,
	link: string
) {
	const lang = state.lang;
	const metric = metricOf(state.metric)!;
	const label = lang === 'en' ? metric.en : metric.zh;
	const names = new Map([
		...rows.map((r) => [r.region_code, r.region_name] as const),
		...regions.map((r) => [r.code, r.name] as const)
	]);
	const unknown = regionsReady ? state.regions.filter((c) => !names.has(c)) : [];
	const shown = state.regions
		.filter((c) => names.has(c))
		.map((code) => ({ code, name: names.get(code) ?? code }));
	const demo = rows.some((r) => r.n_demo > 0);
	const last = [...rows].reverse().find((r) => r.value !== null);
	const prev =
		last && rows.find((r) => r.region_code === last.region_code && r.year === last.year - 1);
	const subject = shown.map((s) => s.name).join('、');
	const parent = state.parent ? regions.find((r) => r.code === state.parent) : undefined;
	return {
		metric,
		label,
		title: t(lang, 'lineChart', { metric: label }),
		subject,
		unknown,
		demo,
		mixed: new Set(rows.filter((r) => r.value !== null).map(originOf)).size > 1,
		blanks: rows.reduce((s, r) => s + r.n_blank, 0),
		option: buildLineByYear({ rows, metric, series: shown, years: yearsOf(state), lang }),
		table: compareTable(rows, metric, names, lang),
		columns: [
			{ key: 'region', label: t(lang, 'region') },
			{ key: 'year', label: t(lang, 'year') },
			{ key: 'shown', label: withUnit(label, metric.unit, lang), align: 'right' as const },
			{ key: 'origin', label: t(lang, 'origin') }
		],
		peers: suggestPeers(regions, state.regions, 6, state),
		drill: parent
			? t(lang, 'childrenOf', { parent: parent.name, level: t(lang, state.level) })
			: null,
		summary: last
			? summarySentence(
					{
						subject: names.get(last.region_code) ?? last.region_code,
						metric,
						year: last.year,
						value: last.value,
						// Year-on-year only against a year of the same origin.
						previous: prev && comparable(last, prev) ? prev.value : null,
						demo
					},
					lang,
					link
				)
			: ''
	};
}
