/**
 * `npm run bench:parse`: parser throughput (reports per second) on the golden fixtures, per input
 * type, in one process (no start-up cost), and the golden accuracy (cells equal to expectations).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseFile } from '../src/lib/parse/input';

const DIR = 'tests/fixtures/reports';
const SECONDS = Number(process.argv[process.argv.indexOf('--seconds') + 1]) || 3;
const files = readdirSync(DIR).filter((f) => !f.endsWith('.json') && !f.startsWith('bad-'));
const byType = new Map<string, string[]>();
for (const f of files) {
	const ext = f.split('.').pop()!;
	byType.set(ext, [...(byType.get(ext) ?? []), f]);
}

for (const [ext, list] of byType) {
	const inputs = list.map((f) => ({ f, bytes: new Uint8Array(readFileSync(join(DIR, f))) }));
	let n = 0;
	const start = performance.now();
	while (performance.now() - start < SECONDS * 1000) {
		for (const i of inputs) {
			await parseFile(i.f, i.bytes);
			n++;
		}
	}
	const rate = n / ((performance.now() - start) / 1000);
	console.log(
		`${ext.padEnd(5)} ${rate.toFixed(1).padStart(8)} reports/s  (${list.length} fixture${list.length > 1 ? 's' : ''})`
	);
}

let cells = 0;
let correct = 0;
for (const f of files) {
	const expected = JSON.parse(readFileSync(join(DIR, `${f}.expected.json`), 'utf8'))
		.values as Record<string, number | null>;
	const result = await parseFile(f, new Uint8Array(readFileSync(join(DIR, f))));
	for (const [id, v] of Object.entries(expected)) {
		cells++;
		if ((result.report?.values as Record<string, number | null> | undefined)?.[id] === v) correct++;
	}
}
console.log(
	`golden accuracy: ${correct}/${cells} cells (${((100 * correct) / cells).toFixed(2)}%) over ${files.length} reports`
);
