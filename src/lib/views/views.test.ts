import { describe, expect, it } from 'vitest';
import type { RegionRow } from '$lib/queries/regions';
import { kpiValues, KPI_METRICS } from './overview';
import { outcomeSeries, stackRows } from './requests';
import { ruleName } from '$lib/report/rules';
import { profileYear, regionView, rowValue } from './region';
import { compareEntry, compareView, suggestPeers } from './compare';
import { DEFAULT_STATE } from '$lib/url/state';

describe('view helpers', () => {
	it('KPI values and year-on-year change from kpis rows', () => {
		const row = (year: number, scale: number) => ({
			year,
			n_reports: 10 * scale,
			// Changed on purpose: both years all demo (comparable); mixed years get no change.
			n_demo: 10 * scale,
			n_real: 0,
			...Object.fromEntries(
				KPI_METRICS.flatMap((_, i) => [
					[`m${i}_num`, 10 * scale],
					[`m${i}_den`, 40],
					[`m${i}_blank`, 0]
				])
			)
		});
		const k = kpiValues([row(2022, 1), row(2023, 2)], 2023);
		expect(k.reports).toBe(20);
		const requests = k.list.find((x) => x.metric.id === 't3_new_received__total')!;
		expect([requests.value, requests.previous, requests.change]).toEqual([20, 10, 1]);
		const rate = k.list.find((x) => x.metric.id === 'disclosure_rate')!;
		expect(rate.value).toBe(0.5);
	});

	it('outcome series are coloured by family and flattened for CSV', () => {
		const series = outcomeSeries(
			[{ t3_res_disclosed__total: 5, t3_res_partial__total: null }],
			'zh'
		);
		expect(series[0]).toMatchObject({ name: '予以公开', data: [5] });
		expect(series[1]).toMatchObject({ name: '部分公开', data: [null] });
		expect(stackRows(['2023'], series.slice(0, 2), '年度')).toEqual([
			{ 年度: '2023', 予以公开: 5, 部分公开: null }
		]);
	});

	it('a report row’s own metric value, blank parts left out, wrong format → null', () => {
		expect(
			rowValue(
				{
					format_version: '2021',
					t3_res_disclosed__total: 1,
					t3_res_partial__total: null,
					t3_res_total__total: 4
				},
				'disclosure_rate'
			)
		).toBe(0.25);
		expect(
			rowValue({ format_version: '2019', t2_fee_amount_10k_cny: null }, 't2_fee_amount_10k_cny')
		).toBeNull();
	});

	it('suggests peers with the same parent and level', () => {
		const r = (code: string, parent: string, level: RegionRow['level'] = 'county') =>
			({
				code,
				name: code,
				level,
				parent_code: parent,
				province_code: '320000',
				name_en: null,
				pinyin: '',
				pinyin_initials: ''
			}) as RegionRow;
		const regions = [
			r('320813', '320800'),
			r('320812', '320800'),
			r('320102', '320100'),
			r('320800', '320000', 'prefecture')
		];
		expect(suggestPeers(regions, ['320813']).map((x) => x.code)).toEqual(['320812']);
	});
});

describe('selection wording', () => {
	it('names the selection and summarises its trend for a year', async () => {
		const { selectionLabel, trendSummary } = await import('./selection');
		const { DEFAULT_STATE } = await import('$lib/url/state');
		const { metric } = await import('$lib/metrics/metrics');
		const names = new Map([['320000', { name: '江苏省' }]]);
		expect(
			selectionLabel({ ...DEFAULT_STATE, level: 'county', parent: '320000' }, names, 'zh')
		).toBe('江苏省 · 县级 · 政府本级');
		expect(selectionLabel(DEFAULT_STATE, names, 'en')).toBe('China · Province · Government itself');
		const row = (year: number, value: number) => ({
			year,
			value,
			num: value,
			den: null,
			n_reports: 1,
			n_blank: 0,
			n_demo: 0,
			n_real: 1
		});
		expect(
			trendSummary(
				'江苏省',
				metric('t3_new_received__total')!,
				[row(2023, 100), row(2024, 110)],
				2024,
				false,
				'zh',
				'L'
			)
		).toBe(
			'2024年，江苏省新收申请数为110件，比2023年增长10.0%。数据来源：政务公开年报透视（政府信息公开工作年度报告），L'
		);
	});
});

