import { field, isFieldId, valueKind, type Issue, type Report } from '$lib/report';

export function nonNegative(report: Report): Issue[] {
	const issues: Issue[] = [];
	for (const [id, v] of Object.entries(report.values)) {
		if (typeof v !== 'number' || !isFieldId(id)) continue;
		const kind = valueKind(id);
		const bad =
			!Number.isFinite(v) ||
			(kind === 'count' && (v < 0 || !Number.isInteger(v))) ||
			(kind === 'signed' && !Number.isInteger(v)) ||
			(kind === 'amount' && v < 0);
		if (!bad) continue;
		const f = field(id);
		issues.push({
			rule: 'domain.non_negative',
			level: 'error',
			path: `表${'〇一二三四'[f.table]}/${f.zh}`,
			message: `${kind === 'amount' ? '金额应为不小于 0 的数' : '件数应为不小于 0 的整数'}，实际为 ${v}（${f.zh}）`,
			fields: [id]
		});
	}
	return issues;
}
