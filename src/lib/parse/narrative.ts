import type { Issue, Report } from '$lib/report';
import { toHalfWidth } from './numbers';

const CLAIMS = [
	{
		pattern: /(?:收到|受理|共受理|新收)[^。；\d]{0,16}?(?:政府信息公开)?申请\s*(\d[\d,]*)\s*件/,
		label: '新收申请',
		ids: ['t3_new_received__total'] as const,
		also: ['t3_new_received__total', 't3_carried_over_in__total'] as const
	},
	{
		pattern: /行政复议(?:案件)?\s*(\d[\d,]*)\s*(?:件|起)/,
		label: '行政复议',
		ids: ['t4_review_total'] as const,
		also: ['t4_review_total'] as const
	}
];

/** text.table: a number the narrative states that the table contradicts (a soft check). */
export function checkNarrative(text: string, report: Report): Issue[] {
	const narrative = toHalfWidth(text).replace(/[\s\u3000]+/g, '');
	const issues: Issue[] = [];
	for (const claim of CLAIMS) {
		const m = claim.pattern.exec(narrative);
		if (!m) continue;
		const stated = Number((m[1] ?? '').replaceAll(',', ''));
		const table = claim.ids.map((id) => report.values[id]);
		const withCarry = claim.also.reduce((s, id) => s + (report.values[id] ?? 0), 0);
		if (table.some((v) => typeof v !== 'number')) continue;
		if (stated === table[0] || stated === withCarry) continue;
		issues.push({
			rule: 'text.table',
			level: 'warning',
			path: `正文/${claim.label}`,
			message: `正文称「${m[0].slice(0, 40)}」（${stated}），与表格不一致：表中为 ${table[0]}`,
			fields: [claim.ids[0]]
		});
	}
	return issues;
}
