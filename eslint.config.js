import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const BROWSER_ONLY = {
	group: ['svelte', 'svelte/*', '$app/*', '@duckdb/duckdb-wasm', '$lib/db/*', '$lib/components/*'],
	message:
		'Pure layers (report, parse, validate, checks, metrics, queries, url, charts, dataset) run in Node, the browser and scripts unchanged: no Svelte, SvelteKit, DuckDB client or components here.'
};

/** @type {import('eslint').Linter.Config[]} */
export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		files: [
			'src/lib/{report,parse,validate,checks,metrics,queries,url,charts,dataset,regions,i18n}/**/*.ts',
			'src/lib/format.ts'
		],
		ignores: ['src/lib/charts/echarts.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						BROWSER_ONLY,
						{
							group: ['echarts', 'echarts/*'],
							allowTypeImports: true,
							message:
								'Only charts/echarts.ts imports ECharts values; builders return plain options.'
						}
					]
				}
			]
		}
	},
	{
		// ECharts' barrels import every part it has: through one, the landing chunk (which takes
		// whatever the page imports statically, scripts/landing-chunk.mjs) took the lazily loaded
		// parts too. Dynamic import() of a barrel is fine (the rule does not apply to it).
		files: ['src/lib/charts/echarts.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [
						'echarts/charts',
						'echarts/components',
						'echarts/renderers',
						'echarts/features'
					].map((name) => ({
						name,
						allowTypeImports: true,
						message:
							"Import each part from its own module (echarts/lib/…/install.js): a barrel puts all of ECharts' parts in the landing chunk."
					}))
				}
			]
		}
	},
	{
		files: ['src/lib/report/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['$lib/*', '../*'],
							message: 'report/ is the schema: it imports nothing from src/lib.'
						}
					]
				}
			]
		}
	},
	{
		files: ['src/lib/db/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['$lib/*'],
							message: 'db/ depends on nothing else in src/lib, so the engine can be swapped.'
						}
					]
				}
			]
		}
	},
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'dist/',
			'static/data/',
			'data/',
			'test-results/',
			'playwright-report/'
		]
	}
);