describe('region profile', () => {
	const report = (year: number, origin: string, received: number | null) => ({
		report_id: `${year}${origin}`,
		year,
		scope: 'government_itself',
		data_origin: origin,
		format_version: year >= 2021 ? '2021' : '2019',
		t3_new_received__total: received
	});
	const rows = [
		report(2022, 'synthetic', 48),
		report(2023, 'real', 21),
		report(2024, 'real', 95),
		report(2025, 'synthetic', 64)
	];
	it('draws every trend with numbers, real and demo as separate lines (regression: all-null series)', () => {
		const v = regionView(rows, [], null, 'zh');
		const received = v.trends[0]!.option as { series: { name: string; data: unknown[] }[] };
		expect(received.series.map((s) => s.name)).toEqual([
			'政府本级（演示数据）',
			'政府本级（真实报告）'
		]);
		expect(received.series[1]!.data).toEqual([null, null, null, null, 21, 95, null]);
		for (const s of received.series) expect(s.data.some((d) => d !== null)).toBe(true);
	});
	it('opens on the latest real report, not the demo row of the last year (regression)', () => {
		expect(regionView(rows, [], null, 'zh').shownYear).toBe(2024);
		expect(regionView(rows, [], 2022, 'zh').shownYear).toBe(2022);
		expect(regionView(rows, [], 2019, 'zh').shownYear).toBe(2024);
		expect(profileYear([report(2020, 'synthetic', 1)], null)).toBe(2020);
	});
	it('names rules for readers instead of raw ids (regression: cross.jump shown)', () => {
		expect(ruleName('cross.jump', 'zh')).toBe('同比变化超过 10 倍');
		expect(ruleName('cross.jump', 'en')).toBe('year-on-year change above ×10');
	});
});

describe('compare view', () => {
	const r = (year: number, value: number, origin: 'real' | 'synthetic') => ({
		region_code: '320813',
		region_name: '洪泽区',
		year,
		value,
		num: value,
		den: null,
		n_reports: 1,
		n_blank: 0,
		n_demo: origin === 'synthetic' ? 1 : 0,
		n_real: origin === 'real' ? 1 : 0
	});
	const state = { ...DEFAULT_STATE, metric: 't2_license_decisions', regions: ['320813'] };
	it('gives no year-on-year change from a demo year to a real year (regression: 洪泽区 6 → 550)', () => {
		const v = compareView(state, [r(2022, 6, 'synthetic'), r(2023, 550, 'real')], [], true, 'L');
		expect(v.summary).not.toMatch(/增长|下降/);
		expect(v.mixed).toBe(true);
		expect(v.table.map((x) => x.origin)).toEqual(['演示数据', '真实报告']);
		const w = compareView(state, [r(2023, 550, 'real'), r(2024, 9487, 'real')], [], true, 'L');
		expect(w.summary).toContain('增长');
	});
	it('remembers the drill-down it was opened from (regression: compare forgot 淮安市)', () => {
		const drilled = { ...DEFAULT_STATE, level: 'county' as const, parent: '320800' };
		expect(compareEntry(drilled).regions).toEqual(['320800']);
		expect(compareEntry({ ...drilled, regions: ['1'] }).regions).toEqual(['1']);
		const county = (code: string) =>
			({
				code,
				name: code,
				level: 'county',
				parent_code: '320800',
				province_code: '320000'
			}) as RegionRow;
		expect(
			suggestPeers([county('320812'), county('320813')], ['320800'], 6, drilled).map((x) => x.code)
		).toEqual(['320812', '320813']);
	});
});

describe('requests titles', () => {
	it('say the year and the cut in by-region mode (regression: silent year mix and top-20 cut)', async () => {
		const { groupedTitle } = await import('./requests');
		const s = { year: 2025, from: 2019, to: 2023 };
		expect(groupedTitle('办理结果构成', s, 'region', 20, 95, 'zh')).toBe(
			'办理结果构成 · 2025 · 最大的 20 个地区（共 95 个）'
		);
		expect(groupedTitle('办理结果构成', s, 'year', 5, 5, 'zh')).toBe('办理结果构成 · 2019–2023');
	});
});
