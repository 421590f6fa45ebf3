import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '$lib/report';

const DIR = 'tests/fixtures/reports';

/** A corpus fixture's text and the parser's golden reading of it (tests only). */
export function corpusReport(file: string): { text: string; report: Report } {
	const text = readFileSync(join(DIR, file), 'utf8');
	const golden = JSON.parse(readFileSync(join(DIR, `${file}.expected.json`), 'utf8'));
	return {
		text,
		report: {
			organ_name: golden.organ_name,
			year: golden.year,
			format_version: golden.format_version,
			region_code: golden.region_code,
			values: golden.values,
			cells: {}
		}
	};
}
