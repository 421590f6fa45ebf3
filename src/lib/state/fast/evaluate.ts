import { DERIVED_METRICS, type Metric } from '$lib/metrics/metrics';
import type { FieldId } from '$lib/report';
import { isCountyCode, scopeOf } from '$lib/queries/source';
import type { WhereOptions } from '$lib/queries/where';
import type { ViewState } from '$lib/url/state';
import type { Column, FastData } from './columns';

/**
 * The rows a query's WHERE keeps, as in `filtersToWhere`: one scope, a year or a range, real-only,
 * consistent-only, the metric's formats, and with `selection` the level and drill-down parent.
 */
export interface Filter {
	scope: string;
	from: number;
	to: number;
	realOnly: boolean;
	consistentOnly: boolean;
	formats: readonly string[] | null;
	level: string | null;
	parentColumn: 'province_code' | 'parent_code' | 'region_code' | null;
	parent: string | null;
	regions: readonly string[] | null;
}

export function filterOf(state: ViewState, o: WhereOptions = {}, regions?: string[]): Filter {
	const parent = o.selection ? state.parent : null;
	return {
		scope: scopeOf(state),
		from: o.year ?? state.from,
		to: o.year ?? state.to,
		realOnly: state.realOnly,
		consistentOnly: state.consistentOnly,
		formats: o.metric && o.metric.formats.length < 2 ? o.metric.formats : null,
		level: o.selection ? state.level : null,
		parentColumn: parent
			? parent.endsWith('0000')
				? 'province_code'
				: isCountyCode(parent)
					? 'region_code'
					: 'parent_code'
			: null,
		parent,
		regions: regions ?? null
	};
}

/**
 * Query shapes the evaluator answers, each the JS twin of one builder in `queries/`. `level`: the
 * query reads a lower level's sums (`agg_<level>`), not the government reports.
 */
export type Shape = (
	| {
			kind: 'metric';
			by: 'year' | 'region' | 'province' | 'region_year';
			metric: Metric;
			filter: Filter;
	  }
	| { kind: 'kpis'; metrics: readonly Metric[]; filter: Filter }
	| {
			kind: 'sums';
			by: 'year' | 'region';
			ids: readonly FieldId[];
			filter: Filter;
			limit: number;
			/** The summed ids whose total ranks the regions (`list_sum` of their sums). */
			rank: readonly FieldId[];
	  }
) & { level?: string };

const KEY_COLUMNS = ['region_code', 'year', 'scope', 'data_origin'];

/** Columns a shape reads (load these before `evaluate`). */
export function columnsOf(shape: Shape): string[] {
	const f = shape.filter;
	const cols = new Set(KEY_COLUMNS);
	if (f.consistentOnly) cols.add('hard_ok');
	if (f.level) cols.add('region_level');
	if (f.parentColumn) cols.add(f.parentColumn);
	const fields =
		shape.kind === 'metric'
			? metricFields(shape.metric)
			: shape.kind === 'kpis'
				? shape.metrics.flatMap(metricFields)
				: shape.ids;
	if (shape.kind === 'kpis' || f.formats) cols.add('format_version');
	if (shape.kind === 'metric' && shape.by !== 'year') cols.add('region_name');
	if (shape.kind === 'sums' && shape.by === 'region') cols.add('region_name');
	if (shape.kind === 'metric' && (shape.by === 'region' || shape.by === 'province'))
		cols.add('province_code');
	for (const id of fields) cols.add(id);
	if (shape.level) {
		cols.add('n_reports');
		const metrics =
			shape.kind === 'metric' ? [shape.metric] : shape.kind === 'kpis' ? shape.metrics : [];
		for (const m of metrics) cols.add(blankColumnOf(m));
	}
	return [...cols];
}

/**
 * The column of a lower level's sums that counts a metric's blanks (`aggregateBlank` of
 * queries/aggregates.ts): one field's count of given values, or a derived metric's blank count.
 */
function blankColumnOf(m: Metric): string {
	const fields = metricFields(m);
	if (new Set(fields).size === 1) return `n__${fields[0]}`;
	if (!DERIVED_METRICS.some((d) => d.id === m.id)) throw new Error(`no blank count for ${m.id}`);
	return `blank__${m.id}`;
}

