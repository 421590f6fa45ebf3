import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { regionsForLookup } from '../scripts/data/divisions';
import { parseFile } from '../src/lib/parse/input';
import type { ParseResult } from '../src/lib/parse/index';

export const FIXTURES = 'tests/fixtures/reports';

export const REGIONS = regionsForLookup();

/** Every fixture report file (not the expectations themselves). */
export const fixtureFiles = () =>
	readdirSync(FIXTURES)
		.filter((f) => !/\.(expected|changed)\.json$/.test(f))
		.sort();

export const parseFixture = (file: string) =>
	parseFile(file, new Uint8Array(readFileSync(join(FIXTURES, file))), { regions: REGIONS });

/** The comparable summary of a parse: every value, every non-number state, the issues found. */
export function summarise(result: ParseResult) {
	const r = result.report;
	return {
		ok: result.ok,
		organ_name: r?.organ_name ?? null,
		year: r?.year ?? null,
		format_version: r?.format_version ?? null,
		region_code: r?.region_code ?? null,
		values: r
			? Object.fromEntries(Object.entries(r.values).sort(([a], [b]) => a.localeCompare(b)))
			: {},
		states: r
			? Object.fromEntries(
					Object.entries(r.cells)
						.filter(([, c]) => c?.state !== 'number')
						.map(([id, c]) => [id, c?.state])
						.sort(([a], [b]) => String(a).localeCompare(String(b)))
				)
			: {},
		issues: [...new Set(result.issues.map((i) => `${i.rule} ${i.path}`))].sort()
	};
}
