import { describe, expect, it } from 'vitest';
import type { RegionRow } from '$lib/queries/regions';
import type { TrendRow } from '$lib/queries/selection';
import { DEFAULT_STATE, parseState, toSearchParams } from '$lib/url/state';
import { t } from '$lib/i18n';
import { overviewAhead, overviewQueries, overviewView } from './overview';

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

describe('overview: the states worth answering ahead', () => {
	it('are the other years, nearest first, then the other levels, each as the filter bar gives it', () => {
		const state = { ...DEFAULT_STATE, year: 2023, level: 'prefecture' as const, parent: '320000' };
		const ahead = overviewAhead(state);
		expect(ahead.map((s) => [s.year, s.level])).toEqual([
			[2024, 'prefecture'],
			[2022, 'prefecture'],
			[2025, 'prefecture'],
			[2021, 'prefecture'],
			[2020, 'prefecture'],
			[2019, 'prefecture'],
			[2023, 'province'],
			[2023, 'county']
		]);
		// Everything else stays (the drill-down parent), exactly as a reparsed link has it.
		for (const s of ahead) {
			expect(s.parent).toBe('320000');
			expect(s).toEqual(parseState(toSearchParams(s)).state);
		}
		// Their queries are the ones the page asks after such a change.
		const after = { ...state, year: 2024 };
		expect(overviewQueries(ahead[0]!)).toEqual(
			overviewQueries(parseState(toSearchParams(after)).state)
		);
	});
});

describe('overview: the map says where a level has no regions', () => {
	const region = (code: string, level: RegionRow['level'], parent: string | null) => ({
		...prefecture(code),
		level,
		parent_code: parent,
		province_code: `${code.slice(0, 2)}0000`
	});
	const province = (code: string) => region(code, 'province', null);
	const view = (regions: RegionRow[]) =>
		overviewView(
			{ ...DEFAULT_STATE, level: 'prefecture' },
			{ kpis: null, trend: null, regions: null, provinces: null },
			regions,
			'zh',
			'https://x/'
		);
	it('notes a province without prefectures (Beijing), not one with them; drilled, lists the children', () => {
		const withBeijing = [
			province('110000'),
			province('320000'),
			region('320100', 'prefecture', '320000')
		];
		expect(view(withBeijing).map.notes).toContain(t('zh', 'mapNoPrefecture'));
		const noGap = [province('320000'), region('320100', 'prefecture', '320000')];
		expect(view(noGap).map.notes).not.toContain(t('zh', 'mapNoPrefecture'));
		const drilled = overviewView(
			{ ...DEFAULT_STATE, level: 'prefecture', parent: '320000' },
			{ kpis: null, trend: null, regions: null, provinces: null },
			withBeijing,
			'zh',
			'https://x/'
		);
		expect(drilled.map.drilled).toBe(true);
		expect(drilled.map.rows.map((r) => r.code)).toEqual(['320100']);
	});
});
