import { regionFindings, regionReports } from '$lib/queries/region';
import type { Query } from '$lib/queries/sql';

/** Region profiles are stored by the first digits of the code (≈ one prefecture per file). */
export const REGION_SHARD = 4;

export interface RegionShard {
	reports: Record<string, unknown>[];
	/** `regionFindings` rows of every region of the shard, each with its `region_code`. */
	findings: (Record<string, unknown> & { region_code: string })[];
}

/** A region-profile query (`regionReports`, `regionFindings`): its region and which one it is. */
export function regionQuery(q: Query): { code: string; kind: keyof RegionShard } | null {
	const code = q.params[0];
	if (q.params.length !== 1 || typeof code !== 'string') return null;
	if (q.sql === regionReports(code).sql) return { code, kind: 'reports' };
	if (q.sql === regionFindings(code).sql) return { code, kind: 'findings' };
	return null;
}

/** The query's rows from the region's shard (the rows DuckDB gives, in its order). */
export function answerRegion(shard: RegionShard, code: string, kind: keyof RegionShard) {
	if (kind === 'reports') return shard.reports.filter((r) => r.region_code === code);
	return shard.findings
		.filter((f) => f.region_code === code)
		.map(({ region_code: _, ...finding }) => finding);
}
