import { describe, expect, it } from 'vitest';
import { VersionedCache } from './answers';

describe('answers kept per data version', () => {
	it('returns the rows kept for the same query while the data did not change', () => {
		const cache = new VersionedCache<number[]>();
		const rows = [1, 2];
		cache.set('q', 0, rows);
		expect(cache.get('q', 0)).toBe(rows);
		expect(cache.get('other', 0)).toBeUndefined();
	});

	it('never answers from an older data version (imported rows joined): all are dropped', () => {
		const cache = new VersionedCache<number[]>();
		cache.set('a', 0, [1]);
		cache.set('b', 0, [2]);
		expect(cache.get('a', 1)).toBeUndefined();
		expect(cache.size).toBe(0);
		// Nor do they come back if an old version is asked for again.
		expect(cache.get('b', 0)).toBeUndefined();
		cache.set('a', 1, [3]);
		expect(cache.get('a', 1)).toEqual([3]);
		expect(cache.get('a', 2)).toBeUndefined();
	});

	it('drops an answer that finished after the data changed (it describes the old rows)', () => {
		const cache = new VersionedCache<string>();
		cache.set('new', 2, 'N');
		cache.set('slow', 1, 'S');
		expect(cache.get('slow', 1)).toBeUndefined();
		expect(cache.get('new', 2)).toBe('N');
	});

	it('keeps at most `max` answers, dropping the least recently used', () => {
		const cache = new VersionedCache<string>(2);
		cache.set('a', 0, 'A');
		cache.set('b', 0, 'B');
		expect(cache.get('a', 0)).toBe('A');
		cache.set('c', 0, 'C');
		expect(cache.get('b', 0)).toBeUndefined();
		expect(cache.get('a', 0)).toBe('A');
		expect(cache.get('c', 0)).toBe('C');
	});
});
