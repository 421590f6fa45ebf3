import { describe, expect, it } from 'vitest';
import { timeliness } from '$lib/checks/deadline';
import { DEMO_LATE_SHARE, demoPublication, publicationFromManifest } from './publication';

describe('publication dates', () => {
	it('reads a manifest line and refuses a date without a basis, a bad date or a bad URL', () => {
		expect(
			publicationFromManifest({
				published: '2025-02-25',
				published_basis: 'pdf_created',
				source_url: ''
			})
		).toEqual({ published_on: '2025-02-25', published_basis: 'pdf_created', source_url: null });
		expect(publicationFromManifest({})).toEqual({
			published_on: null,
			published_basis: null,
			source_url: null
		});
		expect(() => publicationFromManifest({ published: '2025-02-25' })).toThrow(/依据/);
		expect(() =>
			publicationFromManifest({ published: '2025-02-30', published_basis: 'page' })
		).toThrow(/YYYY-MM-DD/);
		expect(() =>
			publicationFromManifest({ published: '2025-02-01', published_basis: 'guess' })
		).toThrow(/未知/);
		expect(() => publicationFromManifest({ source_url: 'www.x.gov.cn' })).toThrow(/http/);
	});

	it('demo dates are deterministic, marked demo, and mostly on time', () => {
		expect(demoPublication('320800-2023-gov', 2023, 'government_itself', 1)).toEqual(
			demoPublication('320800-2023-gov', 2023, 'government_itself', 1)
		);
		const rows = Array.from({ length: 2000 }, (_, i) => ({
			year: 2020 + (i % 5),
			scope: i % 3 ? ('government_itself' as const) : ('organ' as const),
			pub: demoPublication(`r${i}`, 2020 + (i % 5), i % 3 ? 'government_itself' : 'organ', 7)
		}));
		expect(rows.every((r) => r.pub.published_basis === 'demo')).toBe(true);
		const late = rows.filter(
			(r) =>
				timeliness(r.year, r.scope === 'organ' ? 'department' : 'government', r.pub.published_on)
					.status === 'late'
		).length;
		expect(late / rows.length).toBeGreaterThan(DEMO_LATE_SHARE / 2);
		expect(late / rows.length).toBeLessThan(DEMO_LATE_SHARE * 2);
		// Nobody publishes a report before the year it reports on has ended.
		expect(rows.every((r) => (r.pub.published_on ?? '') > `${r.year}-12-31`)).toBe(true);
	});
});
