import { describe, expect, it } from 'vitest';
import { metric } from '$lib/metrics/metrics';
import { DEFAULT_STATE } from '$lib/url/state';
import { chinaDay, exportMeta, filtersLine, provenanceLine } from './export';
import { csvNumber, csvText } from './export-csv';

describe('exports say what they hold', () => {
	const fees = metric('t2_fee_amount_10k_cny')!;
	// 2026-11-30 17:30 UTC is already 1 December in China.
	const provenance = {
		version: '3f9a1c2b7d10',
		changed: false,
		now: new Date('2026-11-30T17:30:00Z')
	};
	it('CSV has metadata lines and one language per header row (regression: mixed headers, no metric)', () => {
		const csv = csvText(
			[{ region_code: '320813', year: 2023, value: 7730.28 }],
			[
				{ key: 'year', label: 'Year' },
				{ key: 'value', label: 'Fees (CNY)' }
			],
			{
				title: 'Fees by year',
				metric: fees,
				subject: '洪泽区',
				years: '2019–2025',
				demo: true,
				filters: filtersLine({ ...DEFAULT_STATE, lang: 'en' }, 'en'),
				link: 'https://x/?m=t2_fee_amount_10k_cny',
				provenance
			},
			'en'
		);
		const [metaPart, table] = csv.split('\n\n');
		expect(metaPart).toContain('Metric,');
		expect(metaPart).toContain('Unit,CNY');
		expect(metaPart).toContain('Data version,3f9a1c2b7d10');
		expect(metaPart).toContain('Exported,2026-12-01');
		expect(metaPart).toContain('Region,洪泽区');
		expect(metaPart).toContain('synthetic demo data');
		expect(metaPart).toContain('Government itself · Province');
		expect(table!.split('\n')[0]).toBe('Year,Fees (CNY),Region code');
		// Stored in 万元, written in the 元 that the unit line and the header name.
		expect(table!.split('\n')[1]).toBe('2023,77302800,320813');
		expect(table).not.toMatch(/[\u4e00-\u9fff]/);
	});
	it('export meta has a caption with metric and unit, region and years, and the demo warning', () => {
		const m = exportMeta(
			'标题',
			{ metric: fees, subject: '全国', years: '2023', demo: true },
			'zh',
			'L',
			provenance
		);
		expect(m.stamp).toBe('数据版本 3f9a1c2b7d10 · 导出于 2026-12-01');
		expect(m.caption).toBe('行政事业性收费金额（元） · 全国 · 2023');
		expect(m.warning).toContain('演示');
		expect(exportMeta('t', { demo: false }, 'zh', 'L', provenance).warning).toBeNull();
	});
	it('the export date is the day in China, and imports are named beside the version', () => {
		expect(chinaDay(new Date('2026-11-30T15:59:59Z'))).toBe('2026-11-30');
		expect(chinaDay(new Date('2026-11-30T16:00:00Z'))).toBe('2026-12-01');
		expect(provenanceLine({ ...provenance, changed: true }, 'en')).toBe(
			'Data version 3f9a1c2b7d10 + imports in this browser · Exported 2026-12-01'
		);
	});
	it('CSV values are plain numbers in the unit the metadata names (regression: 比例（0–1） over "62.1%")', () => {
		const rate = metric('disclosure_rate')!;
		const csv = csvText(
			[
				{ rank: 1, region: '洪泽区', region_code: '320813', value: 0.621, shown: '62.1%' },
				{ rank: null, region: '朗县', region_code: '540426', value: null, shown: '—' }
			],
			[
				{ key: 'rank', label: '#' },
				{ key: 'region', label: '地区' },
				{ key: 'shown', label: '公开率' }
			],
			{ title: 'T', metric: rate, filters: 'F', link: 'L', provenance },
			'zh'
		);
		const [metaPart, table] = csv.split('\n\n');
		expect(metaPart).toContain('单位,百分比（%）');
		expect(metaPart).toContain('数据版本,3f9a1c2b7d10');
		expect(metaPart).toContain('导出日期,2026-12-01');
		// The raw fraction is not repeated beside the percentage; blank stays blank, never 0.
		expect(table!.trim().split('\n')).toEqual([
			'#,地区,公开率（%）,地区代码',
			'1,洪泽区,62.1,320813',
			',朗县,,540426'
		]);
		expect(csvNumber(0.35221668, '%')).toBe(35.2217);
		expect(csvNumber(12, '件')).toBe(12);
		expect(csvNumber(undefined, '%')).toBeNull();
	});
});
