import { describe, expect, it } from 'vitest';
import { fixtureFiles, keyFor, parseFixture, scoreAgainstKey } from './golden';

// Fixtures with a hand-checked answer key must be read completely: every number, every printed
// empty cell kept blank, and the title's body, year and format.
describe('fixtures against their answer keys', () => {
	for (const file of fixtureFiles().filter((f) => keyFor(f))) {
		it(file, async () => {
			const key = keyFor(file)!;
			const result = await parseFixture(file);
			expect(result.ok).toBe(true);
			expect(result.report).toMatchObject({
				organ_name: key.organ_name,
				year: key.year,
				format_version: key.format_version
			});
			expect(scoreAgainstKey(result, key).wrong).toEqual([]);
		});
	}
});
