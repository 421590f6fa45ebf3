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
	return [parent ?? t(lang, 'nation'), t(lang, state.level), t(lang, state.scope)].join(' · ');
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

export const yearsOf = (state: ViewState) =>
	Array.from({ length: state.to - state.from + 1 }, (_, i) => state.from + i);

/** Table columns for rows whose keys are already display labels (first column left-aligned). */
export const columnsOf = (rows: readonly Record<string, unknown>[]) =>
	Object.keys(rows[0] ?? {}).map((k, i) => ({
		key: k,
		label: k,
		align: i ? ('right' as const) : ('left' as const)
	}));
