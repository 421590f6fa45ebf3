import {
	t3,
	T3_COLUMNS,
	T3_COLUMN_ZH,
	T3_OUTCOME_PARTS,
	T3_ROW_ZH,
	type Issue,
	type Report
} from '$lib/report';
import { checkIdentity } from '../identity';

const PARTS = [...T3_OUTCOME_PARTS, 'res_other_total'] as const;

export function t3OutcomeSum(report: Report): Issue[] {
	return T3_COLUMNS.flatMap((col) => {
		const issue = checkIdentity(
			report,
			't3.outcome_sum',
			`表三/${T3_COLUMN_ZH[col]}`,
			PARTS.map((row) => ({ id: t3(row, col), label: T3_ROW_ZH[row] })),
			[{ id: t3('res_total', col), label: '办理结果总计' }],
			`${T3_COLUMN_ZH[col]}列`
		);
		return issue ? [issue] : [];
	});
}
