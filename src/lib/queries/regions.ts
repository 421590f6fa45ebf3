import type { Query } from './sql';

export interface RegionRow {
	code: string;
	name: string;
	level: 'province' | 'prefecture' | 'county';
	parent_code: string | null;
	province_code: string;
	name_en: string | null;
	pinyin: string;
	pinyin_initials: string;
}

export const allRegions = (): Query => ({
	sql: `SELECT code, name, level, parent_code, province_code, name_en, pinyin, pinyin_initials
FROM regions ORDER BY code`,
	params: []
});
