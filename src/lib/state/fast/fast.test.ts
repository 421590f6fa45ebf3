import { beforeEach, describe, expect, it, vi } from 'vitest';
import { regionReports } from '$lib/queries/region';
import { allRegions } from '$lib/queries/regions';
import { DEFAULT_STATE } from '$lib/url/state';

vi.mock('$app/paths', () => ({ asset: (p: string) => `http://app${p}` }));

const REGIONS = [{ code: '320000', name: '江苏省' }];
const SHARD = {
	reports: [
		{ region_code: '320100', year: 2024 },
		{ region_code: '320200', year: 2024 }
	],
	findings: []
};
const FILES: Record<string, unknown> = {
	'manifest.json': {
		version: 'v',
		rows: 0,
		dicts: {},
		files: { regions: 'common/regions.json', 'region:3201': 'r/3201.json' }
	},
	'common/regions.json': REGIONS,
	'r/3201.json': SHARD
};

describe('fast answers', () => {
	beforeEach(() => {
		vi.resetModules();
		vi.stubGlobal(
			'fetch',
			vi.fn(async (url: string) => {
				const body = FILES[url.replace('http://app/data/fast/', '')];
				return new Response(JSON.stringify(body), { status: body ? 200 : 404 });
			})
		);
	});

	it('are computed at once once their files have arrived, with the same rows as the first time', async () => {
		const { fastAnswer, fastAnswerNow } = await import('./fast');
		const q = regionReports('320100');
		expect(fastAnswerNow(q, DEFAULT_STATE)).toBeUndefined();
		const first = await fastAnswer(q, DEFAULT_STATE);
		expect(first).toEqual([SHARD.reports[0]]);
		expect(fastAnswerNow(q, DEFAULT_STATE)).toEqual(first);
		// Another query whose file has not arrived yet is not answered synchronously.
		expect(fastAnswerNow(allRegions(), DEFAULT_STATE)).toBeUndefined();
		await fastAnswer(allRegions(), DEFAULT_STATE);
		expect(fastAnswerNow(allRegions(), DEFAULT_STATE)).toEqual(REGIONS);
	});

	it('leave queries of other shapes to the engine, and a missing file never counts as arrived', async () => {
		const { fastAnswer, fastAnswerNow } = await import('./fast');
		const other = { sql: 'SELECT 1', params: [] };
		expect(fastAnswer(other, DEFAULT_STATE)).toBeNull();
		expect(fastAnswerNow(other, DEFAULT_STATE)).toBeUndefined();
		const elsewhere = regionReports('110100'); // its shard is not in the manifest
		await expect(fastAnswer(elsewhere, DEFAULT_STATE)).rejects.toThrow();
		expect(fastAnswerNow(elsewhere, DEFAULT_STATE)).toBeUndefined();
	});
});
