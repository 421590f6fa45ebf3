import { describe, expect, it } from 'vitest';
import { t4 } from '$lib/report';
import { validateReport } from '$lib/validate';
import { report } from '$lib/validate/test-reports';
import type { Region } from '$lib/dataset/regions';
import {
	correct,
	correctedReport,
	currentIssues,
	existingId,
	importedEntries,
	importedId,
	unresolved,
	type ImportedReport
} from './record';

const region = { code: '320813', name: '洪泽区', level: 'county' } as Region;
const total = t4('review', 'total');

function rec(hash: string, year = 2023): ImportedReport {
	const parsed = report({
		[t4('review', 'upheld')]: 10,
		[t4('review', 'corrected')]: 1,
		[t4('review', 'other')]: 0,
		[t4('review', 'pending')]: 0,
		[total]: 0
	});
	parsed.cells[total] = { state: 'number', raw: '0' };
	parsed.year = year;
	return {
		hash,
		file: `${hash}.txt`,
		size: 1,
		importedAt: '2026-11-30T00:00:00.000Z',
		parsed,
		parseIssues: [
			{ rule: 'parse.format_guess', level: 'info', path: '表二', message: 'guess' },
			...validateReport(parsed)
		],
		region,
		scope: 'government_itself',
		year,
		candidates: [],
		scopeReason: '',
		corrections: [],
		status: 'accepted',
		replaces: null
	};
}

describe('corrections', () => {
	it('keep the original text and time, rerun the identities, keep extraction findings', () => {
		const before = currentIssues(rec('a'));
		expect(before.some((i) => i.rule === 't4.review_sum')).toBe(true);
		const fixed = correct(rec('a'), total, 11, new Date('2026-11-30T08:00:00Z'));
		expect(fixed.corrections).toEqual([
			{
				field: total,
				before: 0,
				beforeState: 'number',
				beforeRaw: '0',
				after: 11,
				at: '2026-11-30T08:00:00.000Z'
			}
		]);
		expect(correctedReport(fixed).values[total]).toBe(11);
		expect(fixed.parsed.values[total]).toBe(0);
		const after = currentIssues(fixed);
		expect(after.some((i) => i.rule === 't4.review_sum')).toBe(false);
		expect(after.some((i) => i.rule === 'parse.format_guess')).toBe(true);
		expect(correct(fixed, total, 0, new Date()).corrections).toEqual([]);
	});
});

describe('imported entries', () => {
	it('asks for what is unresolved and leaves unconfirmed reports out', () => {
		const open = { ...rec('b'), region: null, scope: null, status: 'review' as const };
		expect(unresolved(open)).toEqual(['region', 'scope']);
		expect(importedEntries([open])).toEqual([]);
	});

	it('give imports their own ids beside the existing report, one series per body', () => {
		const [a, b] = importedEntries([rec('aaaaaaaa11'), rec('bbbbbbbb22', 2024)]);
		expect(a?.meta.report_id).toBe('320813-2023-gov-imp-aaaaaaaa');
		expect(existingId(rec('aaaaaaaa11'))).toBe('320813-2023-gov');
		expect(a?.meta.data_origin).toBe('imported');
		expect(a?.series).toBe(b?.series);
	});

	it('keep two imports of one year apart (kept both) and keep a bundle id on re-import', () => {
		const [a, b] = importedEntries([rec('aaaaaaaa11'), rec('cccccccc33')]);
		expect(a?.series).not.toBe(b?.series);
		const again = { ...rec('dddddddd44'), id: '320813-2023-gov-imp-aaaaaaaa' };
		expect(importedId(again)).toBe('320813-2023-gov-imp-aaaaaaaa');
		expect(importedId({ ...again, id: 'x=1' })).toBe('320813-2023-gov-imp-dddddddd');
	});
});
