import { ruleName } from '$lib/report/rules';
import { T3_COLUMN_ZH } from '$lib/report';
import type { CheckedBody, CorrectionRow } from '$lib/queries/corrections';
import { tc } from '$lib/i18n/checks';
import { NUMERALS, SECTION_TITLES, type SectionNo } from '$lib/checks/sections';
import type { Lang } from '$lib/i18n';

export type CorrectionKind = 'report' | 'extraction' | 'missing';

export interface Correction {
	region_code: string;
	body: string;
	report_id: string | null;
	data_origin: string | null;
	rule: string;
	ruleLabel: string;
	/** Where, in plain Chinese: 「表三 · 自然人列 · （七）总计」. */
	location: string;
	/** The numbers compared, as found. */
	numbers: string;
	difference: number | null;
	kind: CorrectionKind;
	level: string;
	message: string;
	/** App path of the body's profile at that year. */
	profile: string;
	/** Copied text: the section and the report it repeats. */
	section: number | null;
	other_report_id: string | null;
}

export interface Count {
	key: string;
	label: string;
	n: number;
	/** By body: the data origins of its reports (real, synthetic…), empty when it has none. */
	origins?: string;
}

export interface CorrectionsView {
	items: Correction[];
	byRule: Count[];
	/** Every body checked, findings or not (most findings first). */
	byBody: Count[];
	bodies: number;
	/** Whether any checked report is a synthetic demo row. */
	demo: boolean;
	summary: string;
}

const COLUMNS = new Set(Object.values(T3_COLUMN_ZH));
/** The cell an identity's total sits in, named as the form prints it. */
const TARGET_ROW: Partial<Record<string, string>> = {
	't3.outcome_sum': '（七）总计',
	't3.other_sum': '（六）其他处理',
	't3.balance': '一 + 二 = 三 + 四',
	't3.row_total': '总计列',
	'cross.carry': '二、上年结转'
};

/** 「表三/自然人」 → 「表三 · 自然人列 · （七）总计」. */
export function locate(rule: string, path: string | null): string {
	const parts = (path ?? '').split('/').filter(Boolean);
	const named = parts.map((p, i) =>
		i === 0 ? p : COLUMNS.has(p) ? `${p}列` : rule === 't3.row_total' ? `${p}行` : p
	);
	const target = TARGET_ROW[rule];
	if (target && parts[0]?.startsWith('表') && !named.includes(target)) named.push(target);
	return named.join(' · ') || '—';
}

const sumOf = (side: string): number | null => {
	const total = /各项之和\s*(-?[\d.]+)/.exec(side);
	if (total) return Number(total[1]);
	const terms = side.split('+').map((t) => t.trim());
	if (!terms.every((t) => t === '空' || /^-?[\d.]+$/.test(t))) return null;
	return terms.reduce((s, t) => s + (t === '空' ? 0 : Number(t)), 0);
};

const round = (x: number) => Math.round(x * 100) / 100;

/** The numbers a finding compares and their difference, read from its message and row. */
export function numbersOf(row: CorrectionRow): { numbers: string; difference: number | null } {
	if (row.rule === 'time.late')
		return {
			numbers: `期限 ${row.due_on}，公开 ${row.published_on}`,
			difference: row.days_late
		};
	if (row.rule === 'time.missing') return { numbers: `期限 ${row.due_on}`, difference: null };
	if (row.rule.startsWith('copy.') && row.share !== null)
		return {
			numbers: `${Math.round(row.share * 100)}% 相同（${row.other_report_id}）`,
			difference: null
		};
	const identity = /实际 (.+?) ≠ (.+?)（/.exec(row.message);
	if (identity) {
		const l = sumOf(identity[1]!);
		const r = sumOf(identity[2]!);
		return {
			numbers: `${identity[1]} ≠ ${identity[2]}`,
			difference: l !== null && r !== null ? round(l - r) : null
		};
	}
	const text = /（(-?[\d.]+)），与表格不一致：表中为 (-?[\d.]+)/.exec(row.message);
	if (text)
		return {
			numbers: `正文 ${text[1]}，表中 ${text[2]}`,
			difference: round(Number(text[1]) - Number(text[2]))
		};
	return { numbers: '', difference: null };
}

/** Whether the finding may come from reading the report rather than from the report itself. */
export function kindOf(row: CorrectionRow): CorrectionKind {
	if (row.rule === 'time.missing') return 'missing';
	if (row.rule.startsWith('parse.')) return 'extraction';
	if (row.data_origin === 'synthetic' || !row.data_origin) return 'report';
	const states = row.cell_states ? (JSON.parse(row.cell_states) as Record<string, string>) : {};
	const missingCell = (row.fields ?? '').split(' ').some((f) => states[f] === 'missing');
	return row.extraction_findings > 0 || missingCell ? 'extraction' : 'report';
}