export const metricFields = (m: Metric) => [...m.numerator, ...(m.denominator ?? [])];

/** Index of a text value in its column's dictionary (-1: no row has it). */
const code = (d: FastData, column: string, value: string) => d.dicts[column]?.indexOf(value) ?? -1;

/** Row numbers the filter keeps, in published order. */
export function matching(d: FastData, f: Filter): number[] {
	const scope = code(d, 'scope', f.scope);
	const year = d.column('year');
	const scopes = d.column('scope');
	const origin = f.realOnly ? d.column('data_origin') : null;
	const real = code(d, 'data_origin', 'real');
	const ok = f.consistentOnly ? d.column('hard_ok') : null;
	const format = f.formats ? d.column('format_version') : null;
	const formats = new Set((f.formats ?? []).map((v) => code(d, 'format_version', v)));
	const level = f.level ? d.column('region_level') : null;
	const levelCode = f.level ? code(d, 'region_level', f.level) : -1;
	const parent = f.parentColumn ? d.column(f.parentColumn) : null;
	const parentCode = f.parentColumn ? code(d, f.parentColumn, f.parent!) : -1;
	const region = f.regions ? d.column('region_code') : null;
	const regions = new Set((f.regions ?? []).map((r) => code(d, 'region_code', r)));
	const out: number[] = [];
	for (let i = 0; i < d.rows; i++) {
		const y = year[i];
		if (scopes[i] !== scope || y === null || y === undefined || y < f.from || y > f.to) continue;
		if (origin && origin[i] !== real) continue;
		if (ok && ok[i] !== 1) continue;
		if (format && !formats.has(format[i] ?? -1)) continue;
		if (level && level[i] !== levelCode) continue;
		if (parent && parent[i] !== parentCode) continue;
		if (region && !regions.has(region[i] ?? -1)) continue;
		out.push(i);
	}
	return out;
}

/** SQL `SUM`: null when every input is null, else the sum of the others, added in row order. */
class Sum {
	value: number | null = null;
	add(v: number | null | undefined) {
		if (v !== null && v !== undefined) this.value = (this.value ?? 0) + v;
	}
}

/** `fieldSum` of queries/sql.ts for one row: null when every field is null, else blanks count 0. */
function rowSum(cols: Column[], i: number): number | null {
	if (cols.length === 1) return cols[0]![i] ?? null;
	let sum: number | null = null;
	for (const c of cols) {
		const v = c[i];
		if (v !== null && v !== undefined) sum = (sum ?? 0) + v;
	}
	return sum;
}

/** Aggregates of `metricColumns` over groups of rows. */
class MetricGroup {
	num = new Sum();
	den = new Sum();
	n = 0;
	blank = 0;
	demo: number | null;
	real: number | null;
	first = -1;
	constructor(origins: Origins) {
		this.demo = this.real = origins.none;
	}
	/** `any_value` of text columns: DuckDB's is the first non-null value met in scan order. */
	name: string | null = null;
	province: string | null = null;
	row(m: Prepared, i: number, origins: Origins) {
		if (this.first < 0) this.first = i;
		const w = origins.reports(i);
		this.n += w;
		if (origins.synthetic(i)) this.demo = (this.demo ?? 0) + w;
		if (origins.real(i)) this.real = (this.real ?? 0) + w;
		this.num.add(rowSum(m.num, i));
		if (m.den) this.den.add(rowSum(m.den, i));
		this.blank += m.blank(i);
	}
	columns(m: Prepared) {
		const num = this.num.value;
		const den = m.den ? this.den.value : null;
		const value = m.rate ? (num === null || den === null || den === 0 ? null : num / den) : num;
		return {
			num,
			den,
			value,
			n_reports: this.n,
			n_blank: this.blank,
			n_demo: this.demo,
			n_real: this.real
		};
	}
}

/**
 * `ORIGIN_COUNTS` of queries/metric-sql.ts (`originCounts` of queries/source.ts for sums): which
 * rows are synthetic, which real (null: neither), and how many reports a row stands for (one, or
 * a group's `n_reports`). A count over no rows is 0 (`COUNT`), a sum of groups null (`SUM`).
 */
