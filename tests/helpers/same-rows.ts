import { expect } from 'vitest';

/** Exact for counts and integer sums; floating sums (fees) within 1e-12 relative. */
export function expectSameRows(
	actual: Record<string, unknown>[],
	expected: Record<string, unknown>[]
) {
	expect(actual.length).toBe(expected.length);
	actual.forEach((row, i) => {
		const want = expected[i]!;
		expect(Object.keys(row)).toEqual(Object.keys(want));
		for (const [k, v] of Object.entries(want)) {
			const got = row[k];
			if (typeof v === 'number' && !Number.isInteger(v))
				expect(Math.abs((got as number) - v)).toBeLessThanOrEqual(Math.abs(v) * 1e-12);
			else expect(got, `${k} of row ${i}`).toEqual(v);
		}
	});
}