const countBy = (
	items: Correction[],
	key: (c: Correction) => string,
	label: (c: Correction) => string
): Count[] => {
	const out = new Map<string, Count>();
	for (const c of items) {
		const k = key(c);
		const e = out.get(k) ?? { key: k, label: label(c), n: 0 };
		e.n++;
		out.set(k, e);
	}
	return [...out.values()].sort((a, b) => b.n - a.n || a.key.localeCompare(b.key));
};

const sectionName = (no: number) =>
	`第${NUMERALS[no as SectionNo] ?? no}部分「${SECTION_TITLES[no as SectionNo] ?? ''}」`;

const locationOf = (row: CorrectionRow): string =>
	row.rule.startsWith('time.')
		? '公开时间'
		: row.section
			? sectionName(row.section)
			: locate(row.rule, row.path);

const messageOf = (row: CorrectionRow): string => {
	if (row.rule === 'time.late')
		return `应于 ${row.due_on} 前公开，${row.published_basis === 'pdf_created' ? '文件生成于' : '实际公开于'} ${row.published_on}，逾期 ${row.days_late} 天`;
	if (row.rule === 'time.missing') return `期限 ${row.due_on} 已过，未见年度报告`;
	if (row.rule.startsWith('copy.') && row.share !== null)
		return `${sectionName(row.section ?? 0)} ${Math.round(row.share * 100)}% 的文字与${row.rule === 'copy.peer' ? '同年另一机关' : '上一年度'}报告（${row.other_report_id}）相同`;
	return row.message;
};

/** The correction list of a region and year: one entry per finding, with counts by rule and by body. */
export function buildCorrections(
	rows: readonly CorrectionRow[],
	checked: readonly CheckedBody[],
	region: string,
	year: number,
	lang: Lang
): CorrectionsView {
	const items: Correction[] = rows.map((row) => ({
		region_code: row.region_code,
		body: row.organ_name ?? row.region_name,
		report_id: row.report_id,
		data_origin: row.data_origin,
		rule: row.rule,
		ruleLabel: ruleName(row.rule, lang),
		location: locationOf(row),
		...numbersOf(row),
		kind: kindOf(row),
		level: row.level,
		message: messageOf(row),
		profile: `/region?r=${row.region_code}&y=${year}`,
		section: row.section,
		other_report_id: row.other_report_id
	}));
	const byRule = countBy(
		items,
		(c) => c.rule,
		(c) => c.ruleLabel
	);
	const found = new Map(
		countBy(
			items,
			(c) => c.region_code,
			(c) => c.body
		).map((c) => [c.key, c])
	);
	const byBody: Count[] = [
		...found.values(),
		...checked.filter((b) => !found.has(b.code)).map((b) => ({ key: b.code, label: b.name, n: 0 }))
	].map((c) => ({ ...c, origins: checked.find((b) => b.code === c.key)?.origins ?? '' }));
	const withFindings = found.size;
	const summary =
		lang === 'en'
			? `${region} ${year}: ${items.length} findings for ${withFindings} of ${byBody.length} bodies`
			: `${region} ${year} 年：检查 ${byBody.length} 个报告主体，${withFindings} 个共 ${items.length} 个问题`;
	return {
		items,
		byRule,
		byBody,
		bodies: byBody.length,
		demo:
			checked.some((b) => b.origins.includes('synthetic')) ||
			items.some((c) => c.data_origin === 'synthetic'),
		summary
	};
}

/** The list as spreadsheet rows (CSV and XLSX): Chinese headers, the same columns in both. */
export function correctionSheet(
	items: readonly Correction[],
	lang: Lang
): Record<string, string | number | null>[] {
	const kind = (k: CorrectionKind) =>
		tc(lang, k === 'report' ? 'kindReport' : k === 'extraction' ? 'kindExtraction' : 'kindMissing');
	return items.map((c) => ({
		[tc(lang, 'body')]: c.body,
		[lang === 'en' ? 'Region code' : '区划代码']: c.region_code,
		[lang === 'en' ? 'Report id' : '报告编号']: c.report_id,
		[lang === 'en' ? 'Data origin' : '数据类型']:
			c.data_origin === 'synthetic' ? tc(lang, 'demoRow') : (c.data_origin ?? ''),
		[tc(lang, 'rule')]: c.ruleLabel,
		[lang === 'en' ? 'Rule id' : '规则编号']: c.rule,
		[tc(lang, 'location')]: c.location,
		[tc(lang, 'numbers')]: c.numbers,
		[tc(lang, 'difference')]: c.difference,
		[tc(lang, 'judgement')]: kind(c.kind),
		[tc(lang, 'message')]: c.message
	}));
}

/** A spreadsheet cell never starts a formula (=, +, -, @): such text gets a leading apostrophe. */
export const safeCell = (v: string | number | null): string | number | null =>
	typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;

/** Sheet rows with every text cell made formula-safe (CSV opened in Excel). */
export const safeSheet = (rows: readonly Record<string, string | number | null>[]) =>
	rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, safeCell(v)])));
