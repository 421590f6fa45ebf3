import { field, t3, T3_APPLICANT_COLUMNS, T3_COLUMN_ZH, T3_ROWS, type FieldId } from '$lib/report';
import type { StackSeries } from '$lib/charts/stacked';
import { OUTCOME_ROWS, T4_FIELDS } from '$lib/queries/outcomes';
import type { Lang } from '$lib/i18n';
import type { ViewState } from '$lib/url/state';

const FAMILY_COLORS: Record<string, readonly string[]> = {
	disclosed: ['#047857'],
	partial: ['#34d399'],
	withheld: [
		'#9a3412',
		'#c2410c',
		'#ea580c',
		'#f97316',
		'#fb923c',
		'#fdba74',
		'#fed7aa',
		'#ffedd5'
	],
	unable: ['#5b21b6', '#8b5cf6', '#c4b5fd'],
	rejected: ['#1e3a8a', '#1d4ed8', '#3b82f6', '#93c5fd', '#dbeafe'],
	other: ['#94a3b8']
};

const zhOf = Object.fromEntries(T3_ROWS.map((r) => [r.key, r.zh])) as Record<string, string>;
const enOf = (id: FieldId) => field(id).en.replace(/ — Total$/, '');

/** Stacked series for the outcome rows, coloured by family (disclosed … other). */
export function outcomeSeries(rows: readonly Record<string, unknown>[], lang: Lang): StackSeries[] {
	const used: Record<string, number> = {};
	return OUTCOME_ROWS.map((row) => {
		const group = T3_ROWS.find((r) => r.key === row);
		const family = group && 'group' in group ? group.group : 'other';
		const i = (used[family] = (used[family] ?? -1) + 1);
		const id = t3(row, 'total');
		return {
			id,
			name: lang === 'en' ? enOf(id) : (zhOf[row] ?? row),
			color: FAMILY_COLORS[family]?.[i] ?? '#64748b',
			data: rows.map((r) => (typeof r[id] === 'number' ? (r[id] as number) : null))
		};
	});
}

const APPLICANT_COLORS = ['#b91c1c', '#1d4ed8', '#047857', '#b45309', '#7c3aed', '#64748b'];

export function applicantSeries(
	rows: readonly Record<string, unknown>[],
	lang: Lang
): StackSeries[] {
	return T3_APPLICANT_COLUMNS.map((col, i) => {
		const id = t3('new_received', col);
		return {
			id,
			name:
				lang === 'en' ? field(id).en.replace(/^New requests received — /, '') : T3_COLUMN_ZH[col],
			color: APPLICANT_COLORS[i]!,
			data: rows.map((r) => (typeof r[id] === 'number' ? (r[id] as number) : null))
		};
	});
}

const T4_COLORS = {
	upheld: '#1d4ed8',
	corrected: '#b91c1c',
	other: '#94a3b8',
	pending: '#f59e0b'
} as const;

/** Review or litigation outcomes (upheld, corrected, other, pending) for one case group. */
export function reviewSeries(
	rows: readonly Record<string, unknown>[],
	groups: readonly ('review' | 'lit_direct' | 'lit_after_review')[],
	lang: Lang
): StackSeries[] {
	return (['upheld', 'corrected', 'other', 'pending'] as const).map((result) => {
		const ids = groups
			.map((g) => `t4_${g}_${result}` as FieldId)
			.filter((id) => T4_FIELDS.includes(id));
		return {
			id: result,
			name:
				lang === 'en'
					? result
					: { upheld: '结果维持', corrected: '结果纠正', other: '其他结果', pending: '尚未审结' }[
							result
						],
			color: T4_COLORS[result],
			data: rows.map((r) => {
				const vals = ids.map((id) => r[id]).filter((v): v is number => typeof v === 'number');
				return vals.length ? vals.reduce((a, b) => a + b, 0) : null;
			})
		};
	});
}

/** The stacked numbers as flat rows for CSV and the accessible table. */
export function stackRows(
	categories: readonly string[],
	series: readonly StackSeries[],
	categoryLabel: string
) {
	return categories.map((c, i) => ({
		[categoryLabel]: c,
		...Object.fromEntries(series.map((s) => [s.name, s.data[i] ?? null]))
	}));
}

/**
 * A chart title that says which years it covers and, across regions, that only the largest are
 * shown: `办理结果构成 · 2025 · 最大的 20 个地区（共 95 个）` (the by-region mode uses the year,
 * the charts over years the range).
 */
export function groupedTitle(
	base: string,
	state: Pick<ViewState, 'year' | 'from' | 'to'>,
	by: 'year' | 'region',
	shown: number,
	total: number,
	lang: Lang
): string {
	if (by === 'year') return `${base} · ${state.from}–${state.to}`;
	const cut =
		total > shown
			? lang === 'en'
				? ` · largest ${shown} of ${total} regions`
				: ` · 最大的 ${shown} 个地区（共 ${total} 个）`
			: '';
	return `${base} · ${state.year}${cut}`;
}
