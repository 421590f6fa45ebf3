import type { Issue, Report } from '$lib/report';
import {
	NUMERALS,
	SECTION_NUMBERS,
	SECTION_TITLES,
	type SectionNo,
	type SplitReport
} from './sections';

const sectionName = (no: SectionNo) => `${NUMERALS[no]}、${SECTION_TITLES[no]}`;

/** struct.sections: the six statutory sections are all there, in their order. */
export function checkSectionStructure(split: SplitReport): Issue[] {
	const found = split.sections.map((s) => s.no);
	const issues: Issue[] = [];
	const missing = SECTION_NUMBERS.filter((n) => !found.includes(n));
	if (missing.length)
		issues.push({
			rule: 'struct.sections',
			level: 'error',
			path: '结构',
			message: `应包含六个部分，缺少 ${missing.map(sectionName).join('、')}（找到 ${found.length} 个部分）`
		});
	const outOfOrder = found.filter((n, i) => i > 0 && n < found[i - 1]!);
	if (outOfOrder.length)
		issues.push({
			rule: 'struct.sections',
			level: 'error',
			path: '结构',
			message: `六个部分应按一至六的顺序排列，实际顺序为 ${found.map((n) => NUMERALS[n]).join('、')}`
		});
	return issues;
}

/** Units that follow a count or an amount in the narrative. */
const UNIT = '(?:件|条|个|次|项|篇|期|场|人次|家|万元|元|%|％)';
const PLACEHOLDERS: { pattern: RegExp; what: string }[] = [
	{ pattern: new RegExp(`[XxＸｘ×＊*]{1,4}\\s*${UNIT}`, 'g'), what: '以 X 代替数字' },
	{ pattern: /20[0-9]?[XxＸｘ×]{1,2}\s*年/g, what: '年份未填' },
	{ pattern: new RegExp(`[_＿]{2,}\\s*${UNIT}`, 'g'), what: '下划线空位' },
	{ pattern: new RegExp(`[（(]\\s*[)）]\\s*${UNIT}`, 'g'), what: '括号空位' },
	// A unit preceded by a gap where the number should be: 「共受理   件」.
	{
		pattern: new RegExp(
			`[^\\d\\s０-９零〇一二三四五六七八九十百千万亿两几多余数XxＸｘ×]([ \\u3000]{2,})${UNIT}`,
			'g'
		),
		what: '数字空缺'
	}
];

/** text.placeholder: a template's placeholder left where a number belongs (「XX件」, 「  件」). */
export function checkPlaceholders(split: SplitReport): Issue[] {
	const issues: Issue[] = [];
	for (const s of [{ no: 0 as const, text: split.preamble }, ...split.sections]) {
		for (const { pattern, what } of PLACEHOLDERS) {
			for (const m of s.text.matchAll(pattern)) {
				const at = m.index ?? 0;
				const context = s.text
					.slice(Math.max(0, at - 12), at + m[0].length + 4)
					.replace(/\s+/g, ' ');
				issues.push({
					rule: 'text.placeholder',
					level: 'error',
					path: s.no ? `第${NUMERALS[s.no]}部分` : '标题与导语',
					message: `正文有未填写的数字（${what}）：「${context.trim()}」`
				});
			}
		}
	}
	return issues;
}

const ONLY_NONE = /^(?:无|暂无|没有|无问题|本年度无|无其他需要报告的事项)[。.]?$/;
/** Words that name a measure; a section 五 without any of them states no improvement. */
const MEASURE =
	/下一步|今后|下步|将(?:进一步|继续|持续|着力|切实|加大|加强|不断)|加强|完善|推进|提升|提高|改进|健全|强化|优化|整改|规范|建立|落实|深化|措施/;

/** text.improvement: section 五 is there and states problems and at least one measure. */
export function checkImprovement(split: SplitReport): Issue[] {
	const five = split.sections.find((s) => s.no === 5);
	if (!five) return []; // struct.sections reports the missing section
	const text = five.text.normalize('NFKC').replace(/[\s\u3000]+/g, '');
	const fail = (message: string): Issue[] => [
		{ rule: 'text.improvement', level: 'warning', path: '第五部分', message }
	];
	if (!text) return fail('第五部分「存在的主要问题及改进情况」为空');
	if (ONLY_NONE.test(text)) return fail(`第五部分只写了「${text}」，未说明存在的问题和改进措施`);
	if (!MEASURE.test(text))
		return fail(
			`第五部分未写明任何改进措施（${text.length} 字，未见“下一步”“加强”“完善”等措施表述）`
		);
	return [];
}

const FEE_WORDS = /信息处理费|收费/;
const AMOUNT = /收取[^。；]{0,24}?(?:信息处理费|费用)[^。；\d]{0,8}?(\d[\d,.]*)\s*(万元|元)/;
const NOTICES = /收费通知[^。；\d]{0,12}?\d+\s*(?:件|份|次)|\d+\s*(?:件|份)[^。；]{0,8}收费通知/;

/**
 * text.fees: fees charged (a fee amount stated in section 六, or table 3's 「逾期未按收费通知要求缴纳
 * 费用」 above 0) must be explained in section 六 with the number of fee notices and the amounts, as
 * the 2021 format asks (发出收费通知的件数和总金额以及实际收取的总金额).
 */
export function checkFees(split: SplitReport, report: Report | null): Issue[] {
	if (report && report.format_version !== '2021') return [];
	const six = split.sections.find((s) => s.no === 6);
	const text = (six?.text ?? '').normalize('NFKC').replace(/[\s\u3000]+/g, '');
	const unpaid = report?.values.t3_res_other_fee_unpaid__total;
	const m = AMOUNT.exec(text);
	const charged = m ? Number((m[1] ?? '').replaceAll(',', '')) : 0;
	const fail = (message: string): Issue[] => [
		{
			rule: 'text.fees',
			level: 'warning',
			path: '第六部分',
			message,
			...(typeof unpaid === 'number' && unpaid > 0
				? { fields: ['t3_res_other_fee_unpaid__total' as const] }
				: {})
		}
	];
	if (typeof unpaid === 'number' && unpaid > 0 && !FEE_WORDS.test(text))
		return fail(
			`表三有 ${unpaid} 件因申请人逾期未缴纳费用而终止，说明发出过收费通知，但第六部分未说明收费情况`
		);
	if (charged > 0 && !NOTICES.test(text))
		return fail(`第六部分称收取信息处理费 ${m![1]}${m![2]}，但未说明发出收费通知的件数和总金额`);
	return [];
}

/** Every text check on one report's sections. */
export function checkTexts(split: SplitReport, report: Report | null): Issue[] {
	return [
		...checkSectionStructure(split),
		...checkPlaceholders(split),
		...checkImprovement(split),
		...checkFees(split, report)
	];
}
