import { describe, expect, it } from 'vitest';
import { shown, type Asked, type Settled } from './query-rows.svelte';

const asking = (q: string, rows?: string[]): Asked<string, string> => ({ q, rows });

describe('what a query state shows', () => {
	it('rows answered at once are shown with the asking, whatever settled before', () => {
		const old = asking('a', ['row of a']);
		const now = asking('b', ['row of b']);
		const settled: Settled<string> = { for: old, data: ['row of a'], error: 'stale error' };
		expect(shown(now, settled)).toEqual({ data: ['row of b'], error: null, loading: false });
	});

	it('while the answer is on the way: the previous rows, marked loading, without the previous error', () => {
		const old = asking('a');
		const now = asking('b');
		expect(shown(now, { for: old, data: ['row of a'], error: 'failed a' })).toEqual({
			data: ['row of a'],
			error: null,
			loading: true
		});
		expect(shown(now, { for: null, data: null, error: null })).toEqual({
			data: null,
			error: null,
			loading: true
		});
	});

	it("the answer to this very asking settles it; an equal query asked again (new data) is not settled by the old one's answer", () => {
		const first = asking('a');
		const again = asking('a');
		const settled: Settled<string> = { for: first, data: ['row of a'], error: null };
		expect(shown(first, settled).loading).toBe(false);
		expect(shown(again, settled)).toEqual({ data: ['row of a'], error: null, loading: true });
		expect(shown(first, { ...settled, error: 'failed' })).toEqual({
			data: ['row of a'],
			error: 'failed',
			loading: false
		});
	});
});
