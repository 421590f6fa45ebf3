import { describe, expect, it } from 'vitest';
import type { RegionRow } from '$lib/queries/regions';
import { kpiValues, KPI_METRICS } from './overview';
import { outcomeSeries, stackRows } from './requests';
import { rowValue } from './region';
import { suggestPeers } from './compare';

describe('view helpers', () => {
	it('KPI values and year-on-year change from kpis rows', () => {
		const row = (year: number, scale: number) => ({
			year,
			n_reports: 10 * scale,
			n_demo: 10,
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
			n_demo: 0
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
