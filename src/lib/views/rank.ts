import type { Metric } from '$lib/metrics/metrics';
import type { RegionValueRow } from '$lib/queries/selection';
import { OUTLIER_Z, robustOutliers } from '$lib/stats/robust';

export interface RankedRegion extends RegionValueRow {
	rank: number | null;
	z: number | null;
	outlier: boolean;
	/** Left out of the ranking: a rate on fewer than `minN` cases. */
	guarded: boolean;
}

/**
 * Ranks the selection's regions on one metric: rates on too small a denominator are shown apart,
 * not ranked; robust z-scores (median/MAD of the ranked peers) flag outliers.
 */
export function rankRegions(
	rows: readonly RegionValueRow[],
	metric: Metric,
	minN: number
): { ranked: RankedRegion[]; guarded: RankedRegion[]; median: number | null } {
	const withValue = rows.filter((r) => r.value !== null);
	const isGuarded = (r: RegionValueRow) => metric.kind === 'rate' && (r.den ?? 0) < minN;
	const eligible = withValue.filter((r) => !isGuarded(r));
	const stats = robustOutliers(eligible.map((r) => r.value as number));
	const ranked = eligible
		.map((r, i) => ({ ...r, z: stats.z[i] ?? null }))
		.sort(
			(a, b) =>
				(b.value as number) - (a.value as number) || a.region_code.localeCompare(b.region_code)
		)
		.map((r, i) => ({
			...r,
			rank: i + 1,
			outlier: r.z !== null && Math.abs(r.z) > OUTLIER_Z,
			guarded: false
		}));
	const guarded = withValue
		.filter(isGuarded)
		.map((r) => ({ ...r, rank: null, z: null, outlier: false, guarded: true }));
	return { ranked, guarded, median: stats.median };
}
