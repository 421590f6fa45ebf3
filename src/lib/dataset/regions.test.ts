import { describe, expect, it } from 'vitest';
import { loadRegions } from '../../../scripts/data/divisions';
import { isCountyUnit } from './regions';

const regions = loadRegions();
const count = (level: string) => regions.filter((r) => r.level === level).length;

describe('region dimension', () => {
	it('has exactly 31 provinces, 333 prefecture-level and 2,844 county-level units', () => {
		expect(count('province')).toBe(31);
		expect(count('prefecture')).toBe(333);
		expect(count('county')).toBe(2844);
	});

	it('excludes development zones and NBS pseudo rows', () => {
		expect(isCountyUnit('130171')).toBe(false);
		expect(isCountyUnit('441900')).toBe(false);
		expect(isCountyUnit('232761')).toBe(false);
		expect(isCountyUnit('540426')).toBe(true);
		expect(regions.find((r) => r.name === '市辖区')).toBeUndefined();
	});

	it('links counties to their prefecture and province, with pinyin for search', () => {
		const lang = regions.find((r) => r.code === '540426')!;
		expect(lang).toMatchObject({
			name: '朗县',
			level: 'county',
			parent_code: '540400',
			province_code: '540000',
			pinyin: 'langxian',
			pinyin_initials: 'lx'
		});
		const tibet = regions.find((r) => r.code === '540000')!;
		expect(tibet.name_en).toBe('Tibet');
		// Counties directly under a province (省直辖县级) have the province as parent.
		expect(regions.find((r) => r.name === '仙桃市')?.parent_code).toBe('420000');
	});

	it('gives every province an English name and unique 6-digit codes', () => {
		for (const p of regions.filter((r) => r.level === 'province')) expect(p.name_en).toBeTruthy();
		expect(new Set(regions.map((r) => r.code)).size).toBe(regions.length);
		for (const r of regions) expect(r.code).toMatch(/^\d{6}$/);
	});
});
