import { buildLineByYear } from '$lib/charts/line-by-year';
import { buildTileMap, gridTiles, type Tile } from '$lib/charts/tile-map';
import { PROVINCE_TILES } from '$lib/charts/tiles';
import { formatNumber, formatQuantity, withUnit } from '$lib/format';
import { t, type Lang } from '$lib/i18n';
import { metric, type Metric } from '$lib/metrics/metrics';
import { comparable, originOf, ORIGIN_LABELS } from '$lib/metrics/origin';
import { kpis, type KpiRow } from '$lib/queries/kpis';
import type { RegionRow } from '$lib/queries/regions';
import {
	byProvince,
	byRegion,
	trend,
	type ProvinceValueRow,
	type RegionValueRow,
	type TrendRow
} from '$lib/queries/selection';
import { REGION_LEVELS } from '$lib/report';
import { FIRST_YEAR, LAST_YEAR, parseState, toSearchParams, type ViewState } from '$lib/url/state';
import { memoLast } from './memo';
import { aggregateCoverage, selectionLabel, trendSummary, yearsOf } from './selection';

export const KPI_METRICS: readonly Metric[] = [
	't3_new_received__total',
	'disclosure_rate',
	't2_license_decisions',
	't2_penalty_decisions',
	't2_fee_amount_10k_cny',
	'review_correction_rate'
].map((id) => metric(id)!);

/** Every query the overview runs for a state (also run at build time for the default view). */
export function overviewQueries(state: ViewState) {
	const m = metric(state.metric)!;
	return {
		kpis: kpis(state, KPI_METRICS),
		trend: trend(state, m),
		regions: byRegion(state, m),
		provinces: byProvince(state, m)
	};
}

/**
 * The states a reader of the overview most likely picks next — the other years (nearest first),
 * then the other levels — as the filter bar would give them (through the URL, as a change does):
 * their answers can be computed ahead, while the page is idle.
 */
export function overviewAhead(state: ViewState): ViewState[] {
	const years = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i)
		.filter((y) => y !== state.year)
		.sort((a, b) => Math.abs(a - state.year) - Math.abs(b - state.year) || b - a);
	const next: Partial<ViewState>[] = [
		...years.map((year) => ({ year })),
		...REGION_LEVELS.filter((l) => l !== state.level).map((level) => ({ level }))
	];
	return next.map((change) => parseState(toSearchParams({ ...state, ...change })).state);
}

export interface Kpi {
	metric: Metric;
	value: number | null;
	previous: number | null;
	/** Null when there is no base, or the two years are not comparable (different origin). */
	change: number | null;
	blank: number;
}

/** KPI values for the year and the change from the year before, from the rows of `kpis`. */
export function kpiValues(
	rows: readonly KpiRow[],
	year: number
): {
	reports: number;
	previousReports: number;
	demo: number;
	/** Whether the year and the year before have the same origin make-up (year-on-year is meaningful). */
	comparable: boolean;
	list: Kpi[];
} {
	const cur = rows.find((r) => r.year === year);
	const prev = rows.find((r) => r.year === year - 1);
	const same = comparable(cur, prev);
	const valueOf = (row: KpiRow | undefined, i: number, m: Metric) => {
		const num = row?.[`m${i}_num`] ?? null;
		if (m.kind !== 'rate') return num;
		const den = row?.[`m${i}_den`] ?? null;
		return num === null || !den ? null : num / den;
	};
	return {
		reports: cur?.n_reports ?? 0,
		previousReports: prev?.n_reports ?? 0,
		demo: cur?.n_demo ?? 0,
		comparable: same,
		list: KPI_METRICS.map((m, i) => {
			const value = valueOf(cur, i, m);
			const previous = valueOf(prev, i, m);
			const change = value === null || !previous || !same ? null : (value - previous) / previous;
			return { metric: m, value, previous, change, blank: cur?.[`m${i}_blank`] ?? 0 };
		})
	};
}

