import { t3, T3_COLUMNS, T3_COLUMN_ZH, type Issue, type Report } from '$lib/report';
import { checkIdentity } from '../identity';

/** 第一项加第二项之和，等于第三项加第四项之和 — the only identity printed on the form. */
export function t3Balance(report: Report): Issue[] {
	return T3_COLUMNS.flatMap((col) => {
		const issue = checkIdentity(
			report,
			't3.balance',
			`表三/${T3_COLUMN_ZH[col]}`,
			[
				{ id: t3('new_received', col), label: '本年新收' },
				{ id: t3('carried_over_in', col), label: '上年结转' }
			],
			[
				{ id: t3('res_total', col), label: '办理结果总计' },
				{ id: t3('carried_forward', col), label: '结转下年度' }
			],
			`${T3_COLUMN_ZH[col]}列`
		);
		return issue ? [issue] : [];
	});
}
