import { field, isFieldId, t3, t4, type FieldId, type FormatVersion } from '$lib/report';

/**
 * A metric is either one canonical field (its id is the field id) or a ratio of field sums.
 * Blank cells are left out of sums (never turned into 0 silently); views show how many were blank.
 */
export interface Metric {
	id: string;
	zh: string;
	en: string;
	unit: string;
	kind: 'sum' | 'rate';
	numerator: readonly FieldId[];
	denominator?: readonly FieldId[];
	/** Formats in which the metric means the same thing; other years show a break. */
	formats: readonly FormatVersion[];
	definitionZh: string;
	definitionEn: string;
}

const ALL: readonly FormatVersion[] = ['2019', '2021'];

const unable = ['res_unable_not_held', 'res_unable_need_creation', 'res_unable_unclear'] as const;

export const DERIVED_METRICS: readonly Metric[] = [
	{
		id: 'disclosure_rate',
		zh: '公开率',
		en: 'Disclosure rate',
		unit: '%',
		kind: 'rate',
		numerator: [t3('res_disclosed', 'total'), t3('res_partial', 'total')],
		denominator: [t3('res_total', 'total')],
		formats: ALL,
		definitionZh: '（予以公开 + 部分公开）÷ 办理结果总计',
		definitionEn: '(disclosed + partially disclosed) ÷ total outcomes'
	},
	{
		id: 'unable_rate',
		zh: '无法提供占比',
		en: 'Share unable to provide',
		unit: '%',
		kind: 'rate',
		numerator: unable.map((r) => t3(r, 'total')),
		denominator: [t3('res_total', 'total')],
		formats: ALL,
		definitionZh: '无法提供（三项之和）÷ 办理结果总计',
		definitionEn: 'unable to provide (3 reasons) ÷ total outcomes'
	},
	{
		id: 'natural_person_share',
		zh: '自然人申请占比',
		en: 'Share of requests from natural persons',
		unit: '%',
		kind: 'rate',
		numerator: [t3('new_received', 'natural_person')],
		denominator: [t3('new_received', 'total')],
		formats: ALL,
		definitionZh: '自然人新收申请 ÷ 新收申请总计',
		definitionEn: 'new requests from natural persons ÷ all new requests'
	},
	{
		id: 'review_correction_rate',
		zh: '行政复议纠错率',
		en: 'Review correction rate',
		unit: '%',
		kind: 'rate',
		numerator: [t4('review', 'corrected')],
		denominator: [t4('review', 'total')],
		formats: ALL,
		definitionZh: '行政复议结果纠正 ÷ 行政复议总计',
		definitionEn: 'reviews corrected ÷ all reviews'
	},
	{
		id: 'litigation_total',
		zh: '行政诉讼案件数',
		en: 'Lawsuits',
		unit: '件',
		kind: 'sum',
		numerator: [t4('lit_direct', 'total'), t4('lit_after_review', 'total')],
		formats: ALL,
		definitionZh: '未经复议直接起诉总计 + 复议后起诉总计',
		definitionEn: 'lawsuits without prior review + after review'
	},
	{
		id: 'litigation_correction_rate',
		zh: '行政诉讼纠错率',
		en: 'Litigation correction rate',
		unit: '%',
		kind: 'rate',
		numerator: [t4('lit_direct', 'corrected'), t4('lit_after_review', 'corrected')],
		denominator: [t4('lit_direct', 'total'), t4('lit_after_review', 'total')],
		formats: ALL,
		definitionZh: '行政诉讼结果纠正 ÷ 行政诉讼总计',
		definitionEn: 'lawsuits corrected ÷ all lawsuits'
	}
];

const DERIVED_BY_ID = new Map(DERIVED_METRICS.map((m) => [m.id, m]));