export interface OverviewRows {
	kpis: readonly KpiRow[] | null;
	trend: readonly TrendRow[] | null;
	regions: readonly RegionValueRow[] | null;
	provinces: readonly ProvinceValueRow[] | null;
	/** The trend rows are the previous selection's while its new answer is on the way. */
	trendPending?: boolean;
}

export type MapClick =
	{ kind: 'drill'; parent: string; level: ViewState['level'] } | { kind: 'profile'; code: string };

const MUNICIPALITY_NOTE = { zh: '不设地级', en: 'no prefectures' };

/**
 * The overview as data: KPI cards, trend, tile map (provinces, or the children of the drill-down
 * parent), top and bottom regions, and the notices a reader needs. Where the reports cover too
 * little of the selection (e.g. real reports only) no aggregate is drawn: a sum of three bodies is
 * not a national trend.
 */
export function overviewView(
	state: ViewState,
	rows: OverviewRows,
	regions: readonly RegionRow[],
	lang: Lang,
	link: string
) {
	const m = metric(state.metric)!;
	const label = lang === 'en' ? m.en : m.zh;
	const { byCode, levelsIn } = regionIndex(regions);
	const subject = selectionLabel(state, byCode, lang);
	const k = kpiValues(rows.kpis ?? [], state.year);
	const trendRows = rows.trend ?? [];
	// Rows of the previous selection say nothing of this one's coverage: judged on them, a level
	// change would flash the "no aggregate" notice and rebuild both charts until the answer came.
	const coverage = rows.trendPending
		? { meaningful: true, bodies: 0, mostReports: 0 }
		: aggregateCoverage(trendRows, state, regions);
	const notices: string[] = [];
	if (!coverage.meaningful)
		notices.push(
			t(lang, 'noAggregate', { subject, bodies: coverage.bodies, most: coverage.mostReports })
		);
	if (rows.kpis && k.reports && !k.comparable && k.previousReports)
		notices.push(t(lang, 'noYoy', { year: state.year, prev: state.year - 1 }));
	const demo =
		k.demo > 0 ||
		trendRows.some((r) => r.n_demo > 0) ||
		(rows.regions ?? []).some((r) => r.n_demo > 0);

	const ranked = (rows.regions ?? []).filter(
		(r) => r.value !== null && (m.kind !== 'rate' || (r.den ?? 0) >= state.minN)
	);

	// The map: provinces, or the drill-down parent's regions of the selected level.
	const parent = state.parent ? byCode.get(state.parent) : undefined;
	const children = childrenOf(regions, state.level, state.parent);
	const drilled = !!state.parent && children.length > 0;
	const tiles: readonly Tile[] = drilled ? gridTiles(children) : PROVINCE_TILES;
	const tileValues = drilled
		? (rows.regions ?? []).map((r) => ({ code: r.region_code, value: r.value }))
		: (rows.provinces ?? []).map((r) => ({ code: r.province_code, value: r.value }));
	const emptyReason = new Map<string, string>();
	if (!drilled && state.level !== 'province' && regions.length)
		for (const p of PROVINCE_TILES)
			if (byCode.has(p.code) && !levelsIn.has(`${p.code}|${state.level}`))
				emptyReason.set(p.code, MUNICIPALITY_NOTE[lang]);
	const mapTitle = drilled
		? `${label} · ${t(lang, 'childrenOf', { parent: parent?.name ?? state.parent ?? '', level: t(lang, state.level) })} · ${state.year}`
		: `${label} · ${t(lang, 'map')} · ${state.year}`;
	const mapNotes = [
		...(state.level !== 'province' && !drilled
			? [t(lang, 'mapSums', { level: t(lang, state.level) })]
			: []),
		...(emptyReason.size ? [t(lang, 'mapNoPrefecture')] : [])
	];

	const trendOption = trendChart(trendRows, m.id, subject, state.from, state.to, lang);
	const valueHeader = withUnit(label, m.unit, lang);
	return {
		metric: m,
		label,
		subject,
		title: `${subject} · ${state.year}`,
		demo,
		notices,
		aggregate: coverage.meaningful,
		reports: {
			value: formatNumber(k.reports, lang),
			change:
				k.previousReports && k.comparable
					? (k.reports - k.previousReports) / k.previousReports
					: null
		},
		kpis: k.list.map((kpi) => ({
			id: kpi.metric.id,
			label: lang === 'en' ? kpi.metric.en : kpi.metric.zh,
			value: formatQuantity(kpi.value, kpi.metric.unit, lang),
			change: kpi.change,
			definition: lang === 'en' ? kpi.metric.definitionEn : kpi.metric.definitionZh,
			note: kpi.blank ? t(lang, 'blankNote', { n: kpi.blank }) : undefined
		})),
		showKpis: coverage.meaningful && k.reports > 0,
		trend: {
			title: `${label} · ${t(lang, 'trend')} · ${state.from}–${state.to}`,
			option: trendOption,
			rows: trendRows.map((r) => ({
				year: r.year,
				value: r.value,
				reports: r.n_reports,
				blank: r.n_blank,
				origin: ORIGIN_LABELS[originOf(r)][lang]
			})),
			columns: [
				{ key: 'year', label: t(lang, 'year') },
				{ key: 'value', label: valueHeader, align: 'right' as const },
				{ key: 'reports', label: t(lang, 'reports'), align: 'right' as const },
				{ key: 'origin', label: t(lang, 'origin') }
			]
		},
		map: {
			title: mapTitle,
			drilled,
			option: buildTileMap(tileValues, m, lang, { tiles, emptyReason }),
			rows: tiles
				.map((tile) => ({
					code: tile.code,
					region: byCode.get(tile.code)?.name ?? tile.name,
					value: tileValues.find((v) => v.code === tile.code)?.value ?? null
				}))
				.filter((r) => byCode.has(r.code) || r.value !== null),
			columns: [
				{ key: 'region', label: t(lang, 'region') },
				{ key: 'value', label: valueHeader, align: 'right' as const }
			],
			notes: mapNotes
		},
		ranked,
		summary: trendSummary(subject, m, trendRows, state.year, demo, lang, link)
	};
}

