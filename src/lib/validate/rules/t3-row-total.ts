import {
	t3,
	T3_APPLICANT_COLUMNS,
	T3_COLUMN_ZH,
	T3_ROWS,
	inFormat,
	field,
	type Issue,
	type Report
} from '$lib/report';
import { checkIdentity } from '../identity';

export function t3RowTotal(report: Report): Issue[] {
	return T3_ROWS.flatMap((row) => {
		if (!inFormat(field(t3(row.key, 'total')), report.format_version)) return [];
		const issue = checkIdentity(
			report,
			't3.row_total',
			`表三/${row.zh}`,
			T3_APPLICANT_COLUMNS.map((c) => ({ id: t3(row.key, c), label: T3_COLUMN_ZH[c] })),
			[{ id: t3(row.key, 'total'), label: '总计' }],
			`${row.zh}行`
		);
		return issue ? [issue] : [];
	});
}
