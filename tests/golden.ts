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
		coverage: result.coverage ?? null,
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

export const KEYS = 'tests/fixtures/keys';

/** A hand-checked answer key: a number per cell, or "blank" for a printed empty cell. */
export interface AnswerKey {
	organ_name: string;
	year: number;
	format_version: string;
	values: Record<string, number | 'blank'>;
}

/** The answer key of a fixture (`printed-x.pdf` and `printed-x.html` share `printed-x.key.json`). */
export function keyFor(file: string): AnswerKey | null {
	const name = readdirSync(KEYS).find((k) => k === file.replace(/\.[^.]+$/, '') + '.key.json');
	return name ? (JSON.parse(readFileSync(join(KEYS, name), 'utf8')) as AnswerKey) : null;
}

/** Cells read as the key says (a blank must stay blank, never 0), and the ones that were not. */
export function scoreAgainstKey(result: ParseResult, key: AnswerKey) {
	const wrong: string[] = [];
	const values = (result.report?.values ?? {}) as Record<string, number | null>;
	const cells = (result.report?.cells ?? {}) as Record<string, { state: string } | undefined>;
	for (const [id, want] of Object.entries(key.values)) {
		const state = cells[id]?.state;
		const ok = want === 'blank' ? state === 'blank' : state === 'number' && values[id] === want;
		if (!ok) wrong.push(`${id}: ${want} ≠ ${values[id] ?? state ?? 'absent'}`);
	}
	const total = Object.keys(key.values).length;
	return { total, correct: total - wrong.length, wrong };
}