/**
 * The region list indexed once, not on every filter change (a view model runs once per change,
 * so its work over the ≈3,200 regions ran in V8's slow tiers each time): regions by code, and
 * which levels each province has (`province|level`).
 */
const regionIndex = memoLast((regions: readonly RegionRow[]) => ({
	byCode: new Map(regions.map((r) => [r.code, r])),
	levelsIn: new Set(regions.map((r) => `${r.province_code}|${r.level}`))
}));

/** The drill-down parent's regions of a level (a province's, or a prefecture's). */
const childrenOf = memoLast(
	(regions: readonly RegionRow[], level: ViewState['level'], parent: string | null) =>
		regions.filter(
			(r) =>
				r.level === level &&
				(parent?.endsWith('0000') ? r.province_code === parent : r.parent_code === parent)
		)
);

/**
 * The trend's chart, the same object while its rows and labels stay (a change of year only). By
 * metric id: a field's metric is a new object on every lookup.
 */
const trendChart = memoLast(
	(rows: readonly TrendRow[], id: string, subject: string, from: number, to: number, lang: Lang) =>
		buildLineByYear({
			rows: rows.map((r) => ({ ...r, region_code: 'selection', region_name: subject })),
			metric: metric(id)!,
			series: [{ code: 'selection', name: subject }],
			years: yearsOf({ from, to }),
			lang
		})
);

/** What a click on a map tile opens: a province drills down, a child opens deeper or its profile. */
export function mapClick(
	state: ViewState,
	code: string,
	regions: ReadonlyMap<string, RegionRow>
): MapClick | null {
	const r = regions.get(code);
	if (!r) return null;
	if (r.level === 'province')
		return {
			kind: 'drill',
			parent: code,
			level: state.level === 'province' ? 'prefecture' : state.level
		};
	if (r.level === 'prefecture' && state.level === 'county' && state.parent !== code)
		return { kind: 'drill', parent: code, level: 'county' };
	return { kind: 'profile', code };
}
