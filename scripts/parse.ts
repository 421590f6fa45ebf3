/**
 * `npm run --silent parse -- --json FILE...` — one JSON element per input, in order (the contract in
 * spec/README.md); `--csv` prints one row per report with the canonical columns instead.
 * Exits 0 whenever it could run, whatever the reports say.
 */
import { readFileSync, statSync } from 'node:fs';
import Papa from 'papaparse';
import { FIELD_IDS } from '../src/lib/report';
import { regionsForLookup } from './data/divisions';
import { MAX_BYTES, parseFile } from '../src/lib/parse/input';
import type { ParseResult } from '../src/lib/parse/index';

const args = process.argv.slice(2);
const csv = args.includes('--csv');
const files = args.filter((a) => !a.startsWith('--'));
if (!files.length) {
	console.error('用法 usage: npm run --silent parse -- --json|--csv FILE...');
	process.exit(2);
}

const regions = regionsForLookup();

async function parseOne(file: string): Promise<ParseResult> {
	let size: number;
	try {
		size = statSync(file).size;
	} catch {
		return {
			ok: false,
			report: null,
			issues: [
				{
					rule: 'parse.unreadable',
					level: 'error',
					path: '',
					message: `文件不存在或无法打开：${file}（file not found）`
				}
			]
		};
	}
	const bytes =
		size > MAX_BYTES
			? new Uint8Array(size > 0 ? MAX_BYTES + 1 : 0)
			: new Uint8Array(readFileSync(file));
	return parseFile(file, bytes, { regions });
}

const results = [];
for (const file of files) results.push({ file, ...(await parseOne(file)) });

if (csv) {
	const columns = [
		'file',
		'ok',
		'organ_name',
		'year',
		'format_version',
		'region_code',
		'issues',
		...FIELD_IDS
	];
	const rows = results.map((r) => [
		r.file,
		r.ok,
		r.report?.organ_name ?? '',
		r.report?.year ?? '',
		r.report?.format_version ?? '',
		r.report?.region_code ?? '',
		r.issues.map((i) => `${i.rule}: ${i.message}`).join(' | '),
		...FIELD_IDS.map((id) => r.report?.values[id] ?? '')
	]);
	process.stdout.write(
		'\ufeff' + Papa.unparse({ fields: columns, data: rows }, { newline: '\n' }) + '\n'
	);
} else {
	process.stdout.write(JSON.stringify(results, null, 2) + '\n');
}
