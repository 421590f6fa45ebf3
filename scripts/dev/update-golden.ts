/**
 * Writes tests/fixtures/reports/*.expected.json from the parser's current output. Run only after
 * checking every changed value against the source document (the PDF is the truth).
 * npx tsx scripts/dev/update-golden.ts [FIXTURE...]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, fixtureFiles, parseFixture, summarise } from '../../tests/golden';

const only = process.argv.slice(2);
for (const file of fixtureFiles().filter((f) => !only.length || only.includes(f))) {
	const summary = summarise(await parseFixture(file));
	writeFileSync(
		join(FIXTURES, `${file}.expected.json`),
		JSON.stringify(summary, null, '\t') + '\n'
	);
	console.log(
		file,
		summary.ok,
		Object.keys(summary.values).length,
		'values',
		summary.issues.length,
		'issues'
	);
}
