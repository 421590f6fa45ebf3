import { describe, expect, it } from 'vitest';
import { metric } from '$lib/metrics/metrics';
import { buildLineByYear } from './line-by-year';
import { buildRankedBars } from './bar-ranked';
import { buildStackedBars } from './stacked';
import { buildTileMap } from './tile-map';
import { buildCoverage } from './coverage';
import { buildStrip } from './strip';
import { PROVINCE_TILES } from './tiles';

type Series = { name?: string; data: unknown[]; markArea?: unknown; markLine?: unknown };
const seriesOf = (o: unknown) => (o as { series: Series[] }).series;

describe('chart option builders', () => {
	const requests = metric('t3_new_received__total')!;
	const fees = metric('t2_fee_amount_10k_cny')!;
	const row = (code: string, year: number, value: number | null) => ({
		region_code: code,
		region_name: code,
		year,
		value,
		num: value,
		den: null,
		n_reports: 1,
		n_blank: 0,
		n_demo: 0
	});

	it('line chart: a series per region, null for a missing year, no NaN', () => {
		const o = buildLineByYear({
			rows: [row('a', 2021, 3), row('a', 2023, 5)],
			metric: requests,
			series: [{ code: 'a', name: '甲' }],
			years: [2021, 2022, 2023],
			lang: 'zh'
		});
		expect(seriesOf(o)[0]).toMatchObject({ name: '甲', data: [3, null, 5] });
		expect(JSON.stringify(o)).not.toContain('NaN');
	});

	it('line chart: shades years where the format change makes the metric non-comparable', () => {
		const o = buildLineByYear({
			rows: [],
			metric: fees,
			series: [{ code: 'a', name: '甲' }],
			years: [2019, 2020, 2021],
			lang: 'zh'
		});
		expect(JSON.stringify(seriesOf(o)[0]!.markArea)).toContain('格式不同，不可比');
	});

	it('ranked bars keep rank order top-down and mark the median', () => {
		const o = buildRankedBars(
			[
				{ name: 'a', value: 3, outlier: true, demo: true },
				{ name: 'b', value: 1, outlier: false, demo: true }
			],
			requests,
			2,
			'zh'
		);
		expect((o as { yAxis: { data: string[] } }).yAxis.data).toEqual(['b', 'a']);
		expect(seriesOf(o)[0]!.markLine).toBeTruthy();
	});

	it('stacked bars in percent sum to 1 per category and keep blanks blank', () => {
		const o = buildStackedBars(
			['2023', '2024'],
			[
				{ id: 'x', name: 'x', color: '#000', data: [1, null] },
				{ id: 'y', name: 'y', color: '#111', data: [3, 2] }
			],
			'zh',
			{ percent: true }
		);
		expect(seriesOf(o).map((s) => s.data)).toEqual([
			[0.25, null],
			[0.75, 1]
		]);
	});

	it('tile map covers the 34 provincial units, grey where there is no data', () => {
		expect(new Set(PROVINCE_TILES.map((t) => `${t.col},${t.row}`)).size).toBe(34);
		const o = buildTileMap([{ province_code: '330000', value: 5 }], requests, 'zh');
		const [data, empty] = seriesOf(o);
		expect(data!.data).toHaveLength(1);
		expect(empty!.data).toHaveLength(33);
	});

	it('coverage and strip plots map every cell and point', () => {
		const c = buildCoverage(
			[
				{ name: 'a', year: 2023, status: 'failing' },
				{ name: 'a', year: 2024, status: 'missing' }
			],
			[2023, 2024],
			'zh'
		);
		expect(seriesOf(c)[0]!.data).toEqual([
			[0, 0, 1],
			[1, 0, 2]
		]);
		const s = buildStrip(
			[
				{ name: 'a', value: 1, outlier: false },
				{ name: 'b', value: 9, outlier: true }
			],
			requests,
			'zh'
		);
		expect(seriesOf(s)[0]!.data).toHaveLength(2);
	});
});
