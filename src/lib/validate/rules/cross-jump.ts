import { field, type FieldId, type Issue } from '$lib/report';
import type { YearPair } from '../series';

export const HEADLINE_FIELDS = [
	't3_new_received__total',
	't2_license_decisions',
	't2_penalty_decisions'
] as const satisfies readonly FieldId[];

const MIN_BASE = 30;

/** A headline metric moving by more than ×10 (either way) from a base of at least 30. */
export function crossJump({ prev, cur }: YearPair): Issue[] {
	return HEADLINE_FIELDS.flatMap((id) => {
		const before = prev.values[id];
		const now = cur.values[id];
		if (typeof before !== 'number' || typeof now !== 'number' || before < MIN_BASE) return [];
		const ratio = now / before;
		if (ratio <= 10 && ratio >= 0.1) return [];
		const label = field(id).zh.split(' / ').slice(-2).join('/');
		return [
			{
				rule: 'cross.jump',
				level: 'warning',
				path: `表${field(id).table === 2 ? '二' : '三'}/${label}`,
				message: `同比变化超过 10 倍：${prev.year}年 ${before} → ${cur.year}年 ${now}（${label}）`,
				fields: [id]
			}
		];
	});
}
