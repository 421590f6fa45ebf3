import { t, type Lang } from '$lib/i18n';
import type { ViewState } from '$lib/url/state';

/** How the selection reads in a title or sentence: `全国 · 县级 · 政府本级`. */
export function selectionLabel(
	state: ViewState,
	parentName: string | undefined,
	lang: Lang
): string {
	return [parentName ?? t(lang, 'nation'), t(lang, state.level), t(lang, state.scope)].join(' · ');
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
