import { t3, T3_COLUMNS, T3_COLUMN_ZH, type Issue, type Report } from '$lib/report';
import { checkIdentity, isMissing } from '../identity';

/** 2021 format: （六）其他处理 = its three sub-rows; only where the sub-rows were printed. */
export function t3OtherSum(report: Report): Issue[] {
	if (report.format_version !== '2021') return [];
	return T3_COLUMNS.flatMap((col) => {
		const subs = (
			['res_other_no_correction', 'res_other_fee_unpaid', 'res_other_misc'] as const
		).map((row) => t3(row, col));
		if (subs.every((id) => isMissing(report, id))) return [];
		const issue = checkIdentity(
			report,
			't3.other_sum',
			`表三/${T3_COLUMN_ZH[col]}`,
			[
				{ id: subs[0]!, label: '逾期不补正' },
				{ id: subs[1]!, label: '逾期未缴费' },
				{ id: subs[2]!, label: '其他' }
			],
			[{ id: t3('res_other_total', col), label: '其他处理' }],
			`${T3_COLUMN_ZH[col]}列`
		);
		return issue ? [issue] : [];
	});
}
