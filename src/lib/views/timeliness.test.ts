import { describe, expect, it } from 'vitest';
import {
	areaRates,
	bands,
	BAND_METRICS,
	missingPastDeadline,
	onTimeRate,
	timelinessSeries
} from './timeliness';

describe('timeliness view', () => {
	it('stacks on time, late and unknown by year; the rate counts only known dates', () => {
		const rows = [{ year: 2024, on_time: 9, late: 1, unknown: 2, mean_days_late: 12, n_demo: 12 }];
		const s = timelinessSeries(rows, [2023, 2024], 'zh');
		expect(s.map((x) => [x.name, x.data])).toEqual([
			['按时公开', [null, 9]],
			['逾期公开', [null, 1]],
			['公开日期不详', [null, 2]]
		]);
		expect(onTimeRate(rows[0]!)).toBe(0.9);
		expect(onTimeRate({ ...rows[0]!, on_time: 0, late: 0 })).toBeNull();
	});

	it('counts bodies per tenth and keeps the guarded and blank ones apart', () => {
		const b = bands([
			{ band: '0', n: 2, n_demo: 0 },
			{ band: '9', n: 5, n_demo: 5 },
			{ band: 'small', n: 3, n_demo: 3 },
			{ band: 'blank', n: 1, n_demo: 0 }
		]);
		expect(b.counts).toEqual([2, 0, 0, 0, 0, 0, 0, 0, 0, 5]);
		expect([b.small, b.blank, b.demo]).toEqual([3, 1, true]);
		expect(BAND_METRICS.map((m) => m.id)).toEqual([
			'disclosure_rate',
			'not_held_share',
			'review_correction_rate'
		]);
	});

	it('lists a missing report only once its deadline has passed', () => {
		const rows = [
			{ code: '320813', name: '洪泽区', year: 2025, status: 'missing' as const, data_origin: null },
			{ code: '320813', name: '洪泽区', year: 2024, status: 'ok' as const, data_origin: 'real' }
		];
		expect(missingPastDeadline(rows, '2026-03-31')).toEqual([]);
		expect(missingPastDeadline(rows, '2026-04-01')).toEqual([rows[0]]);
	});

	it('rates per area and year, most late first', () => {
		const rows = [
			{ area_code: '320800', year: 2024, on_time: 6, late: 1, unknown: 0 },
			{ area_code: '320100', year: 2024, on_time: 10, late: 0, unknown: 1 },
			{ area_code: '320100', year: 2023, on_time: 0, late: 0, unknown: 3 }
		];
		expect(areaRates(rows, [2023, 2024])).toEqual([
			{ code: '320800', rates: [null, 6 / 7], late: 1 },
			{ code: '320100', rates: [null, 1], late: 0 }
		]);
	});
});
