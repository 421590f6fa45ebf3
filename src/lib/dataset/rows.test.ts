import { describe, expect, it } from 'vitest';
import { t3, t4 } from '$lib/report';
import { report } from '$lib/validate/test-reports';
import { fromWideRow, toWideRow, type ReportMeta } from './rows';

describe('fromWideRow', () => {
	it('gives back the report a row was made from (same row again)', () => {
		const meta: ReportMeta = {
			report_id: '320813-2023-gov',
			region: {
				code: '320813',
				name: '洪泽区',
				level: 'county',
				parent_code: '320800',
				province_code: '320000',
				name_en: null,
				pinyin: '',
				pinyin_initials: ''
			},
			scope: 'government_itself',
			data_origin: 'real',
			source: 'x'
		};
		const r = report({ [t3('new_received', 'total')]: 5, [t4('review', 'total')]: null });
		r.cells[t4('review', 'total')] = { state: 'blank', raw: '' };
		const row = toWideRow(meta, r, true);
		const back = fromWideRow(row);
		expect(toWideRow(back.meta, back.report, true)).toEqual(row);
		expect(back.report.cells[t4('review', 'total')]?.state).toBe('blank');
	});
});
