import type { FieldId, FormatVersion, T3Row } from '$lib/report';

/** Matched against a label normalised by `normaliseLabel`: a substring, or a pattern. */
export type Alias = string | RegExp;

/** Removes whitespace and quotes, unifies brackets and enumerator punctuation (`1、` → `1.`). */
export function normaliseLabel(s: string): string {
	return s
		.replace(/[\s\u3000“”"'‘’]/g, '')
		.replace(/[（]/g, '(')
		.replace(/[）]/g, ')')
		.replace(/[、．。]/g, '.');
}

export const SECTION_ALIASES = {
	t2: [/主动公开政府信息(的)?情况/],
	t3: [/收到和处理政府信息公开申请(的)?情况/, /政府信息公开申请(的)?(办理)?情况$/],
	t4: [/政府信息公开行政复议.?行政诉讼(的)?情况/, /^[四4]\.?.{0,6}行政复议.?行政诉讼/],
	end: [/^[五5]\.存在的主要问题/, /存在的主要问题及改进情况/, /^[六6]\.其他需要报告的事项/]
} as const;

/**
 * Table-3 row labels. Several aliases per row so that labels truncated or wrapped by PDF
 * extraction (e.g. `其他法律行政止公开`) still match; the row order breaks remaining ties.
 */
export const T3_ALIASES: Record<T3Row, readonly Alias[]> = {
	new_received: ['本年新收', '新收政府信息公开申请'],
	carried_over_in: ['上年结转'],
	res_disclosed: ['予以公开'],
	res_partial: ['部分公开'],
	res_withheld_state_secret: ['国家秘密'],
	res_withheld_law_prohibited: ['法律行政法规禁止', '其他法律行政', '法规禁止公开', '行政止公开'],
	res_withheld_security_stability: ['三安全一稳定', '危及'],
	res_withheld_third_party: ['第三方合法权益', '保护第三方'],
	res_withheld_internal_affairs: ['内部事务'],
	res_withheld_process_info: ['过程性信息'],
	res_withheld_enforcement_file: ['执法案卷'],
	res_withheld_admin_query: ['行政查询'],
	res_unable_not_held: ['不掌握'],
	res_unable_need_creation: ['另行制作', '没有现成信息'],
	res_unable_unclear: ['仍不明确', '补正后申请内容'],
	res_rejected_petition: ['信访举报投诉', '信访'],
	res_rejected_repeat: ['重复申请'],
	res_rejected_publication: ['公开出版物'],
	res_rejected_mass_repeat: ['大量反复', '无正当理由大量'],
	res_rejected_confirm: [
		'确认或重新出具',
		'重新出具',
		'已获取信息',
		'要求行政机关确认',
		'确认或重新'
	],
	res_other_no_correction: ['逾期不补正', '不补正'],
	res_other_fee_unpaid: ['缴纳费用', '收费通知'],
	res_other_misc: [/(^|[\d.)])其他$/],
	res_other_total: ['其他处理'],
	res_total: ['(七)总计', /(^|\))总计$/],
	carried_forward: ['结转下年度', '下年度继续办理']
};

export interface T2Row {
	key: string;
	aliases: readonly Alias[];
	fields: readonly FieldId[];
}

export const T2_ROWS: Record<FormatVersion, readonly T2Row[]> = {
	'2021': [
		{
			key: 'rule',
			aliases: ['规章'],
			fields: ['t2_rule_issued', 't2_rule_repealed', 't2_rule_in_force']
		},
		{
			key: 'normdoc',
			aliases: ['规范性文件'],
			fields: ['t2_normdoc_issued', 't2_normdoc_repealed', 't2_normdoc_in_force']
		},
		{ key: 'license', aliases: ['行政许可'], fields: ['t2_license_decisions'] },
		{ key: 'penalty', aliases: ['行政处罚'], fields: ['t2_penalty_decisions'] },
		{ key: 'coercion', aliases: ['行政强制'], fields: ['t2_coercion_decisions'] },
		{ key: 'fee', aliases: ['行政事业性收费', '事业性收费'], fields: ['t2_fee_amount_10k_cny'] }
	],
	'2019': [
		{
			key: 'rule',
			aliases: ['规章'],
			fields: ['t2_rule_issued', 't2_rule_new_published', 't2_rule_total_published']
		},
		{
			key: 'normdoc',
			aliases: ['规范性文件'],
			fields: ['t2_normdoc_issued', 't2_normdoc_new_published', 't2_normdoc_total_published']
		},
		{
			key: 'license',
			aliases: ['行政许可'],
			fields: ['t2_license_items_prev', 't2_license_items_change', 't2_license_decisions']
		},
		{
			key: 'other_service',
			aliases: ['对外管理服务', '其他对外管理'],
			fields: [
				't2_other_service_items_prev',
				't2_other_service_items_change',
				't2_other_service_decisions'
			]
		},
		{
			key: 'penalty',
			aliases: ['行政处罚'],
			fields: ['t2_penalty_items_prev', 't2_penalty_items_change', 't2_penalty_decisions']
		},
		{
			key: 'coercion',
			aliases: ['行政强制'],
			fields: ['t2_coercion_items_prev', 't2_coercion_items_change', 't2_coercion_decisions']
		},
		{
			key: 'fee',
			aliases: ['行政事业性收费', '事业性收费'],
			fields: ['t2_fee_items_prev', 't2_fee_items_change']
		},
		{
			key: 'procurement',
			aliases: ['政府集中采购', '集中采购'],
			fields: ['t2_procurement_projects', 't2_procurement_amount_10k_cny']
		}
	]
};

/** Column headers only the 2019 trial format prints in table 2, and those only the 2021 format prints. */
export const FORMAT_MARKERS: Record<FormatVersion, readonly Alias[]> = {
	'2019': [
		'本年新制作数量',
		'本年新公开数量',
		'对外公开总数量',
		'上一年项目数量',
		'本年增/减',
		'采购项目数量'
	],
	'2021': ['本年制发件数', '本年废止件数', '现行有效件数', '本年处理决定数量', '本年收费金额']
};

const globals = new WeakMap<RegExp, RegExp>();
/** The alias as a global pattern, made once (matchAll needs the g flag). */
function globalOf(alias: RegExp): RegExp {
	let g = globals.get(alias);
	if (!g) {
		g = new RegExp(alias.source, alias.flags.includes('g') ? alias.flags : alias.flags + 'g');
		globals.set(alias, g);
	}
	return g;
}

/** End position of the last match of any alias in `text`, or -1; ties favour longer aliases. */
export function lastMatch(
	text: string,
	aliases: readonly Alias[]
): { end: number; length: number } {
	let best = { end: -1, length: 0 };
	for (const alias of aliases) {
		let end = -1;
		let length = 0;
		if (typeof alias === 'string') {
			const at = text.lastIndexOf(alias);
			if (at >= 0) [end, length] = [at + alias.length, alias.length];
		} else {
			for (const m of text.matchAll(globalOf(alias)))
				[end, length] = [m.index + m[0].length, m[0].length];
		}
		if (end > best.end || (end === best.end && length > best.length)) best = { end, length };
	}
	return best;
}