/** Fields offered as metrics in pickers (others are reachable by id in the URL). */
export const HEADLINE_METRICS = [
	t3('new_received', 'total'),
	'disclosure_rate',
	t3('res_total', 'total'),
	t3('carried_forward', 'total'),
	'unable_rate',
	'natural_person_share',
	't2_license_decisions',
	't2_penalty_decisions',
	't2_coercion_decisions',
	't2_fee_amount_10k_cny',
	't2_normdoc_issued',
	t4('review', 'total'),
	'review_correction_rate',
	'litigation_total',
	'litigation_correction_rate'
] as const;

function fieldMetric(id: FieldId): Metric {
	const f = field(id);
	const formats = (['2019', '2021'] as const).filter(
		(v) => (v === '2019' ? f.in2019 : f.in2021) !== 'N'
	);
	// Fields printed under a different label in 2019 (Y*) are only partly comparable: keep them, note it.
	return {
		id,
		zh: shortLabel(id),
		en: f.en,
		unit: f.unit,
		kind: 'sum',
		numerator: [id],
		formats: f.comparable === 'N' && formats.length === 2 ? ['2021'] : formats,
		definitionZh: f.zh + comparability(f, 'zh'),
		definitionEn: f.en + comparability(f, 'en')
	};
}

/**
 * What a reader must know about comparing a field across the two formats, in the reader's language
 * (the spec's own notes are for developers and in English).
 */
function comparability(f: ReturnType<typeof field>, lang: 'zh' | 'en'): string {
	if (f.comparable === 'P')
		return lang === 'en'
			? ' (printed under another label in the 2019 format: partly comparable)'
			: '（2019 年格式以其他表述印出，前后部分可比）';
	if (f.comparable !== 'N') return '';
	if (f.in2019 === 'N')
		return lang === 'en'
			? ' (not in the 2019 format: from 2021 only)'
			: '（2019 年格式无此项，仅 2021 年格式起可比）';
	if (f.in2021 === 'N') return lang === 'en' ? ' (2019 format only)' : '（仅 2019 年格式有此项）';
	return lang === 'en'
		? ' (defined differently in the two formats: from 2021 only)'
		: '（两种格式口径不同，仅 2021 年格式起可比）';
}

/** Names readers use for the headline cells; other fields get a label derived from the printed path. */
const SHORT_LABELS: Partial<Record<FieldId, string>> = {
	t3_new_received__total: '新收申请数',
	t3_res_total__total: '办结申请数',
	t3_carried_forward__total: '结转下年度申请数',
	t2_license_decisions: '行政许可决定数',
	t2_penalty_decisions: '行政处罚决定数',
	t2_coercion_decisions: '行政强制决定数',
	t2_fee_amount_10k_cny: '行政事业性收费金额',
	t2_normdoc_issued: '行政规范性文件制发数',
	t2_normdoc_in_force: '现行有效行政规范性文件数',
	t2_rule_issued: '规章制发数',
	t4_review_total: '行政复议案件数',
	t4_review_corrected: '行政复议纠正数',
	t4_lit_direct_total: '直接起诉案件数',
	t4_lit_after_review_total: '复议后起诉案件数'
};

/** A short Chinese label for a field: the last parts of its printed label path. */
export function shortLabel(id: FieldId): string {
	const short = SHORT_LABELS[id];
	if (short) return short;
	const zh = field(id).zh;
	if (id.startsWith('t3_')) {
		const [row = '', col = ''] = zh.split(' × ');
		const rowShort =
			row
				.replace(/（区分处理的.*?）/, '')
				.split(' / ')
				.pop() ?? row;
		const colShort = col.split(' / ').pop() ?? col;
		return `${rowShort.replace(/^[一二三四]、|^（.）|^\d\./, '')}（${colShort}）`;
	}
	return zh
		.replace(/（2019格式）|第二十条第（.）项 \/ /g, '')
		.split(' / ')
		.join(' ');
}

export function isMetricId(id: string): boolean {
	return DERIVED_BY_ID.has(id) || isFieldId(id);
}

export function metric(id: string): Metric | undefined {
	return DERIVED_BY_ID.get(id) ?? (isFieldId(id) ? fieldMetric(id) : undefined);
}

export const DEFAULT_METRIC = t3('new_received', 'total');
