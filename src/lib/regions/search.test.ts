import { describe, expect, it } from 'vitest';
import type { RegionRow } from '$lib/queries/regions';
import { indexRegions, regionPath, searchRegions } from './search';

const r = (
	code: string,
	name: string,
	level: RegionRow['level'],
	parent: string | null,
	pinyin: string,
	initials: string,
	en: string | null = null
): RegionRow => ({
	code,
	name,
	level,
	parent_code: parent,
	province_code: code.slice(0, 2) + '0000',
	name_en: en,
	pinyin,
	pinyin_initials: initials
});
const REGIONS = [
	r('540000', '西藏自治区', 'province', null, 'xizangzizhiqu', 'xzzzq', 'Tibet'),
	r('540400', '林芝市', 'prefecture', '540000', 'linzhishi', 'lzs'),
	r('540426', '朗县', 'county', '540400', 'langxian', 'lx'),
	r('540221', '白朗县', 'county', '540200', 'bailangxian', 'blx')
];

describe('region search', () => {
	it('finds by name, pinyin, initials, English name and code prefix, best match first', () => {
		expect(searchRegions(REGIONS, 'langxian').map((x) => x.name)).toEqual(['朗县', '白朗县']);
		expect(searchRegions(REGIONS, '朗县').map((x) => x.name)).toEqual(['朗县', '白朗县']);
		expect(searchRegions(REGIONS, 'lx')[0]!.name).toBe('朗县');
		expect(searchRegions(REGIONS, 'tibet')[0]!.code).toBe('540000');
		expect(searchRegions(REGIONS, '5404').map((x) => x.code)).toEqual(['540400', '540426']);
		expect(searchRegions(REGIONS, '  ')).toEqual([]);
	});
	it('names a region with its ancestors', () => {
		expect(regionPath(indexRegions(REGIONS), '540426')).toBe('朗县 · 林芝市 · 西藏自治区');
	});
});
