// `npm test`: every check and test, in two lanes that run side by side so both cores stay busy —
// svelte-check, prettier and eslint are single-threaded, and the e2e build is mostly so.
//   static + unit: check → lint → test:unit
//   e2e:           dataset → chromium → build:e2e → playwright
// The unit tests read data/, which a fresh clone regenerates (its CSVs are git-ignored): they start
// only once the dataset step has finished. A lane stops at its first failure; the other runs on,
// and the exit code is non-zero if any step failed. Each step's lines are prefixed with its name;
// a summary of the steps' times ends the output.
import { spawn } from 'node:child_process';

const LANES = [
	[
		{ name: 'check', run: 'npm run --silent check' },
		{ name: 'prettier', run: 'npx prettier --check .' },
		{ name: 'eslint', run: 'npx eslint . --max-warnings=0' },
		{ name: 'unit', run: 'npm run --silent test:unit', after: 'dataset' }
	],
	[
		{ name: 'dataset', run: 'node scripts/sync-static-data.mjs' },
		{ name: 'chromium', run: 'node scripts/ensure-chromium.mjs' },
		{ name: 'build:e2e', run: 'npm run --silent build:e2e' },
		{ name: 'e2e', run: 'npx playwright test' }
	]
];

const started = performance.now();
const seconds = (from) => ((performance.now() - from) / 1000).toFixed(0);
const done = new Map();
const finished = (name) =>
	new Promise((resolve) => {
		const poll = () => (done.has(name) ? resolve(done.get(name)) : setTimeout(poll, 200));
		poll();
	});
const width = Math.max(...LANES.flat().map((s) => s.name.length));
const results = [];

function step({ name, run }) {
	return new Promise((resolve) => {
		const from = performance.now();
		const child = spawn(run, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
		const prefix = `[${name.padEnd(width)}] `;
		for (const stream of [child.stdout, child.stderr]) {
			let rest = '';
			stream.on('data', (chunk) => {
				const lines = (rest + chunk).split('\n');
				rest = lines.pop();
				for (const line of lines) process.stdout.write(prefix + line + '\n');
			});
			stream.on('end', () => rest && process.stdout.write(prefix + rest + '\n'));
		}
		child.on('close', (code) => {
			const ok = code === 0;
			results.push({ name, ok, time: seconds(from), end: seconds(started) });
			console.log(`${prefix}${ok ? 'done' : `FAILED (exit ${code})`} in ${seconds(from)} s`);
			resolve(ok);
		});
	});
}

async function lane(steps) {
	let ok = true;
	for (const s of steps) {
		if (ok && s.after) ok = await finished(s.after);
		if (ok) ok = await step(s);
		else results.push({ name: s.name, ok, time: '-', end: seconds(started), skipped: true });
		done.set(s.name, ok);
	}
}

await Promise.all(LANES.map(lane));
console.log(`\nnpm test: ${seconds(started)} s`);
for (const r of results)
	console.log(
		`  ${r.name.padEnd(width)}  ${r.skipped ? 'not run' : r.ok ? 'ok    ' : 'FAILED'}  ${String(r.time).padStart(4)} s, ended at ${r.end} s`
	);
process.exit(results.every((r) => r.ok) ? 0 : 1);