interface Origins {
	synthetic(i: number): boolean;
	real(i: number): boolean;
	reports(i: number): number;
	none: 0 | null;
}

function origins(d: FastData): Origins {
	const origin = d.column('data_origin');
	const synthetic = code(d, 'data_origin', 'synthetic');
	const real = code(d, 'data_origin', 'real');
	const n = d.aggregated ? d.column('n_reports') : null;
	return {
		synthetic: (i) => synthetic >= 0 && origin[i] === synthetic,
		real: (i) => real >= 0 && origin[i] === real,
		reports: n ? (i) => n[i]! : () => 1,
		none: n ? null : 0
	};
}

/** Reports in rows: each row one, or a group's count. */
const reportsIn = (o: Origins, rows: number[]) => rows.reduce((n, i) => n + o.reports(i), 0);

/** The origin counts of a group of rows, in the builders' column order. */
const originCounts = (o: Origins, rows: number[]) => {
	const count = (kept: number[]) => (kept.length ? reportsIn(o, kept) : o.none);
	return { n_demo: count(rows.filter(o.synthetic)), n_real: count(rows.filter(o.real)) };
};

interface Prepared {
	num: Column[];
	den: Column[] | null;
	rate: boolean;
	/** Reports of row `i` that left a cell of the metric blank. */
	blank(i: number): number;
}

function prepare(d: FastData, m: Metric): Prepared {
	const num = m.numerator.map((id) => d.column(id));
	const den = m.denominator ? m.denominator.map((id) => d.column(id)) : null;
	const all = [...num, ...(den ?? [])];
	let blank = (i: number): number => (all.some((c) => c[i] === null || c[i] === undefined) ? 1 : 0);
	if (d.aggregated) {
		const column = blankColumnOf(m);
		const counted = d.column(column);
		const n = d.column('n_reports');
		blank = column.startsWith('n__') ? (i) => n[i]! - counted[i]! : (i) => counted[i]!;
	}
	return { num, den, rate: m.kind === 'rate', blank };
}

