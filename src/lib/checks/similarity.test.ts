import { describe, expect, it } from 'vitest';
import {
	indexTexts,
	minhash,
	estimateJaccard,
	mostSimilar,
	normalise,
	overlap,
	shingleHashes
} from './similarity';
import { splitSections } from './sections';
import { corpusReport } from './test-fixtures';

const A = [
	'一是扎实推进依申请公开工作，全面梳理和优化工作流程、健全工作机制。',
	'二是围绕区委区政府中心工作，进一步梳理明确政务公开的重点领域。',
	'三是继续加强业务指导培训，实行政府信息公开工作人员跟班学习制度。',
	'四是加强政务新媒体管理，定期开展检查，及时关停更新不及时的账号。'
];
const UNRELATED =
	'本市气象台发布寒潮蓝色预警，预计未来三天最低气温下降八到十度，北部山区伴有大风和降雪，请市民注意防寒保暖，农业生产单位做好设施大棚加固工作，交通部门加强道路巡查。';

describe('overlap', () => {
	it('identical text is 100 % repeated, one passage', () => {
		const r = overlap(A.join(''), A.join(''));
		expect(r.share).toBe(1);
		expect(r.spans).toHaveLength(1);
	});
	it('reordered sentences are still almost all repeated', () => {
		const r = overlap([A[2], A[0], A[3], A[1]].join(''), A.join(''));
		expect(r.share).toBeGreaterThan(0.9);
	});
	it('a text half copied is about half repeated, and the spans cover the copied half', () => {
		const text = A.slice(0, 2).join('') + UNRELATED.slice(0, 64);
		const r = overlap(text, A.join(''));
		expect(r.share).toBeGreaterThan(0.4);
		expect(r.share).toBeLessThan(0.6);
		expect(text.slice(r.spans[0]!.from, r.spans[0]!.to)).toBe(A.slice(0, 2).join('').slice(0, -1));
	});
	it('unrelated text shares nothing', () => {
		expect(overlap(UNRELATED, A.join('')).share).toBe(0);
	});
	it('changed years and counts do not hide a copy', () => {
		const last = '2023年，全年收取政府信息公开信息处理费0元，受理申请21件，均在法定期限内答复。';
		const now = '2024年，全年收取政府信息公开信息处理费 0 元，受理申请 95 件，均在法定期限内答复。';
		expect(overlap(now, last).share).toBe(1);
		expect(normalise('2024 年 95 件').text).toBe('0年0件');
	});
});

describe('MinHash', () => {
	it('estimates Jaccard: 1 for equal sets, near 0 for disjoint ones', () => {
		const a = minhash(shingleHashes(normalise(A.join('')).text));
		const b = minhash(shingleHashes(normalise(UNRELATED).text));
		expect(estimateJaccard(a, a)).toBe(1);
		expect(estimateJaccard(a, b)).toBeLessThan(0.1);
	});
	it('mostSimilar finds the copied candidate among others, and none for a short text', () => {
		const candidates = indexTexts([
			{ key: 'weather', text: UNRELATED },
			{ key: 'source', text: A.join('') },
			{ key: 'half', text: A[0] + UNRELATED }
		]);
		expect(mostSimilar(A.join(''), candidates)).toEqual({ key: 'source', share: 1 });
		expect(mostSimilar('无。', candidates)).toBeNull();
	});
});

describe('real reports', () => {
	it('洪泽区 2024 repeats 2023: half of section 一, 44 % of section 五; little of 淮安市’s', () => {
		const section = (f: string, no: number) =>
			splitSections(corpusReport(f).text).sections.find((s) => s.no === no)!.text;
		const share = (no: number, other: string) =>
			overlap(section('corpus-2024_huaian_hongzequ.txt', no), section(other, no)).share;
		expect(share(1, 'corpus-2023_huaian_hongzequ.txt')).toBeCloseTo(0.502, 2);
		expect(share(5, 'corpus-2023_huaian_hongzequ.txt')).toBeCloseTo(0.438, 2);
		expect(share(5, 'corpus-2024_huaian_shi.txt')).toBe(0);
	});
});
