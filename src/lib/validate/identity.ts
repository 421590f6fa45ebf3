import type { FieldId, Issue, Report } from '$lib/report';
import type { RuleId } from '$lib/report/rules';

export interface Term {
	id: FieldId;
	label: string;
}

interface Side {
	sum: number;
	shown: string;
	blanks: string[];
	checkable: boolean;
}

const fmt = (n: number) => String(Math.round(n * 100) / 100);

/** A cell the report does not have at all (table or row not found), as opposed to a blank one. */
export const isMissing = (report: Report, id: FieldId) =>
	report.cells[id]?.state === 'missing' ||
	(report.cells[id] === undefined && report.values[id] === undefined);

function side(report: Report, terms: Term[]): Side {
	let sum = 0;
	const parts: string[] = [];
	const blanks: string[] = [];
	let present = 0;
	for (const t of terms) {
		if (isMissing(report, t.id)) continue;
		const v = report.values[t.id];
		present++;
		if (typeof v === 'number') sum += v;
		else blanks.push(t.label);
		parts.push(typeof v === 'number' ? fmt(v) : '空');
	}
	const shown = terms.length > 8 ? `各项之和 ${fmt(sum)}` : parts.join(' + ');
	return { sum, shown, blanks, checkable: present === terms.length };
}

/**
 * Checks `Σ lhs = Σ rhs` on one report. Blank and n/a cells count as 0 (and the message says so);
 * an identity with a missing cell (table or row not found) cannot be checked and yields nothing.
 */
export function checkIdentity(
	report: Report,
	rule: RuleId,
	path: string,
	lhs: Term[],
	rhs: Term[],
	context: string
): Issue | null {
	const l = side(report, lhs);
	const r = side(report, rhs);
	if (!l.checkable || !r.checkable) return null;
	if (Math.abs(l.sum - r.sum) < 1e-6) return null;
	const expect = `${lhs.map((t) => t.label).join(' + ')} = ${rhs.map((t) => t.label).join(' + ')}`;
	const blanks = [...l.blanks, ...r.blanks];
	const blankNote = blanks.length ? `；空白单元格按 0 计（${blanks.join('、')}）` : '';
	return {
		rule,
		level: 'error',
		path,
		message: `应满足 ${expect}，实际 ${l.shown} ≠ ${r.shown}（${context}${blankNote}）`,
		fields: [...lhs, ...rhs].map((t) => t.id)
	};
}