/** Groups rows by a key, keeping first-seen order (the order is re-sorted by each shape). */
function groupBy<G>(rows: number[], key: (i: number) => string | number, make: () => G) {
	const groups = new Map<string | number, G>();
	for (const i of rows) {
		const k = key(i);
		let g = groups.get(k);
		if (!g) groups.set(k, (g = make()));
		(g as G & { rows?: number[] }).rows?.push(i);
	}
	return groups;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** ORDER BY value DESC NULLS LAST, then a text key. */
const descNullsLast = (a: number | null, b: number | null) =>
	a === b ? 0 : a === null ? 1 : b === null ? -1 : b - a;

/** Answers a shape from the loaded columns: the rows the matching builder's SQL gives in DuckDB. */
export function evaluate(d: FastData, shape: Shape): Record<string, unknown>[] {
	const rows = matching(d, shape.filter);
	const text = (column: string) => {
		const c = d.column(column);
		const dict = d.dicts[column]!;
		return (i: number) => (c[i] === null || c[i] === undefined ? null : dict[c[i]!]!);
	};
	const origin = origins(d);
	const year = d.column('year');
	const regionCode = text('region_code');

	if (shape.kind === 'metric') {
		const m = prepare(d, shape.metric);
		// Numeric keys: dictionary indexes (dictionaries are sorted, so they order as the text does).
		const codes = shape.by === 'province' ? d.column('province_code') : d.column('region_code');
		const dict = d.dicts[shape.by === 'province' ? 'province_code' : 'region_code']!;
		const keyOf = {
			year: (i: number) => year[i]!,
			region: (i: number) => codes[i]!,
			province: (i: number) => codes[i]!,
			region_year: (i: number) => codes[i]! * 10000 + year[i]!
		}[shape.by];
		const groups = new Map<number, MetricGroup>();
		const name = shape.by === 'year' ? null : text('region_name');
		const province = shape.by === 'region' ? text('province_code') : null;
		for (const i of rows) {
			const k = keyOf(i);
			let g = groups.get(k);
			if (!g) groups.set(k, (g = new MetricGroup(origin)));
			g.row(m, i, origin);
			if (name && g.name === null) g.name = name(i);
			if (province && g.province === null) g.province = province(i);
		}
		const out = [...groups.entries()].map(([k, g]): Record<string, unknown> => {
			if (shape.by === 'year') return { year: k, ...g.columns(m) };
			if (shape.by === 'province') return { province_code: dict[k], ...g.columns(m) };
			if (shape.by === 'region')
				return {
					region_code: dict[k],
					region_name: g.name,
					province_code: g.province,
					...g.columns(m)
				};
			return {
				region_code: regionCode(g.first),
				region_name: g.name,
				year: year[g.first],
				...g.columns(m)
			};
		});
		if (shape.by === 'year') out.sort((a, b) => (a.year as number) - (b.year as number));
		else if (shape.by === 'province')
			out.sort((a, b) => byText(a.province_code as string, b.province_code as string));
		else if (shape.by === 'region')
			out.sort(
				(a, b) =>
					descNullsLast(a.value as number | null, b.value as number | null) ||
					byText(a.region_code as string, b.region_code as string)
			);
		else
			out.sort(
				(a, b) =>
					byText(a.region_code as string, b.region_code as string) ||
					(a.year as number) - (b.year as number)
			);
		return out;
	}

	if (shape.kind === 'kpis') {
		const format = d.column('format_version');
		const metrics = shape.metrics.map((m) => ({
			p: prepare(d, m),
			only:
				m.formats.length < 2 ? new Set(m.formats.map((f) => code(d, 'format_version', f))) : null
		}));
		const groups = groupBy(
			rows,
			(i) => year[i]!,
			() => ({ rows: [] as number[] })
		);
		return [...groups.entries()]
			.sort(([a], [b]) => (a as number) - (b as number))
			.map(([y, g]) => {
				const out: Record<string, unknown> = {
					year: y,
					n_reports: reportsIn(origin, g.rows),
					...originCounts(origin, g.rows)
				};
				metrics.forEach(({ p, only }, k) => {
					const num = new Sum();
					const den = new Sum();
					let blank = 0;
					for (const i of g.rows) {
						if (only && !only.has(format[i] ?? -1)) continue;
						num.add(rowSum(p.num, i));
						if (p.den) den.add(rowSum(p.den, i));
						blank += p.blank(i);
					}
					out[`m${k}_num`] = num.value;
					out[`m${k}_den`] = p.den ? den.value : null;
					out[`m${k}_blank`] = blank;
				});
				return out;
			});
	}

	// `sums`: outcome, applicant and review tables, over years or across the largest regions.
	const cols = shape.ids.map((id) => d.column(id));
	const key = shape.by === 'year' ? (i: number) => year[i]! : (i: number) => regionCode(i)!;
	const groups = groupBy(rows, key, () => ({ rows: [] as number[] }));
	const name = shape.by === 'region' ? text('region_name') : null;
	const out = [...groups.entries()].map(([k, g]) => {
		const head: Record<string, unknown> =
			shape.by === 'year'
				? { year: k }
				: {
						region_code: k,
						region_name: g.rows.map((i) => name!(i)).find((v) => v !== null) ?? null
					};
		head.n_reports = reportsIn(origin, g.rows);
		Object.assign(head, originCounts(origin, g.rows));
		// `COUNT(*) OVER ()`: every group, before the LIMIT of the by-region tables.
		head.n_groups = groups.size;
		shape.ids.forEach((id, c) => {
			const s = new Sum();
			for (const i of g.rows) s.add(cols[c]![i]);
			head[id] = s.value;
		});
		return head;
	});
	if (shape.by === 'year') return out.sort((a, b) => (a.year as number) - (b.year as number));
	// `list_sum` of the rank fields' sums: blanks skipped, blank only when all of them are.
	const rankOf = (r: Record<string, unknown>) =>
		shape.rank.reduce<number | null>((s, id) => {
			const v = r[id] as number | null;
			return v === null ? s : (s ?? 0) + v;
		}, null);
	return out
		.sort(
			(a, b) =>
				descNullsLast(rankOf(a), rankOf(b)) ||
				byText(a.region_code as string, b.region_code as string)
		)
		.slice(0, shape.limit);
}
