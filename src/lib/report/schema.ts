import { FIELDS } from './fields';

export { FIELDS };

export type Field = (typeof FIELDS)[number];
export type FieldId = Field['id'];
export type FormatVersion = '2019' | '2021';
export type TableNo = 2 | 3 | 4;

export const FORMAT_VERSIONS = ['2019', '2021'] as const satisfies readonly FormatVersion[];

/** Applicant columns of table 3, in printed order. */
export const T3_COLUMNS = [
	'natural_person',
	'org_commercial',
	'org_research',
	'org_public_interest',
	'org_legal_service',
	'org_other',
	'total'
] as const;
export type T3Column = (typeof T3_COLUMNS)[number];
export const T3_COLUMN_ZH: Record<T3Column, string> = {
	natural_person: '自然人',
	org_commercial: '商业企业',
	org_research: '科研机构',
	org_public_interest: '社会公益组织',
	org_legal_service: '法律服务机构',
	org_other: '其他组织',
	total: '总计'
};
export const T3_APPLICANT_COLUMNS = T3_COLUMNS.slice(0, 6) as readonly Exclude<T3Column, 'total'>[];

/** Table-3 rows in printed order; `only` marks rows printed by one format alone. */
export const T3_ROWS = [
	{ key: 'new_received', zh: '本年新收' },
	{ key: 'carried_over_in', zh: '上年结转' },
	{ key: 'res_disclosed', zh: '予以公开', group: 'disclosed' },
	{ key: 'res_partial', zh: '部分公开', group: 'partial' },
	{ key: 'res_withheld_state_secret', zh: '不予公开/属于国家秘密', group: 'withheld' },
	{
		key: 'res_withheld_law_prohibited',
		zh: '不予公开/其他法律行政法规禁止公开',
		group: 'withheld'
	},
	{ key: 'res_withheld_security_stability', zh: '不予公开/危及“三安全一稳定”', group: 'withheld' },
	{ key: 'res_withheld_third_party', zh: '不予公开/保护第三方合法权益', group: 'withheld' },
	{ key: 'res_withheld_internal_affairs', zh: '不予公开/属于三类内部事务信息', group: 'withheld' },
	{ key: 'res_withheld_process_info', zh: '不予公开/属于四类过程性信息', group: 'withheld' },
	{ key: 'res_withheld_enforcement_file', zh: '不予公开/属于行政执法案卷', group: 'withheld' },
	{ key: 'res_withheld_admin_query', zh: '不予公开/属于行政查询事项', group: 'withheld' },
	{ key: 'res_unable_not_held', zh: '无法提供/本机关不掌握相关政府信息', group: 'unable' },
	{ key: 'res_unable_need_creation', zh: '无法提供/没有现成信息需要另行制作', group: 'unable' },
	{ key: 'res_unable_unclear', zh: '无法提供/补正后申请内容仍不明确', group: 'unable' },
	{ key: 'res_rejected_petition', zh: '不予处理/信访举报投诉类申请', group: 'rejected' },
	{ key: 'res_rejected_repeat', zh: '不予处理/重复申请', group: 'rejected' },
	{ key: 'res_rejected_publication', zh: '不予处理/要求提供公开出版物', group: 'rejected' },
	{ key: 'res_rejected_mass_repeat', zh: '不予处理/无正当理由大量反复申请', group: 'rejected' },
	{
		key: 'res_rejected_confirm',
		zh: '不予处理/要求行政机关确认或重新出具已获取信息',
		group: 'rejected'
	},
	{ key: 'res_other_no_correction', zh: '其他处理/逾期不补正', group: 'other_sub', only: '2021' },
	{ key: 'res_other_fee_unpaid', zh: '其他处理/逾期未缴纳费用', group: 'other_sub', only: '2021' },
	{ key: 'res_other_misc', zh: '其他处理/其他', group: 'other_sub', only: '2021' },
	{ key: 'res_other_total', zh: '其他处理', group: 'other' },
	{ key: 'res_total', zh: '办理结果总计' },
	{ key: 'carried_forward', zh: '结转下年度' }
] as const;
export type T3Row = (typeof T3_ROWS)[number]['key'];
export type OutcomeGroup = NonNullable<
	Extract<(typeof T3_ROWS)[number], { group: string }>['group']
>;

/** Table-3 field id; a misspelt row or column is a compile error because the result must be a FieldId. */
export const t3 = (row: T3Row, column: T3Column) => `t3_${row}__${column}` as FieldId;
// Compile-time proof that every row × column combination is a real field id.
type T3Id = `t3_${T3Row}__${T3Column}`;
const _t3IdsAreFields: T3Id extends FieldId ? true : never = true;
void _t3IdsAreFields;

export const T3_ROW_ZH = Object.fromEntries(T3_ROWS.map((r) => [r.key, r.zh])) as Record<
	T3Row,
	string
>;

export const T3_OUTCOME_PARTS = T3_ROWS.filter(
	(r) => 'group' in r && r.group !== 'other_sub' && r.group !== 'other'
).map((r) => r.key);

