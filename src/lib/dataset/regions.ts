import type { RegionLevel } from '$lib/report';

export interface Region {
	code: string;
	name: string;
	level: RegionLevel;
	parent_code: string | null;
	province_code: string;
	name_en: string | null;
	pinyin: string;
	pinyin_initials: string;
}

export interface DivisionLists {
	provinces: { code: string; name: string }[];
	cities: { code: string; name: string; provinceCode: string }[];
	areas: { code: string; name: string; cityCode: string; provinceCode: string }[];
}

export type Pinyin = (name: string) => { full: string; initials: string };

// NBS placeholder rows that are not prefecture-level units (spec/calibration.md).
const PSEUDO_CITY = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
// Prefecture-level cities without counties appear once more as a pseudo-county row.
const PSEUDO_COUNTY_CODES = new Set(['441900', '442000', '460400', '620201']);
const EXCLUDED_COUNTY_CODES = new Set(['460323', '632857']);

export const PROVINCE_EN: Record<string, string> = {
	'11': 'Beijing',
	'12': 'Tianjin',
	'13': 'Hebei',
	'14': 'Shanxi',
	'15': 'Inner Mongolia',
	'21': 'Liaoning',
	'22': 'Jilin',
	'23': 'Heilongjiang',
	'31': 'Shanghai',
	'32': 'Jiangsu',
	'33': 'Zhejiang',
	'34': 'Anhui',
	'35': 'Fujian',
	'36': 'Jiangxi',
	'37': 'Shandong',
	'41': 'Henan',
	'42': 'Hubei',
	'43': 'Hunan',
	'44': 'Guangdong',
	'45': 'Guangxi',
	'46': 'Hainan',
	'50': 'Chongqing',
	'51': 'Sichuan',
	'52': 'Guizhou',
	'53': 'Yunnan',
	'54': 'Tibet',
	'61': 'Shaanxi',
	'62': 'Gansu',
	'63': 'Qinghai',
	'64': 'Ningxia',
	'65': 'Xinjiang'
};

/** Whether an NBS county-level row is a real county-level unit (not a development zone etc.). */
export function isCountyUnit(code: string): boolean {
	const tail = Number(code.slice(4, 6));
	if (tail >= 71 && tail <= 79) return false;
	// The four 大兴安岭 districts (2327 6x) are administered by the forest bureau, not counties.
	if (code.startsWith('2327') && tail >= 61) return false;
	return !PSEUDO_COUNTY_CODES.has(code) && !EXCLUDED_COUNTY_CODES.has(code);
}

const pad6 = (code: string) => code.padEnd(6, '0');

/** Province, prefecture and county units with 6-digit codes, sorted by code. */
export function buildRegions(lists: DivisionLists, pinyin: Pinyin): Region[] {
	const make = (
		code: string,
		name: string,
		level: RegionLevel,
		parent: string | null,
		province: string
	): Region => {
		const p = pinyin(name);
		return {
			code: pad6(code),
			name,
			level,
			parent_code: parent ? pad6(parent) : null,
			province_code: pad6(province),
			name_en: level === 'province' ? (PROVINCE_EN[code] ?? null) : null,
			pinyin: p.full,
			pinyin_initials: p.initials
		};
	};
	const realCities = new Set(
		lists.cities.filter((c) => !PSEUDO_CITY.test(c.name)).map((c) => c.code)
	);
	const regions: Region[] = [
		...lists.provinces.map((p) => make(p.code, p.name, 'province', null, p.code)),
		...lists.cities
			.filter((c) => realCities.has(c.code))
			.map((c) => make(c.code, c.name, 'prefecture', c.provinceCode, c.provinceCode)),
		...lists.areas
			.filter((a) => isCountyUnit(a.code))
			.map((a) =>
				make(
					a.code,
					a.name,
					'county',
					realCities.has(a.cityCode) ? a.cityCode : a.provinceCode,
					a.provinceCode
				)
			)
	];
	return regions.sort((a, b) => a.code.localeCompare(b.code));
}
