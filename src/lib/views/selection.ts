import { BODY_LABELS } from '$lib/dataset/bodies';
import { t, type Lang } from '$lib/i18n';
import { summarySentence } from '$lib/i18n/summary';
import type { Metric } from '$lib/metrics/metrics';
import type { TrendRow } from '$lib/queries/selection';
import type { ViewState } from '$lib/url/state';

/** How the selection reads in a title or sentence: `全国 · 县级 · 政府本级`. */
export function selectionLabel(
	state: ViewState,
	names: ReadonlyMap<string, { name: string }>,
	lang: Lang
): string {
	const parent = state.parent ? names.get(state.parent)?.name : undefined;
	// Lower bodies say so in every title (their sums are never a government's); their scope
	// follows from the level.
	const last = state.body === 'government' ? t(lang, state.scope) : BODY_LABELS[state.body][lang];
	return [parent ?? t(lang, 'nation'), t(lang, state.level), last].join(' · ');
}

/** The summary sentence for a selection's trend in one year, with the change from the year before. */
export function trendSummary(
	subject: string,
	metric: Metric,
	rows: readonly TrendRow[],
	year: number,
	demo: boolean,
	lang: Lang,
	link: string
): string {
	const value = rows.find((r) => r.year === year)?.value ?? null;
	const previous = rows.find((r) => r.year === year - 1)?.value;
	return summarySentence({ subject, metric, year, value, previous, demo }, lang, link);
}

export const yearsOf = (state: Pick<ViewState, 'from' | 'to'>) =>
	Array.from({ length: state.to - state.from + 1 }, (_, i) => state.from + i);

/** Table columns for rows whose keys are already display labels (first column left-aligned). */
export const columnsOf = (rows: readonly Record<string, unknown>[]) =>
	Object.keys(rows[0] ?? {}).map((k, i) => ({
		key: k,
		label: k,
		align: i ? ('right' as const) : ('left' as const)
	}));

/** Bodies of the selected level under the drill-down parent (what a complete aggregate adds up). */
export function selectionBodies(
	state: Pick<ViewState, 'level' | 'parent'>,
	regions: readonly { level: string; parent_code: string | null; province_code: string }[]
): number {
	return regions.filter(
		(r) =>
			r.level === state.level &&
			(!state.parent ||
				(state.parent.endsWith('0000')
					? r.province_code === state.parent
					: r.parent_code === state.parent))
	).length;
}

/**
 * Whether summing the selection's reports makes a meaningful aggregate: not when, in every year,
 * the reports cover less than half of the bodies (e.g. real reports only: three bodies are not a
 * national trend). Unknown while the region list loads: then assumed meaningful.
 */
export function aggregateCoverage(
	rows: readonly { n_reports: number }[],
	state: Pick<ViewState, 'level' | 'parent'>,
	regions: readonly { level: string; parent_code: string | null; province_code: string }[]
): { meaningful: boolean; bodies: number; mostReports: number } {
	const bodies = selectionBodies(state, regions);
	const mostReports = Math.max(0, ...rows.map((r) => r.n_reports));
	const meaningful = !bodies || bodies === 1 || !rows.length || mostReports * 2 >= bodies;
	return { meaningful, bodies, mostReports };
}

/** The filters in one line, for the folded filter bar on a phone: `2022 · 省级 · 政府本级`. */
export function filterSummary(
	state: ViewState,
	years: 'year' | 'range' | 'both',
	names: ReadonlyMap<string, { name: string }>,
	selection: boolean,
	lang: Lang
): string {
	const span = `${state.from}–${state.to}`;
	return [
		years === 'range'
			? span
			: years === 'both'
				? lang === 'en'
					? `${state.year} (${span})`
					: `${state.year}（${span}）`
				: String(state.year),
		...(selection
			? [
					...(state.parent ? [names.get(state.parent)?.name ?? state.parent] : []),
					t(lang, state.level)
				]
			: []),
		t(lang, state.scope),
		...(state.realOnly ? [t(lang, 'realShort')] : []),
		...(state.consistentOnly ? [t(lang, 'consistentShort')] : [])
	].join(' · ');
}
