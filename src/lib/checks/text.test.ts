import { describe, expect, it } from 'vitest';
import { splitSections, headingOf } from './sections';
import {
	checkFees,
	checkImprovement,
	checkPlaceholders,
	checkSectionStructure,
	checkTexts
} from './text';
import { checkFigures } from './figures';
import { corpusReport } from './test-fixtures';

const CORPUS = [
	'corpus-2023_huaian_hongzequ.txt',
	'corpus-2024_huaian_hongzequ.txt',
	'corpus-2024_huaian_shi.txt',
	'seed-langxian-2021.txt'
];

const SIX = `某县人民政府2024年政府信息公开工作年度报告
一、总体情况
2024年，我县主动公开信息120条。
二、主动公开政府信息情况
规章 0 0 0
三、收到和处理政府信息公开申请情况
（七）总计 5 0 0 0 0 0 5
四、结转下年度继续办理 0 0 0 0 0 0 0
四、政府信息公开行政复议、行政诉讼情况
行政复议 行政诉讼
0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
五、存在的主要问题及改进情况
存在的问题是公开不够及时。下一步，我们将加强培训，完善制度。
六、其他需要报告的事项
本年度未收取信息处理费。`;

describe('sections', () => {
	it('finds the six headings of every real report, in order', () => {
		for (const file of CORPUS) {
			const split = splitSections(corpusReport(file).text);
			expect(
				split.sections.map((s) => s.no),
				file
			).toEqual([1, 2, 3, 4, 5, 6]);
			expect(checkSectionStructure(split), file).toEqual([]);
		}
	});
	it('does not take table 3’s row 「四、结转下年度继续办理」 or table 4’s header for a heading', () => {
		expect(headingOf('四、结转下年度继续办理 0 0 0 0 0 0 0')).toBeNull();
		expect(headingOf('行政复议 行政诉讼')).toBeNull();
		expect(headingOf('⼆、主动公开政府信息情况')).toBe(2); // Kangxi radical from a printed PDF
		const split = splitSections(SIX);
		expect(split.sections.find((s) => s.no === 4)?.text).toMatch(/^行政复议/);
	});
	it('reports a missing section and sections out of order', () => {
		const noFive = SIX.replace(/五、存在的主要问题及改进情况\n[^\n]*\n/, '');
		expect(checkSectionStructure(splitSections(noFive))[0]?.message).toContain(
			'缺少 五、存在的主要问题及改进情况'
		);
		const [head, tail] = SIX.split('五、存在的主要问题及改进情况');
		const [five, six] = tail!.split('六、其他需要报告的事项');
		const swapped = `${head}六、其他需要报告的事项${six}\n五、存在的主要问题及改进情况${five}`;
		const issues = checkSectionStructure(splitSections(swapped));
		expect(issues.map((i) => i.rule)).toEqual(['struct.sections']);
		expect(issues[0]?.message).toContain('实际顺序为 一、二、三、四、六、五');
	});
});

describe('placeholders', () => {
	it('finds none in the real reports', () => {
		for (const file of CORPUS)
			expect(checkPlaceholders(splitSections(corpusReport(file).text)), file).toEqual([]);
	});
	it('finds XX, underscores, empty brackets and a gap before a unit', () => {
		const text = SIX.replace(
			'主动公开信息120条',
			'主动公开信息XX条，受理申请   件，答复（ ）件，办结____件，202X年'
		);
		const found = checkPlaceholders(splitSections(text));
		expect(found.map((i) => i.message.match(/（(.+?)）/)?.[1])).toEqual([
			'以 X 代替数字',
			'年份未填',
			'下划线空位',
			'括号空位',
			'数字空缺'
		]);
		expect(found[0]?.path).toBe('第一部分');
	});
});

describe('section 五', () => {
	it('passes the real reports', () => {
		for (const file of CORPUS)
			expect(checkImprovement(splitSections(corpusReport(file).text)), file).toEqual([]);
	});
	it('flags an empty section, 「无」, and problems without a measure', () => {
		const five = (body: string) =>
			checkImprovement(
				splitSections(
					SIX.replace('存在的问题是公开不够及时。下一步，我们将加强培训，完善制度。', body)
				)
			).map((i) => i.message);
		expect(five('')[0]).toContain('为空');
		expect(five('无。')[0]).toContain('只写了「无。」');
		expect(five('存在的问题是公开不够及时，人员不足。')[0]).toContain('未写明任何改进措施');
	});
});

describe('fees in section 六', () => {
	it('flags 淮安市 2024: 3940 元 collected, no count of fee notices; the others pass', () => {
		const shi = corpusReport('corpus-2024_huaian_shi.txt');
		expect(checkFees(splitSections(shi.text), shi.report)[0]?.message).toBe(
			'第六部分称收取信息处理费 3940元，但未说明发出收费通知的件数和总金额'
		);
		for (const file of CORPUS.filter((f) => !f.includes('shi'))) {
			const r = corpusReport(file);
			expect(checkFees(splitSections(r.text), r.report), file).toEqual([]);
		}
	});
	it('flags fee notices in table 3 with a section 六 silent on fees; passes an explained charge', () => {
		const shi = corpusReport('corpus-2024_huaian_shi.txt');
		const silent = SIX.replace('本年度未收取信息处理费。', '无。');
		expect(checkFees(splitSections(silent), shi.report)[0]?.message).toContain(
			'6 件因申请人逾期未缴纳费用'
		);
		const explained = SIX.replace(
			'本年度未收取信息处理费。',
			'本年度发出收费通知 3 件，总金额 4000 元，实际收取信息处理费 3940 元。'
		);
		expect(checkFees(splitSections(explained), shi.report)).toEqual([]);
	});
});

describe('narrative figures vs tables', () => {
	it('淮安市 2024: every further figure agrees with the tables', () => {
		const shi = corpusReport('corpus-2024_huaian_shi.txt');
		const one = splitSections(shi.text).sections.find((s) => s.no === 1)!.text;
		expect(checkFigures(one, shi.report)).toEqual([]);
	});
	it('flags a stated figure that differs, naming both numbers', () => {
		const shi = corpusReport('corpus-2024_huaian_shi.txt');
		const issues = checkFigures(
			'政府信息公开申请答复 3000 件，另有 103 件顺延到下年度答复；行政诉讼 40 件。',
			shi.report
		);
		expect(issues.map((i) => i.message)).toEqual([
			'正文称「答复3000件」（3000），与表格不一致：表中为 3050',
			'正文称「行政诉讼40件」（40），与表格不一致：表中为 46（2 项之和）'
		]);
	});
	it('reads 答复/办结 as requests only in a sentence about requests', () => {
		const shi = corpusReport('corpus-2024_huaian_shi.txt');
		expect(checkFigures('办理人大代表建议和政协提案，答复 30 件。', shi.report)).toEqual([]);
		expect(checkFigures('受理政府信息公开申请 3119 件，答复 30 件。', shi.report)).toHaveLength(1);
	});

	it('does not check a claim whose cells are blank', () => {
		const shi = corpusReport('corpus-2024_huaian_shi.txt');
		const report = { ...shi.report, values: { ...shi.report.values, t3_res_total__total: null } };
		expect(checkFigures('政府信息公开申请答复 3000 件', report)).toEqual([]);
	});
});

describe('checkTexts', () => {
	it('runs every check: the crafted report passes', () => {
		expect(checkTexts(splitSections(SIX), null)).toEqual([]);
	});
});
