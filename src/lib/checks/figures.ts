import type { FieldId, Issue, Report } from '$lib/report';

interface Claim {
	pattern: RegExp;
	label: string;
	/** Table cells whose sum the stated number must equal. */
	fields: readonly FieldId[];
	/** Words the sentence must also hold, so that e.g. 答复人大建议30件 is not read as requests. */
	context?: RegExp;
}

const N = '(\\d[\\d,]*)';
/**
 * Figures the narrative states beside the ones the parser already checks (收到申请N件, 行政复议N件),
 * each with the cells that hold it. Phrases follow the reports' usual wording; a stated figure that
 * matches none of these is not read.
 */
export const CLAIMS: readonly Claim[] = [
	{
		pattern: new RegExp(`(?:答复|办结)(?:申请)?${N}件`),
		label: '办理结果总计',
		fields: ['t3_res_total__total'],
		context: /政府信息公开申请|依申请/
	},
	{
		pattern: new RegExp(
			`(?:结转|顺延)(?:到|至)?下(?:一)?年度(?:办理|答复|继续办理)?${N}件|${N}件(?:申请)?(?:结转|顺延)(?:到|至)?下(?:一)?年度`
		),
		label: '结转下年度',
		fields: ['t3_carried_forward__total'],
		context: /申请/
	},
	{
		pattern: new RegExp(`上(?:一)?年度?结转(?:的)?(?:申请)?${N}件`),
		label: '上年结转',
		fields: ['t3_carried_over_in__total']
	},
	{
		pattern: new RegExp(`予以公开${N}件`),
		label: '予以公开',
		fields: ['t3_res_disclosed__total'],
		context: /申请/
	},
	{
		pattern: new RegExp(`(?:政府信息公开)?行政诉讼(?:案件)?${N}(?:件|起)`),
		label: '行政诉讼',
		fields: ['t4_lit_direct_total', 't4_lit_after_review_total']
	},
	{
		pattern: new RegExp(`(?:新增|制发|出台)(?:公开)?(?:[^，。；\\d]{0,6})?规章${N}件`),
		label: '本年制发规章',
		fields: ['t2_rule_issued']
	}
];

const squash = (s: string) =>
	s
		.normalize('NFKC')
		.replace(/[\s\u3000]+/g, '')
		.replace(/(\d),(?=\d{3})/g, '$1');

/**
 * text.table, further phrases: a figure stated in the narrative that differs from the table. A claim
 * whose cells are not all numbers is not checked (a blank cell is not a 0 here).
 */
export function checkFigures(narrative: string, report: Report): Issue[] {
	const text = squash(narrative);
	const issues: Issue[] = [];
	for (const claim of CLAIMS) {
		const m = claim.pattern.exec(text);
		if (!m) continue;
		const from = text.lastIndexOf('。', m.index) + 1;
		const to = text.indexOf('。', m.index);
		if (claim.context && !claim.context.test(text.slice(from, to < 0 ? undefined : to))) continue;
		const raw = m.slice(1).find((g) => g !== undefined) ?? '';
		const stated = Number(raw);
		const cells = claim.fields.map((id) => report.values[id]);
		if (cells.some((v) => typeof v !== 'number')) continue;
		const table = (cells as number[]).reduce((s, v) => s + v, 0);
		if (stated === table) continue;
		issues.push({
			rule: 'text.table',
			level: 'warning',
			path: `正文/${claim.label}`,
			message: `正文称「${m[0].slice(0, 40)}」（${stated}），与表格不一致：表中为 ${table}${claim.fields.length > 1 ? `（${claim.fields.length} 项之和）` : ''}`,
			fields: [...claim.fields]
		});
	}
	return issues;
}
