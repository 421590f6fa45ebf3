import { describe, expect, it } from 'vitest';
import {
	isLandingModule,
	LANDING_CHUNK,
	LANDING_COMPILE_HINT,
	landingChunkPlugin,
	landingGroup
} from './landing-chunk.mjs';

/** A module graph by static importers, as rolldown's getModuleInfo gives it. */
const GRAPH: Record<string, string[]> = {
	'/app/node_modules/@sveltejs/kit/src/runtime/client/entry.js': [],
	'/app/node_modules/@sveltejs/kit/src/runtime/client/client.js': [
		'/app/node_modules/@sveltejs/kit/src/runtime/client/entry.js'
	],
	'/app/.svelte-kit/generated/client-optimized/app.js': [],
	'/app/.svelte-kit/generated/client-optimized/nodes/2.js': [],
	'/app/src/routes/+layout.svelte': ['/app/.svelte-kit/generated/client-optimized/nodes/0.js'],
	'/app/src/routes/+page.svelte': ['/app/.svelte-kit/generated/client-optimized/nodes/2.js'],
	'/app/src/routes/compare/+page.svelte': [
		'/app/.svelte-kit/generated/client-optimized/nodes/3.js'
	],
	// Shared by the landing page and another route: in the landing chunk.
	'/app/src/lib/format.ts': ['/app/src/routes/compare/+page.svelte', '/app/src/lib/kpi.ts'],
	'/app/src/lib/kpi.ts': ['/app/src/routes/+page.svelte'],
	// Only another route: left to rolldown.
	'/app/src/lib/compare.ts': ['/app/src/routes/compare/+page.svelte'],
	// An import cycle that no landing module reaches, and one that one does.
	'/app/src/lib/a.ts': ['/app/src/lib/b.ts'],
	'/app/src/lib/b.ts': ['/app/src/lib/a.ts', '/app/src/lib/compare.ts'],
	'/app/src/lib/c.ts': ['/app/src/lib/d.ts'],
	'/app/src/lib/d.ts': ['/app/src/lib/c.ts', '/app/src/routes/+layout.svelte'],
	// Reached only by a dynamic import (no static importer): left to rolldown.
	'/app/node_modules/echarts/lib/component/tooltip/install.js': []
};
const info = (id: string) => (id in GRAPH ? { importers: GRAPH[id]! } : null);

describe('the landing page’s chunk', () => {
	it('takes the roots and everything they import statically, at any depth, cycles too', () => {
		for (const id of [
			'/app/node_modules/@sveltejs/kit/src/runtime/client/client.js',
			'/app/.svelte-kit/generated/client-optimized/app.js',
			'/app/src/routes/+page.svelte',
			'/app/src/lib/kpi.ts',
			'/app/src/lib/format.ts',
			'/app/src/lib/c.ts',
			'/app/src/lib/d.ts'
		])
			expect(isLandingModule(id, info), id).toBe(true);
	});

	it('leaves other routes’ own modules, unreached cycles and dynamic imports to rolldown', () => {
		for (const id of [
			'/app/src/routes/compare/+page.svelte',
			'/app/src/lib/compare.ts',
			'/app/src/lib/a.ts',
			'/app/src/lib/b.ts',
			'/app/node_modules/echarts/lib/component/tooltip/install.js',
			'/app/unknown.js'
		])
			expect(isLandingModule(id, info), id).toBe(false);
	});

	it('answers the same whatever the order of the questions (the group shares its answers)', () => {
		const ids = Object.keys(GRAPH);
		const alone = ids.map((id) => isLandingModule(id, info));
		for (const order of [ids, [...ids].reverse()]) {
			const { name } = landingGroup();
			const ctx = { getModuleInfo: info };
			const named = new Map(order.map((id) => [id, name(id, ctx)]));
			expect(ids.map((id) => named.get(id) === LANDING_CHUNK)).toEqual(alone);
		}
	});
});

describe('the landing chunk plugin', () => {
	type Hook = (...args: unknown[]) => unknown;
	const plugin = landingChunkPlugin();
	const config = plugin.config as Hook;
	const generate = (plugin.generateBundle as { order: string; handler: Hook }).handler;

	it('groups the browser’s build only, never SvelteKit’s server build', () => {
		const browser = config({ build: { ssr: false } }) as {
			build: { rolldownOptions: { output: { codeSplitting: { groups: { name: unknown }[] } } } };
		};
		expect(browser.build.rolldownOptions.output.codeSplitting.groups).toHaveLength(1);
		expect(config({ build: { ssr: true } })).toEqual({});
	});

	it('puts the compile hint on the landing chunk’s first line, after Vite’s preamble', () => {
		expect((plugin.generateBundle as { order: string }).order).toBe('post');
		const preamble = 'const __vite__mapDeps=(i)=>i;\nexport{a};';
		const bundle = {
			landing: { type: 'chunk', name: LANDING_CHUNK, code: preamble },
			other: { type: 'chunk', name: 'compare', code: 'export{b};' },
			css: { type: 'asset', name: LANDING_CHUNK, source: 'a{}' }
		};
		generate({}, bundle);
		expect(bundle.landing.code.split('\n')[0]).toBe(LANDING_COMPILE_HINT);
		expect(bundle.landing.code.endsWith(preamble)).toBe(true);
		expect(bundle.other.code).toBe('export{b};');
		expect(bundle.css).toEqual({ type: 'asset', name: LANDING_CHUNK, source: 'a{}' });
	});
});
