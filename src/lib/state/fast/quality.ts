import { areaColumn, coverage, failuresByArea, failuresByRule } from '$lib/queries/quality';
import type { Query } from '$lib/queries/sql';
import type { RegionRow } from '$lib/queries/regions';
import type { ViewState } from '$lib/url/state';
import type { Column, FastData } from './columns';
import { filterOf, matching, type Filter } from './evaluate';

/** The column `failuresByArea` groups on (provinces, or one level below the drill-down parent). */
type AreaColumn = 'province_code' | 'parent_code' | 'region_code';

/** Data-quality shapes: the coverage grid, failures by area and by rule. */
export type QualityShape =
	| { kind: 'coverage'; state: ViewState; limit: number; filter: Filter }
	| { kind: 'failArea'; area: AreaColumn; filter: Filter }
	| { kind: 'failRule'; filter: Filter };

/** Which quality query `q` is for this state (same SQL and parameters as the builder's), if any. */
export function qualityShape(q: Query, state: ViewState): QualityShape | null {
	const same = (c: Query) =>
		c.sql === q.sql &&
		c.params.length === q.params.length &&
		c.params.every((v, i) => v === q.params[i]);
	const limit = Number(/LIMIT (\d+)\)/.exec(q.sql)?.[1]);
	if (limit && same(coverage(state, limit)))
		return { kind: 'coverage', state, limit, filter: filterOf(state) };
	if (same(failuresByArea(state)))
		return {
			kind: 'failArea',
			area: areaColumn(state) as AreaColumn,
			filter: filterOf(state, { selection: true })
		};
	if (same(failuresByRule(state)))
		return { kind: 'failRule', filter: filterOf(state, { selection: true }) };
	return null;
}

export const qualityColumns = (s: QualityShape) =>
	s.kind === 'coverage'
		? ['region_code', 'year', 'scope', 'data_origin', 'hard_ok']
		: [
				...new Set([
					...(s.kind === 'failArea' ? [s.area] : []),
					...['region_level', 'year', 'scope', 'data_origin', 'hard_ok'],
					...['province_code', 'parent_code']
				])
			];

/** Failing validation rows: [row of the report in published order, rule]. */
export type Failures = [number, string][];

export function evaluateQuality(
	d: FastData,
	s: QualityShape,
	regions: readonly RegionRow[],
	failures: Failures
): Record<string, unknown>[] {
	const rows = matching(d, s.filter);
	const year = d.column('year');
	const text = (c: string) => {
		const col: Column = d.column(c);
		return (i: number) => (col[i] === null ? null : d.dicts[c]![col[i]!]!);
	};
	const ok = d.column('hard_ok');
	if (s.kind === 'failArea') {
		const area = text(s.area);
		const groups = new Map<string | null, { n_reports: number; n_failing: number }>();
		for (const i of rows) {
			const k = area(i);
			const g = groups.get(k) ?? { n_reports: 0, n_failing: 0 };
			g.n_reports++;
			// `NOT hard_ok` is true only for false (null is neither failing nor passing).
			if (ok[i] === 0) g.n_failing++;
			groups.set(k, g);
		}
		// ORDER BY the area, nulls last (DuckDB's default).
		return [...groups.entries()]
			.sort(([a], [b]) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1))
			.map(([area_code, g]) => ({ area_code, ...g }));
	}
	if (s.kind === 'failRule') {
		const kept = new Set(rows);
		const groups = new Map<string, Set<number>>();
		for (const [i, rule] of failures) {
			if (!kept.has(i)) continue;
			const k = `${rule}\u0000${year[i]}`;
			groups.set(k, (groups.get(k) ?? new Set()).add(i));
		}
		return [...groups.entries()]
			.map(([k, reports]) => {
				const [rule, y] = k.split('\u0000');
				return { rule, year: Number(y), n: reports.size };
			})
			.sort((a, b) => (a.rule! < b.rule! ? -1 : a.rule! > b.rule! ? 1 : a.year - b.year));
	}
	const st = s.state;
	const bodies = regions
		.filter(
			(g) =>
				g.level === st.level &&
				(!st.parent || (st.parent.endsWith('0000') ? g.province_code : g.parent_code) === st.parent)
		)
		.slice(0, s.limit);
	const code = text('region_code');
	const origin = text('data_origin');
	const reports = new Map<string, { ok: boolean | null; origin: string | null }>();
	for (const i of rows) {
		const k = `${code(i)}|${year[i]}`;
		const r = reports.get(k) ?? { ok: null, origin: null };
		// bool_and ignores nulls; any_value is the first non-null value in scan order.
		if (ok[i] !== null) r.ok = (r.ok ?? true) && ok[i] === 1;
		r.origin ??= origin(i);
		reports.set(k, r);
	}
	return bodies.flatMap((b) =>
		Array.from({ length: st.to - st.from + 1 }, (_, j) => {
			const r = reports.get(`${b.code}|${st.from + j}`);
			return {
				code: b.code,
				name: b.name,
				year: st.from + j,
				status: !r ? 'missing' : r.ok ? 'ok' : 'failing',
				data_origin: r?.origin ?? null
			};
		})
	);
}
