import { buildCoverage } from '$lib/charts/coverage';
import { PALETTE } from '$lib/charts/line-by-year';
import { buildStackedBars } from '$lib/charts/stacked';
import { formatPercent } from '$lib/format';
import { t } from '$lib/i18n';
import type { CoverageRow, FailingReportRow } from '$lib/queries/quality';
import { isHardRule, ruleName } from '$lib/report/rules';
import type { ViewState } from '$lib/url/state';
import { yearsOf } from './selection';

export const COVERAGE_BODIES = 60;

export interface QualityRows {
	coverage: readonly CoverageRow[] | null;
	byRule: readonly { rule: string; year: number; n: number }[] | null;
	byArea: readonly { area_code: string; n_reports: number; n_failing: number }[] | null;
	failing: readonly FailingReportRow[] | null;
}

/** Each failing rule of a report, named, with every finding that explains it. */
function failuresOf(f: FailingReportRow, lang: ViewState['lang']) {
	const found = (f.messages ?? '').split('\n').map((line) => line.split('\t'));
	return f.rules.split(' ').map((rule) => ({
		rule,
		name: ruleName(rule, lang),
		messages: found.filter(([r]) => r === rule).map(([, m]) => m ?? '')
	}));
}

/**
 * The quality view: the coverage grid, failures by rule, failing share per area and the list to
 * chase, all over the same selection and the same definition of failing (a hard identity fails),
 * so that they agree; rules are named, never shown as ids.
 */
export function qualityView(
	state: ViewState,
	rows: QualityRows,
	names: ReadonlyMap<string, { name: string }>,
	subject: string,
	link: string
) {
	const lang = state.lang;
	const years = yearsOf(state);
	const cov = rows.coverage ?? [];
	const byRule = rows.byRule ?? [];
	const failing = rows.failing ?? [];
	// Not known until the rows are in (the list waits for DuckDB): never shown as 0.
	const totalFailing = rows.failing ? (rows.failing[0]?.n_total ?? 0) : null;
	const known = (n: number | null) => (n === null ? '…' : String(n));
	const rules = [...new Set(byRule.map((r) => r.rule))].sort(
		(a, b) => Number(isHardRule(b)) - Number(isHardRule(a)) || a.localeCompare(b)
	);
	const ruleSeries = rules.map((rule, i) => ({
		id: rule,
		name: ruleName(rule, lang),
		color: PALETTE[i % PALETTE.length]!,
		data: years.map((y) => byRule.find((r) => r.rule === rule && r.year === y)?.n ?? 0)
	}));
	const missing = cov.filter((c) => c.status === 'missing').length;
	const missingKnown = rows.coverage ? missing : null;
	const failingCells = cov.filter((c) => c.status === 'failing').length;
	const bodies = new Set(cov.map((c) => c.code)).size;
	const areaTitle = state.parent
		? t(lang, 'failShareUnder', { parent: names.get(state.parent)?.name ?? state.parent })
		: t(lang, 'failShareProvince');
	return {
		title: `${subject} · ${t(lang, 'navQuality')} · ${state.from}–${state.to}`,
		demo: [...cov, ...failing].some((r) => r.data_origin === 'synthetic'),
		coverage: {
			title:
				lang === 'en'
					? `Coverage: bodies × years (first ${COVERAGE_BODIES} bodies by code)`
					: `覆盖情况：报告主体 × 年度（按代码前 ${COVERAGE_BODIES} 个）`,
			option: buildCoverage(cov, years, lang),
			rows: cov.map((c) => ({ code: c.code, name: c.name, year: c.year, status: c.status })),
			height: Math.max(260, bodies * 16 + 60),
			note: rows.coverage ? t(lang, 'coverageNote', { failing: failingCells, missing }) : null
		},
		rules: {
			option: buildStackedBars(years.map(String), ruleSeries, lang),
			rows: byRule.map((r) => ({
				rule: ruleName(r.rule, lang),
				rule_id: r.rule,
				year: r.year,
				reports: r.n
			})),
			columns: [
				{ key: 'rule', label: lang === 'en' ? 'Rule' : '规则' },
				{ key: 'year', label: t(lang, 'year') },
				{ key: 'reports', label: t(lang, 'reports'), align: 'right' as const }
			]
		},
		areas: {
			title: areaTitle,
			rows: (rows.byArea ?? []).map((r) => ({
				code: r.area_code,
				area: names.get(r.area_code)?.name ?? r.area_code,
				reports: r.n_reports,
				failing: r.n_failing,
				share: formatPercent(r.n_reports ? r.n_failing / r.n_reports : null)
			})),
			failing: (rows.byArea ?? []).reduce((s, r) => s + r.n_failing, 0)
		},
		list: {
			total: totalFailing,
			shown: failing.length,
			items: failing.map((f) => ({
				...f,
				failures: failuresOf(f, lang)
			}))
		},
		summary:
			lang === 'en'
				? `${subject}, ${state.from}–${state.to}: ${known(totalFailing)} reports fail an accounting identity; ${known(missingKnown)} expected reports missing (first ${COVERAGE_BODIES} bodies). Source: OGI Annual Report Explorer, ${link}`
				: `${subject}（${state.from}–${state.to}年）：${known(totalFailing)} 份报告勾稽关系不成立；前 ${COVERAGE_BODIES} 个主体中缺失 ${known(missingKnown)} 份。数据来源：政务公开年报透视，${link}`
	};
}
