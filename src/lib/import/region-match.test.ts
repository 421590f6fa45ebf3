import { describe, expect, it } from 'vitest';
import { regionsForLookup } from '../../../scripts/data/divisions';
import { guessScope, matchRegion } from './region-match';

const regions = regionsForLookup();

describe('matchRegion', () => {
	it('strips the government suffix and finds a unique county', () => {
		const m = matchRegion('淮安市洪泽区人民政府', '', regions);
		expect(m.bare).toBe('淮安市洪泽区');
		expect(m.code).toBe('320813');
	});

	it('prefers the body over the parent named before it', () => {
		const m = matchRegion('北京市朝阳区人民政府办公室', '', regions);
		expect(m.code).toBe('110105');
		expect(m.candidates[0]?.parent).toBe('北京市');
	});

	it('leaves an ambiguous 朝阳区 to the user and offers both namesakes', () => {
		const m = matchRegion('朝阳区人民政府', '', regions);
		expect(m.code).toBeNull();
		const names = m.candidates.map((c) => `${c.parent}${c.name}`);
		expect(names).toEqual(expect.arrayContaining(['北京市朝阳区', '长春市朝阳区']));
	});

	it('uses the parent named in the text to decide 通州区', () => {
		expect(matchRegion('通州区人民政府', '', regions).code).toBeNull();
		expect(matchRegion('通州区人民政府', '本报告由南通市通州区人民政府编制', regions).code).toBe(
			'320612'
		);
		expect(matchRegion('通州区人民政府', '北京市通州区2023年…', regions).code).toBe('110112');
	});

	it('matches a department to its region', () => {
		const m = matchRegion('淮安市洪泽区教育局', '', regions);
		expect(m.code).toBe('320813');
	});

	it('asks when nothing matches', () => {
		expect(matchRegion('某某委员会', '', regions)).toMatchObject({ code: null, candidates: [] });
		expect(matchRegion(null, '', regions).code).toBeNull();
	});
});

describe('guessScope', () => {
	it('tells government, department and aggregate apart, and asks otherwise', () => {
		expect(guessScope('淮安市人民政府', '').scope).toBe('government_itself');
		expect(guessScope('淮安市人民政府办公室', '').scope).toBe('government_itself');
		expect(guessScope('淮安市洪泽区教育局', '').scope).toBe('organ');
		expect(guessScope('淮安市', '淮安市2023年全市政府信息公开工作年度报告（汇总）').scope).toBe(
			'region_aggregate'
		);
		expect(guessScope(null, '').scope).toBeNull();
	});
});