export const T4_GROUPS = ['review', 'lit_direct', 'lit_after_review'] as const;
export const T4_RESULTS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
export type T4Group = (typeof T4_GROUPS)[number];
export type T4Result = (typeof T4_RESULTS)[number];
export const T4_GROUP_ZH: Record<T4Group, string> = {
	review: '行政复议',
	lit_direct: '行政诉讼（未经复议直接起诉）',
	lit_after_review: '行政诉讼（复议后起诉）'
};
export const T4_RESULT_ZH: Record<T4Result, string> = {
	upheld: '结果维持',
	corrected: '结果纠正',
	other: '其他结果',
	pending: '尚未审结',
	total: '总计'
};
export const t4 = (group: T4Group, result: T4Result) => `t4_${group}_${result}` as FieldId;
type T4Id = `t4_${T4Group}_${T4Result}`;
const _t4IdsAreFields: T4Id extends FieldId ? true : never = true;
void _t4IdsAreFields;

export type ValueKind = 'count' | 'signed' | 'amount';

const FIELD_BY_ID = new Map<string, Field>(FIELDS.map((f) => [f.id, f]));

export function isFieldId(id: string): id is FieldId {
	return FIELD_BY_ID.has(id);
}

export function field(id: FieldId): Field {
	return FIELD_BY_ID.get(id) as Field;
}

/** Counts are integers ≥ 0; the 2019 `*_items_change` cells are signed; money is a decimal ≥ 0. */
export function valueKind(id: FieldId): ValueKind {
	if (id.endsWith('_change')) return 'signed';
	if (id.endsWith('_10k_cny')) return 'amount';
	return 'count';
}

/** Whether a format prints (or, for D, derives) a field. */
export function inFormat(f: Field, format: FormatVersion): boolean {
	return (format === '2019' ? f.in2019 : f.in2021) !== 'N';
}

export function fieldsOf(format: FormatVersion): Field[] {
	return FIELDS.filter((f) => inFormat(f, format));
}

export const FIELD_IDS: readonly FieldId[] = FIELDS.map((f) => f.id);

/** Report metadata columns of the dataset, in column order, before the field columns. */
export const META_COLUMNS = [
	{ id: 'report_id', type: 'VARCHAR', zh: '报告编号', en: 'Report id' },
	{ id: 'region_code', type: 'VARCHAR', zh: '行政区划代码', en: 'Region code' },
	{ id: 'region_name', type: 'VARCHAR', zh: '地区名称', en: 'Region name' },
	{ id: 'region_level', type: 'VARCHAR', zh: '层级', en: 'Level' },
	{ id: 'province_code', type: 'VARCHAR', zh: '省级代码', en: 'Province code' },
	{ id: 'parent_code', type: 'VARCHAR', zh: '上级代码', en: 'Parent code' },
	{ id: 'organ_name', type: 'VARCHAR', zh: '报告主体', en: 'Reporting body' },
	{ id: 'year', type: 'INTEGER', zh: '年度', en: 'Year' },
	{ id: 'format_version', type: 'VARCHAR', zh: '报告格式', en: 'Report format' },
	{ id: 'scope', type: 'VARCHAR', zh: '统计口径', en: 'Scope' },
	{ id: 'data_origin', type: 'VARCHAR', zh: '数据来源类型', en: 'Data origin' },
	{ id: 'source', type: 'VARCHAR', zh: '来源', en: 'Source' },
	{ id: 'source_url', type: 'VARCHAR', zh: '来源网址', en: 'Source URL' },
	{ id: 'published_on', type: 'VARCHAR', zh: '发布日期', en: 'Publication date (YYYY-MM-DD)' },
	{
		id: 'published_basis',
		type: 'VARCHAR',
		zh: '发布日期依据',
		en: 'Basis of the publication date (page, signature, pdf_created, user, demo)'
	},
	{ id: 'due_on', type: 'VARCHAR', zh: '公开期限', en: 'Publication deadline (YYYY-MM-DD)' },
	{ id: 'days_late', type: 'INTEGER', zh: '逾期天数', en: 'Days after the deadline' },
	{ id: 'hard_ok', type: 'BOOLEAN', zh: '勾稽关系全部成立', en: 'Passes hard identities' },
	{
		id: 'cell_states',
		type: 'VARCHAR',
		zh: '非数字单元格状态',
		en: 'Non-numeric cell states (JSON)'
	}
] as const;
export type MetaColumn = (typeof META_COLUMNS)[number]['id'];

export const REGION_LEVELS = ['province', 'prefecture', 'county'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];
export const SCOPES = ['government_itself', 'organ', 'region_aggregate'] as const;
export type Scope = (typeof SCOPES)[number];
export const DATA_ORIGINS = ['real', 'synthetic', 'imported'] as const;
export type DataOrigin = (typeof DATA_ORIGINS)[number];

/** SQL type of a field column. */
export function sqlType(id: FieldId): 'INTEGER' | 'DOUBLE' {
	return valueKind(id) === 'amount' ? 'DOUBLE' : 'INTEGER';
}
