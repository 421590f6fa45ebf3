import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FAST_FILES_ENV, fastFilesLiteral } from '../scripts/fast-page-index.mjs';

/** The inline script of src/app.html that requests a link's first fast-path files. */
const template = readFileSync('src/app.html', 'utf8')
	.match(/<script>([\s\S]*?)<\/script>/)![1]!
	.replaceAll('%sveltekit.assets%', '');
/** The script as built without a fast manifest: it asks the manifest which files there are. */
const script = template.replaceAll(`%sveltekit.env.${FAST_FILES_ENV}%`, '');

const MANIFEST = {
	files: {
		year: 'common/year.0000000001.json',
		region_code: 'common/region_code.0000000002.json',
		t2_license_decisions: 'c/t2_license_decisions.0000000003.json',
		t4_review_total: 'c/t4_review_total.0000000004.json',
		'region:3208': 'c/region-3208.0000000005.json',
		'region:5404': 'c/region-5404.0000000006.json'
	}
};

/** The script as built with the fast manifest's file map (vite.config.ts). */
const built = template.replaceAll(`%sveltekit.env.${FAST_FILES_ENV}%`, fastFilesLiteral(MANIFEST));

/** Runs the script as the page at `url` would; returns what it requested and what it left. */
async function open(url: string, source = script) {
	const requested: string[] = [];
	const fetch = async (path: string) => {
		requested.push(path);
		return { ok: true, json: async () => (path.endsWith('manifest.json') ? MANIFEST : [path]) };
	};
	const scope: {
		__ogiFast?: {
			files: Record<string, Promise<unknown>>;
			settled: Promise<void>;
		};
	} = {};
	new Function('globalThis', 'location', 'fetch', source)(scope, new URL(url), fetch);
	await scope.__ogiFast!.settled;
	return { requested, files: scope.__ogiFast!.files };
}

describe('app.html requests a link’s first files before the app’s code arrives', () => {
	it('the default overview (prebuilt answers) asks for the manifest only', async () => {
		expect((await open('http://x/')).requested).toEqual(['/data/fast/manifest.json']);
	});

	it('a link asks for the columns every view reads and its metric, kept for fast.ts', async () => {
		const { requested, files } = await open('http://x/rank?m=t2_license_decisions&y=2021');
		expect(requested).toEqual([
			'/data/fast/manifest.json',
			'/data/fast/common/year.0000000001.json',
			'/data/fast/common/region_code.0000000002.json',
			'/data/fast/c/t2_license_decisions.0000000003.json'
		]);
		expect(await files['c/t2_license_decisions.0000000003.json']).toEqual([
			'/data/fast/c/t2_license_decisions.0000000003.json'
		]);
	});

	it('a region profile asks for its region’s shard', async () => {
		const { requested } = await open('http://x/region?r=320813&y=2023');
		expect(requested).toContain('/data/fast/c/region-3208.0000000005.json');
		expect(requested).not.toContain('/data/fast/c/region-5404.0000000006.json');
	});

	it.each([
		['without', script],
		['with', built]
	])(
		'%s the build’s file map, failed files leave nothing pending (the views ask again)',
		async (_, source) => {
			const scope: { __ogiFast?: { settled: Promise<void> } } = {};
			const fail = async () => ({ ok: false, status: 404, json: async () => null });
			new Function('globalThis', 'location', 'fetch', source)(
				scope,
				new URL('http://x/rank'),
				fail
			);
			await expect(scope.__ogiFast!.settled).resolves.toBeUndefined();
		}
	);

	describe('with the file map the build writes into the page', () => {
		it('requests the link’s files at once, without waiting for the manifest', () => {
			const requested: string[] = [];
			const never = (path: string) => {
				requested.push(path);
				return new Promise(() => {});
			};
			const scope: { __ogiFast?: { files: Record<string, Promise<unknown>> } } = {};
			new Function('globalThis', 'location', 'fetch', built)(
				scope,
				new URL('http://x/region?r=320813&m=t4_review_total'),
				never
			);
			// Synchronously, in the script's own turn: before the parser reaches the app's chunks.
			expect(requested).toEqual([
				'/data/fast/manifest.json',
				'/data/fast/common/year.0000000001.json',
				'/data/fast/common/region_code.0000000002.json',
				'/data/fast/c/t4_review_total.0000000004.json',
				'/data/fast/c/region-3208.0000000005.json'
			]);
			expect(Object.keys(scope.__ogiFast!.files)).toHaveLength(5);
		});

		it('asks for the same files as the manifest names, and none on the default overview', async () => {
			for (const url of [
				'http://x/rank?m=t2_license_decisions&y=2021',
				'http://x/',
				'http://x/region?r=540426'
			])
				expect((await open(url, built)).requested.sort()).toEqual(
					(await open(url)).requested.sort()
				);
			expect((await open('http://x/', built)).requested).toEqual(['/data/fast/manifest.json']);
		});

		it('no path can end the script element', () => {
			expect(fastFilesLiteral({ files: { x: 'c/</script>.json' } })).not.toContain('</');
			expect(fastFilesLiteral(null)).toBe('');
		});
	});
});
