import { DERIVED_METRICS, metric, type Metric } from '$lib/metrics/metrics';
import { FIELD_IDS, type FieldId } from '$lib/report';
import { byYear } from '$lib/queries/by-year';
import { kpis } from '$lib/queries/kpis';
import { applicants, lawsuits, LAWSUIT_TOTALS, outcomes, reviews } from '$lib/queries/outcomes';
import { byProvince, byRegion, trend } from '$lib/queries/selection';
import type { Query } from '$lib/queries/sql';
import { FIRST_YEAR, LAST_YEAR, type ViewState } from '$lib/url/state';
import { KPI_METRICS } from '$lib/views/overview';
import { filterOf, type Shape } from './evaluate';

const ALL_METRICS: readonly Metric[] = [...DERIVED_METRICS, ...FIELD_IDS.map((id) => metric(id)!)];
const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);

/**
 * Field ids a SQL text names (builders quote every schema identifier they use), not the counts
 * of values and blanks a lower level's sums carry beside them (`n__<field>`, `blank__<metric>`).
 */
const quoted = (sql: string) =>
	new Set(
		[...sql.matchAll(/"([a-z0-9_]+)"/g)].map((m) => m[1]!).filter((f) => !/^(n|blank)__/.test(f))
	);

/**
 * Which shape a query is, found by asking the builders themselves: every builder the evaluator
 * mirrors is run for the view's state (and each metric over exactly the fields the SQL names), and
 * a query matches when SQL text and parameters are identical. A query no builder gives for this
 * state (a custom one, a state the page derived differently) matches nothing and goes to DuckDB.
 */
export function shapeOf(q: Query, state: ViewState): Shape | null {
	// The fast files hold the government reports and the lower levels' sums by region × year ×
	// scope; the bodies of one county (a province partition) go to DuckDB.
	const level = levelRead(q.sql);
	if (level === null) return null;
	const fields = quoted(q.sql);
	const metrics = ALL_METRICS.filter((m) => {
		const own = new Set([...m.numerator, ...(m.denominator ?? [])]);
		return own.size === fields.size && [...own].every((f) => fields.has(f));
	});
	// A year-specific builder can only match with its year among the parameters.
	const years = YEARS.filter((y) => q.params.includes(y));
	for (const [candidate, shape] of candidates(state, metrics, years))
		if (candidate.sql === q.sql && sameParams(candidate.params, q.params))
			return level ? { ...shape(), level } : shape();
	return null;
}

/**
 * The table a query reads: `reports` (governments: undefined), a lower level's sums
 * (`agg_<level>`: the level), or any other table (null: not in the fast files).
 */
function levelRead(sql: string): string | undefined | null {
	const table = /\bFROM\s+([a-z0-9_]+)/.exec(sql)?.[1];
	if (table === 'reports') return undefined;
	return /^agg_([a-z]+)$/.exec(table ?? '')?.[1] ?? null;
}

const sameParams = (a: unknown[], b: unknown[]) =>
	a.length === b.length && a.every((v, i) => v === b[i]);

function* candidates(
	state: ViewState,
	metrics: readonly Metric[],
	years: readonly number[]
): Generator<[Query, () => Shape]> {
	for (const m of metrics) {
		yield [
			trend(state, m),
			() => ({
				kind: 'metric',
				by: 'year',
				metric: m,
				filter: filterOf(state, { metric: m, selection: true })
			})
		];
		yield [
			byYear(state, m),
			() => ({
				kind: 'metric',
				by: 'region_year',
				metric: m,
				filter: filterOf(state, { metric: m }, state.regions.length ? state.regions : [''])
			})
		];
		for (const year of years) {
			yield [
				byRegion(state, m, year),
				() => ({
					kind: 'metric',
					by: 'region',
					metric: m,
					filter: filterOf(state, { metric: m, year, selection: true })
				})
			];
			yield [
				byProvince(state, m, year),
				() => ({
					kind: 'metric',
					by: 'province',
					metric: m,
					filter: filterOf({ ...state, parent: null }, { metric: m, year, selection: true })
				})
			];
		}
	}
	for (const year of years)
		yield [
			kpis(state, KPI_METRICS, year),
			() => ({
				kind: 'kpis',
				metrics: KPI_METRICS,
				filter: filterOf({ ...state, from: year - 1, to: year }, { selection: true })
			})
		];
	for (const by of ['year', 'region'] as const) {
		const year = by === 'region' ? state.year : undefined;
		const filter = () => filterOf(state, { selection: true, ...(year ? { year } : {}) });
		const queries: [Query, readonly FieldId[] | null][] = [
			[outcomes(state, by), null],
			[reviews(state, by), null]
		];
		if (by === 'year') queries.push([applicants(state), null]);
		else queries.push([lawsuits(state, by), LAWSUIT_TOTALS]);
		for (const [q, rank] of queries)
			yield [
				q,
				() => {
					const ids = summed(q);
					return {
						kind: 'sums',
						by,
						ids,
						filter: filter(),
						limit: 20,
						rank: rank ?? ids.slice(-1)
					};
				}
			];
	}
}

/** The summed field ids of a `grouped` query, in its column order (`SUM("id")::DOUBLE AS id`). */
const summed = (q: Query) =>
	[...q.sql.matchAll(/SUM\("([a-z0-9_]+)"\)::DOUBLE AS \1\b/g)].map((m) => m[1]! as FieldId);
