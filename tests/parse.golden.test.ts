import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureFiles, parseFixture, summarise } from './golden';

// The Observable Framework loop: each fixture has an expectation built by reading the source
// document; on a mismatch a local run writes <name>.changed.json to diff against it.
describe('parser golden files', () => {
	for (const file of fixtureFiles()) {
		it(file, async () => {
			const expectedPath = join(FIXTURES, `${file}.expected.json`);
			expect(existsSync(expectedPath), `missing ${expectedPath}`).toBe(true);
			const expected = JSON.parse(readFileSync(expectedPath, 'utf8'));
			const actual = summarise(await parseFixture(file));
			if (JSON.stringify(actual) !== JSON.stringify(expected) && !process.env.CI)
				writeFileSync(
					join(FIXTURES, `${file}.changed.json`),
					JSON.stringify(actual, null, '\t') + '\n'
				);
			expect(actual).toEqual(expected);
		});
	}
});
