import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { FAST_FILES_ENV, fastFilesLiteralAt } from './scripts/fast-page-index.mjs';
import { landingChunkPlugin } from './scripts/landing-chunk.mjs';
import { duckdbSlimWasm } from './scripts/wasm/slim.mjs';

// The fast-path file map goes into the page (src/app.html): a shared link's first files are then
// requested with the HTML. The build writes the manifest (scripts/data/fast.ts) before vite runs.
// Not under vitest: its workers inherit the environment, and at the national scale the map
// (≈ 150 kB) is over the kernel's limit for one variable (spawn E2BIG).
if (!process.env.VITEST)
	process.env[FAST_FILES_ENV] = fastFilesLiteralAt('static/data/fast/manifest.json');

// Exports name the dataset they come from: its SHA256SUMS lists every published file's bytes, so
// the hash of that list is a deterministic version that changes with any of them.
const dataVersion = createHash('sha256')
	.update(readFileSync(`${process.env.OGI_DATA || 'data'}/SHA256SUMS`))
	.digest('hex')
	.slice(0, 12);

export default defineConfig({
	define: { __DATA_VERSION__: JSON.stringify(dataVersion) },
	plugins: [
		sveltekit(),
		// The landing page's code in one chunk, compiled while it streams in (scripts/landing-chunk.mjs).
		landingChunkPlugin(),
		// DuckDB's eh wasm without the 75k exports no code of ours reaches (scripts/wasm/slim.mjs).
		duckdbSlimWasm()
	],
	build: { chunkSizeWarningLimit: 1024 },
	// The import worker lazy-loads pdf.js, mammoth and exceljs: module workers split into chunks.
	worker: { format: 'es' },
	test: {
		include: ['src/**/*.test.ts', 'tests/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		expect: { requireAssertions: true },
		// Failsafes only (a test's time is never asserted; performance is the bench's): `npm test`
		// runs the unit tests beside the e2e tests, and at load 12 single tests took 30 s and the
		// national dataset's build 120 s.
		testTimeout: 300_000,
		hookTimeout: 600_000,
		// Vitest leaves one core free by default: on a 2-core CI machine that is one test file at a time.
		maxWorkers: availableParallelism()
	}
});
