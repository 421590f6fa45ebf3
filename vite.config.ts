import { availableParallelism } from 'node:os';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	build: { chunkSizeWarningLimit: 1024 },
	// The import worker lazy-loads pdf.js, mammoth and exceljs: module workers split into chunks.
	worker: { format: 'es' },
	test: {
		include: ['src/**/*.test.ts', 'tests/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		expect: { requireAssertions: true },
		testTimeout: 30_000,
		// Vitest leaves one core free by default: on a 2-core CI machine that is one test file at a time.
		maxWorkers: availableParallelism()
	}
});
