import { t3, T3_COLUMNS, T3_COLUMN_ZH, type Issue } from '$lib/report';
import type { YearPair } from '../series';

/** Same body and scope, consecutive years: this year's 上年结转 equals last year's 结转下年度. */
export function crossCarry({ prev, cur }: YearPair): Issue[] {
	return T3_COLUMNS.flatMap((col) => {
		const before = prev.values[t3('carried_forward', col)];
		const now = cur.values[t3('carried_over_in', col)];
		if (typeof before !== 'number' || typeof now !== 'number' || before === now) return [];
		return [
			{
				rule: 'cross.carry',
				level: 'warning',
				path: `表三/${T3_COLUMN_ZH[col]}`,
				message: `应满足 本年上年结转 = ${prev.year}年结转下年度，实际 ${now} ≠ ${before}（${T3_COLUMN_ZH[col]}列）`,
				fields: [t3('carried_over_in', col)]
			}
		];
	});
}
