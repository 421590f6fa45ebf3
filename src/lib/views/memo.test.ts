import { describe, expect, it } from 'vitest';
import type { TrendRow } from '$lib/queries/selection';
import { DEFAULT_STATE } from '$lib/url/state';
import { memoLast } from './memo';
import { overviewView } from './overview';

describe('view models keep unchanged charts', () => {
	it('memoLast returns the previous result for the same arguments only', () => {
		let calls = 0;
		const f = memoLast((rows: readonly number[], k: number) => (calls++, { sum: rows[0]! * k }));
		const rows = [2];
		const a = f(rows, 3);
		expect(f(rows, 3)).toBe(a);
		expect(calls).toBe(1);
		expect(f(rows, 4)).toEqual({ sum: 8 });
		// Equal but another array: computed again (rows are compared by identity, never by content).
		expect(f([2], 4)).not.toBe(f(rows, 4));
	});

	it('the overview hands the trend chart the same option when only the year changes', () => {
		const trend = [
			{ year: 2023, value: 5, n_reports: 10, n_blank: 0, n_demo: 10, n_real: 0 },
			{ year: 2024, value: 7, n_reports: 10, n_blank: 0, n_demo: 10, n_real: 0 }
		] as unknown as TrendRow[];
		const rows = { kpis: null, trend, regions: null, provinces: null };
		const view = (year: number, metric = DEFAULT_STATE.metric) =>
			overviewView({ ...DEFAULT_STATE, year, metric }, rows, [], 'zh', 'https://x/');
		const a = view(2023);
		const b = view(2024);
		expect(b.trend.option).toBe(a.trend.option);
		expect(b.map.option).not.toBe(a.map.option);
		// Another metric labels the chart differently: a new option.
		expect(view(2024, 'disclosure_rate').trend.option).not.toBe(a.trend.option);
	});
});
