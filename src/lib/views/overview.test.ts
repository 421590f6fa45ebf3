import { describe, expect, it } from 'vitest';
import type { RegionRow } from '$lib/queries/regions';
import type { TrendRow } from '$lib/queries/selection';
import { DEFAULT_STATE } from '$lib/url/state';
import { overviewView } from './overview';

const prefecture = (code: string): RegionRow => ({
	code,
	name: code,
	level: 'prefecture',
	parent_code: '320000',
	province_code: '320000',
	name_en: null,
	pinyin: '',
	pinyin_initials: ''
});
const REGIONS = ['320100', '320200', '320300', '320400'].map(prefecture);
// One report a year: too few for a sum over four prefectures to mean anything.
const TREND = [
	{ year: 2024, value: 5, n_reports: 1, n_blank: 0, n_demo: 1, n_real: 0 }
] as unknown as TrendRow[];

describe('overview: an aggregate only where the reports cover the selection', () => {
	const view = (trendPending: boolean) =>
		overviewView(
			{ ...DEFAULT_STATE, level: 'prefecture', parent: '320000', year: 2024 },
			{ kpis: null, trend: TREND, regions: null, provinces: null, trendPending },
			REGIONS,
			'zh',
			'https://x/'
		);

	it('hides the sum and says why when one report stands for four prefectures', () => {
		const v = view(false);
		expect(v.aggregate).toBe(false);
		expect(v.notices.join('')).toContain('4');
	});

	it('does not judge coverage on the previous selection’s rows while the answer is on the way', () => {
		const v = view(true);
		expect(v.aggregate).toBe(true);
		expect(v.notices).toEqual([]);
	});
});
