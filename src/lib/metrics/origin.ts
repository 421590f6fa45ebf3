/**
 * Where the numbers of a group of reports come from. A group is of one origin (real reports,
 * imported by the user, synthetic demo rows) or mixed; values of different origin are never
 * joined into one line or one year-on-year change.
 */
export type Origin = 'real' | 'imported' | 'synthetic' | 'mixed';

export interface OriginCounts {
	n_reports: number;
	/** Synthetic demo reports in the group. */
	n_demo: number;
	/** Real published reports in the group (absent in older rows: then every non-demo report is real). */
	n_real?: number;
}

export function originOf(r: OriginCounts): Origin {
	const real = r.n_real ?? r.n_reports - r.n_demo;
	const imported = r.n_reports - real - r.n_demo;
	const kinds = [real > 0, imported > 0, r.n_demo > 0].filter(Boolean).length;
	if (kinds > 1) return 'mixed';
	if (real > 0) return 'real';
	if (imported > 0) return 'imported';
	return 'synthetic';
}

/**
 * Whether two groups (a year and the year before) can be compared: same origin, and for a
 * mixed group the same number of reports of each origin.
 */
export function comparable(a: OriginCounts | undefined, b: OriginCounts | undefined): boolean {
	if (!a || !b || !a.n_reports || !b.n_reports) return false;
	const oa = originOf(a);
	if (oa !== originOf(b)) return false;
	if (oa !== 'mixed') return true;
	return a.n_reports === b.n_reports && a.n_demo === b.n_demo && a.n_real === b.n_real;
}

/** Year-on-year change, only between comparable groups with a non-zero base. */
export function yoy(
	cur: { value: number | null } & OriginCounts,
	prev: ({ value: number | null } & OriginCounts) | undefined
): number | null {
	if (cur.value === null || !prev || !prev.value || !comparable(cur, prev)) return null;
	return (cur.value - prev.value) / prev.value;
}

export const ORIGIN_LABELS: Record<Origin, { zh: string; en: string }> = {
	real: { zh: '真实报告', en: 'real reports' },
	imported: { zh: '导入数据', en: 'imported' },
	synthetic: { zh: '演示数据', en: 'demo data' },
	mixed: { zh: '真实与演示混合', en: 'real and demo mixed' }
};
