import { buildLineByYear } from '$lib/charts/line-by-year';
import { t, type Lang } from '$lib/i18n';
import { metric } from '$lib/metrics/metrics';
import { ruleName } from '$lib/report/rules';
import { FIRST_YEAR, LAST_YEAR } from '$lib/url/state';

export const PROFILE_METRICS = [
	't3_new_received__total',
	'disclosure_rate',
	't2_license_decisions',
	't2_penalty_decisions',
	't4_review_total'
].map((id) => metric(id)!);

/** A metric's value in one report row (rates from the row's own cells; blank parts left out). */
export function rowValue(row: Record<string, unknown>, id: string): number | null {
	const m = metric(id);
	if (!m || !m.formats.includes(row.format_version as '2019' | '2021')) return null;
	const sum = (ids: readonly string[]) => {
		const vals = ids.map((i) => row[i]).filter((v): v is number => typeof v === 'number');
		return vals.length ? vals.reduce((a, b) => a + b, 0) : null;
	};
	const num = sum(m.numerator);
	if (m.kind !== 'rate') return num;
	const den = sum(m.denominator ?? []);
	return num === null || !den ? null : num / den;
}

export interface Finding {
	report_id: string;
	year: number;
	scope: string;
	rule: string;
	outcome: string;
	level: string;
	path: string;
	message: string;
	fields: string | null;
}

type ReportRow = Record<string, unknown>;

/**
 * The year a profile opens on: the one in the link if the body reported then; otherwise the body's
 * latest real report (not the demo row of the last year), otherwise its latest report.
 */
export function profileYear(rows: readonly ReportRow[], linkYear: number | null): number | null {
	const years = rows.map((r) => r.year as number);
	if (linkYear !== null && years.includes(linkYear)) return linkYear;
	const real = rows.filter((r) => r.data_origin === 'real').map((r) => r.year as number);
	if (real.length) return Math.max(...real);
	return years.length ? Math.max(...years) : null;
}

/**
 * One body over the years: a small trend per profile metric, one line per scope and origin (a real
 * report is never joined to demo years), the reports of the shown year, and its findings by name.
 */
export function regionView(
	rows: readonly ReportRow[],
	findings: readonly Finding[],
	linkYear: number | null,
	lang: Lang
) {
	const years = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
	const scopes = [...new Set(rows.map((r) => r.scope as string))];
	const shownYear = profileYear(rows, linkYear);
	const trends = PROFILE_METRICS.map((m) => {
		const points = rows.map((r) => ({
			region_code: r.scope as string,
			region_name: '',
			year: r.year as number,
			value: rowValue(r, m.id),
			num: null,
			den: null,
			n_reports: 1,
			n_blank: 0,
			n_demo: r.data_origin === 'synthetic' ? 1 : 0,
			n_real: r.data_origin === 'real' ? 1 : 0
		}));
		return {
			metric: m,
			label: lang === 'en' ? m.en : m.zh,
			option: buildLineByYear({
				rows: points,
				metric: m,
				series: scopes.map((s) => ({ code: s, name: t(lang, s as 'organ') })),
				years,
				lang
			}),
			hasData: points.some((p) => p.value !== null)
		};
	});
	const yearRows = rows
		.filter((r) => r.year === shownYear)
		.sort((a, b) => Number(b.data_origin === 'real') - Number(a.data_origin === 'real'));
	return {
		shownYear,
		years: [...new Set(rows.map((r) => r.year as number))],
		trends,
		yearRows,
		demo: rows.some((r) => r.data_origin === 'synthetic'),
		flagged: new Set(
			findings.filter((f) => f.year === shownYear).flatMap((f) => f.path.split('/').slice(-1))
		),
		findings: findings.map((f) => ({ ...f, name: ruleName(f.rule, lang) }))
	};
}
