import { describe, expect, it } from 'vitest';
import { metric } from '$lib/metrics/metrics';
import { buildLineByYear } from './line-by-year';
import { buildRankedBars } from './bar-ranked';
import { buildStackedBars } from './stacked';
import { buildTileMap, gridTiles } from './tile-map';
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
		n_demo: 0,
		n_real: 1
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
		const markLine = seriesOf(o)[0]!.markLine as { label: { formatter: string; position: string } };
		// The label names the value and sits above the plot, not on the first bars.
		expect(markLine.label.formatter).toBe('中位数 2');
		expect(markLine.label.position).toBe('end');
		expect((o as { grid: { top: number } }).grid.top).toBeGreaterThanOrEqual(20);
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
		const o = buildTileMap([{ code: '330000', value: 5 }], requests, 'zh');
		const [data, empty] = seriesOf(o);
		expect(data!.data).toHaveLength(1);
		expect(empty!.data).toHaveLength(33);
	});

	it('tile map shows its scale as numbers with the unit (regression: a scale without numbers)', () => {
		const o = buildTileMap(
			[
				{ code: '330000', value: 23100 },
				{ code: '320000', value: 5 }
			],
			fees,
			'zh'
		) as { visualMap: { text: string[] } };
		expect(o.visualMap.text).toEqual(['2.31亿元', '5万元']);
	});

	it('tile map of drill-down children lays out every child once', () => {
		const kids = Array.from({ length: 7 }, (_, i) => ({ code: `32081${i}`, name: `区${i}` }));
		const tiles = gridTiles(kids);
		expect(new Set(tiles.map((t) => `${t.col},${t.row}`)).size).toBe(7);
		const o = buildTileMap([{ code: '320810', value: 1 }], requests, 'zh', { tiles });
		expect(seriesOf(o)[1]!.data).toHaveLength(6);
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

describe('line chart never joins values of different origin', () => {
	const licences = metric('t2_license_decisions')!;
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
	it('splits 洪泽区 into a demo line and a real line with a break (regression: 8, 4, 11, 6, 550, 9487, 7)', () => {
		const o = buildLineByYear({
			rows: [
				r(2019, 8, 'synthetic'),
				r(2020, 4, 'synthetic'),
				r(2021, 11, 'synthetic'),
				r(2022, 6, 'synthetic'),
				r(2023, 550, 'real'),
				r(2024, 9487, 'real'),
				r(2025, 7, 'synthetic')
			],
			metric: licences,
			series: [{ code: '320813', name: '洪泽区' }],
			years: [2019, 2020, 2021, 2022, 2023, 2024, 2025],
			lang: 'zh'
		});
		const s = seriesOf(o) as (Series & { lineStyle: { type: string } })[];
		expect(s.map((x) => x.name)).toEqual(['洪泽区（演示数据）', '洪泽区（真实报告）']);
		expect(s[0]!.data).toEqual([8, 4, 11, 6, null, null, 7]);
		expect(s[1]!.data).toEqual([null, null, null, null, 550, 9487, null]);
		expect(s[0]!.lineStyle.type).toBe('dashed');
		expect(s[1]!.lineStyle.type).toBe('solid');
	});
	it('keeps one line named as given when a region has one origin', () => {
		const o = buildLineByYear({
			rows: [r(2019, 8, 'synthetic'), r(2020, 4, 'synthetic')],
			metric: licences,
			series: [{ code: '320813', name: '洪泽区' }],
			years: [2019, 2020],
			lang: 'en'
		});
		expect(seriesOf(o).map((x) => x.name)).toEqual(['洪泽区']);
		expect(JSON.stringify(o)).toContain('(cases)');
	});
});
