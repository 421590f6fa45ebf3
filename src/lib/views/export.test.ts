import { describe, expect, it } from 'vitest';
import { metric } from '$lib/metrics/metrics';
import { DEFAULT_STATE } from '$lib/url/state';
import { exportMeta, filtersLine } from './export';
import { csvText } from './export-csv';

describe('exports say what they hold', () => {
	const fees = metric('t2_fee_amount_10k_cny')!;
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
				link: 'https://x/?m=t2_fee_amount_10k_cny'
			},
			'en'
		);
		const [metaPart, table] = csv.split('\n\n');
		expect(metaPart).toContain('Metric,');
		expect(metaPart).toContain('Unit,"10,000 CNY"');
		expect(metaPart).toContain('Region,洪泽区');
		expect(metaPart).toContain('synthetic demo data');
		expect(metaPart).toContain('Government itself · Province');
		expect(table!.split('\n')[0]).toBe('Year,Fees (CNY),Region code');
		expect(table!.split('\n')[1]).toBe('2023,7730.28,320813');
		expect(table).not.toMatch(/[\u4e00-\u9fff]/);
	});
	it('export meta has a caption with metric and unit, region and years, and the demo warning', () => {
		const m = exportMeta(
			'标题',
			{ metric: fees, subject: '全国', years: '2023', demo: true },
			'zh',
			'L'
		);
		expect(m.caption).toBe('行政事业性收费金额（元） · 全国 · 2023');
		expect(m.warning).toContain('演示');
		expect(exportMeta('t', { demo: false }, 'zh', 'L').warning).toBeNull();
	});
});
