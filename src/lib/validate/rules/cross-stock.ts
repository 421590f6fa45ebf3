import type { FieldId, Issue } from '$lib/report';
import type { YearPair } from '../series';

const STOCKS = [
	{
		label: '规章',
		issued: 't2_rule_issued',
		repealed: 't2_rule_repealed',
		inForce: 't2_rule_in_force'
	},
	{
		label: '行政规范性文件',
		issued: 't2_normdoc_issued',
		repealed: 't2_normdoc_repealed',
		inForce: 't2_normdoc_in_force'
	}
] as const satisfies readonly {
	label: string;
	issued: FieldId;
	repealed: FieldId;
	inForce: FieldId;
}[];

/** 2021 format: 现行有效(t) = 现行有效(t−1) + 本年制发(t) − 本年废止(t). */
export function crossStock({ prev, cur }: YearPair): Issue[] {
	if (prev.report.format_version !== '2021' || cur.report.format_version !== '2021') return [];
	return STOCKS.flatMap((s) => {
		const before = prev.values[s.inForce];
		const issued = cur.values[s.issued];
		const repealed = cur.values[s.repealed];
		const now = cur.values[s.inForce];
		if ([before, issued, repealed, now].some((v) => typeof v !== 'number')) return [];
		const expected = (before as number) + (issued as number) - (repealed as number);
		if (expected === now) return [];
		return [
			{
				rule: 'cross.stock',
				level: 'warning',
				path: `表二/${s.label}`,
				message: `应满足 现行有效 = ${prev.year}年现行有效 + 本年制发 − 本年废止，实际 ${now} ≠ ${before} + ${issued} − ${repealed}（${s.label}）`,
				fields: [s.inForce]
			}
		];
	});
}
