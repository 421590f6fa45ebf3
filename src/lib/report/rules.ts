/** Stable ids of the accounting identities (spec/README.md). */
export const HARD_RULES = [
	't3.balance',
	't3.row_total',
	't3.outcome_sum',
	't3.other_sum',
	't4.review_sum',
	't4.lit_direct_sum',
	't4.lit_after_review_sum',
	'domain.non_negative'
] as const;
export const SOFT_RULES = ['cross.carry', 'cross.stock', 'cross.jump', 'text.table'] as const;
/**
 * The supervisor's checks beyond the identities: structure (`struct.*`, as the parser's structure
 * checks name them), narrative text, copied text and timeliness. Findings only; never a hard failure.
 */
export const CHECK_RULES = [
	'struct.sections',
	'text.placeholder',
	'text.improvement',
	'text.fees',
	'copy.previous_year',
	'copy.peer',
	'time.late',
	'time.missing'
] as const;
/** What the parser says about its own reading (extraction, not the report's accounting). */
export const PARSE_RULES = [
	'parse.coverage',
	'parse.encoding',
	'parse.format_guess',
	'parse.label_unmatched',
	'parse.multiple_reports',
	'parse.no_title',
	'parse.not_report',
	'parse.page_cap',
	'parse.row_blank',
	'parse.row_cells',
	'parse.row_duplicate',
	'parse.row_extra',
	'parse.rows_inferred',
	'parse.rows_missing',
	'parse.single_other_row',
	'parse.split_cell',
	'parse.table_missing',
	'parse.unreadable',
	'parse.unreadable_value',
	'parse.year_conflict',
	'parse.year_source'
] as const;
export type HardRule = (typeof HARD_RULES)[number];
export type SoftRule = (typeof SOFT_RULES)[number];
export type CheckRule = (typeof CHECK_RULES)[number];
export type ParseRule = (typeof PARSE_RULES)[number];
export type RuleId = HardRule | SoftRule | CheckRule | ParseRule;

export const RULE_LABELS: Record<RuleId, { zh: string; en: string }> = {
	't3.balance': {
		zh: '新收 + 上年结转 = 办理结果总计 + 结转下年度',
		en: 'new + carried in = outcomes + carried forward'
	},
	't3.row_total': { zh: '各类申请人之和 = 总计', en: 'applicant columns sum to total' },
	't3.outcome_sum': { zh: '各项办理结果之和 = 办理结果总计', en: 'outcomes sum to total outcomes' },
	't3.other_sum': {
		zh: '其他处理三个子项之和 = 其他处理',
		en: 'other-handling sub-rows sum to their total'
	},
	't4.review_sum': {
		zh: '行政复议：维持 + 纠正 + 其他 + 尚未审结 = 总计',
		en: 'review results sum to total'
	},
	't4.lit_direct_sum': {
		zh: '未经复议直接起诉：各项之和 = 总计',
		en: 'direct litigation results sum to total'
	},
	't4.lit_after_review_sum': {
		zh: '复议后起诉：各项之和 = 总计',
		en: 'litigation after review sums to total'
	},
	'domain.non_negative': { zh: '数值非负且为整数', en: 'counts are non-negative integers' },
	'cross.carry': {
		zh: '上年结转 = 上一年度结转下年度',
		en: 'carried in equals last year’s carried forward'
	},
	'cross.stock': {
		zh: '现行有效 = 上年现行有效 + 本年制发 − 本年废止',
		en: 'in force follows issued − repealed'
	},
	'cross.jump': { zh: '同比变化超过 10 倍', en: 'year-on-year change above ×10' },
	'text.table': { zh: '正文数字与表格不一致', en: 'narrative differs from table' },
	'struct.sections': {
		zh: '六个部分齐全且顺序正确',
		en: 'all six sections, in order'
	},
	'text.placeholder': { zh: '正文有未填写的数字（XX件）', en: 'placeholder left for a number' },
	'text.improvement': {
		zh: '第五部分写明问题和改进措施',
		en: 'section 5 states problems and measures'
	},
	'text.fees': {
		zh: '第六部分说明收费通知件数和金额',
		en: 'section 6 explains fees charged'
	},
	'copy.previous_year': {
		zh: '与上一年度报告雷同',
		en: 'repeats last year’s report'
	},
	'copy.peer': { zh: '与同年其他机关报告雷同', en: 'repeats another body’s report' },
	'time.late': { zh: '逾期公开年度报告', en: 'published after the deadline' },
	'time.missing': { zh: '逾期未公开年度报告', en: 'no report past the deadline' },
	'parse.coverage': { zh: '有单元格未能读取', en: 'cells not read' },
	'parse.encoding': { zh: '文件编码有误字节', en: 'bad bytes in the encoding' },
	'parse.format_guess': { zh: '报告格式为推断', en: 'report format inferred' },
	'parse.label_unmatched': { zh: '行标签未能识别', en: 'row label not recognised' },
	'parse.multiple_reports': { zh: '一个文件含多份报告', en: 'several reports in one file' },
	'parse.no_title': { zh: '未找到报告标题', en: 'no report title found' },
	'parse.not_report': { zh: '不是政府信息公开年度报告', en: 'not an annual report' },
	'parse.page_cap': { zh: '超出页数上限，其后未读取', en: 'pages past the cap not read' },
	'parse.row_blank': { zh: '整行空白', en: 'row printed blank' },
	'parse.row_cells': { zh: '行的单元格数与表头不符', en: 'row has the wrong number of cells' },
	'parse.row_duplicate': { zh: '表格行重复', en: 'duplicated table row' },
	'parse.row_extra': { zh: '表格有多余的行', en: 'extra table row' },
	'parse.rows_inferred': { zh: '行的对应关系为推断', en: 'rows matched by inference' },
	'parse.rows_missing': { zh: '表格缺少行', en: 'table rows missing' },
	'parse.single_other_row': { zh: '“其他处理”只有合计行', en: 'only the total of other handling' },
	'parse.split_cell': { zh: '数字被拆分到相邻单元格', en: 'number split across cells' },
	'parse.table_missing': { zh: '未找到表格', en: 'table not found' },
	'parse.unreadable': { zh: '文件无法读取', en: 'file cannot be read' },
	'parse.unreadable_value': { zh: '单元格不是可读的数字', en: 'cell is not a readable number' },
	'parse.year_conflict': { zh: '各处年度不一致', en: 'years disagree' },
	'parse.year_source': { zh: '年度取自标题以外', en: 'year taken from outside the title' }
};

/** A rule's name for readers (never the raw id such as `cross.jump`; an unknown id stays as is). */
export function ruleName(rule: string, lang: 'zh' | 'en'): string {
	return RULE_LABELS[rule as RuleId]?.[lang] ?? rule;
}

export function isHardRule(rule: string): rule is HardRule {
	return (HARD_RULES as readonly string[]).includes(rule);
}
