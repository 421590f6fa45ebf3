import { metric } from '$lib/metrics/metrics';

export const PROFILE_METRICS = [
	't3_new_received__total',
	'disclosure_rate',
	't2_license_decisions',
	't2_penalty_decisions',
	't4_review_total'
].map((id) => metric(id)!);

/** A metric's value in one report row (rates from the row's own cells; blank parts left out). */
export function rowValue(row: Record<string, unknown>, id: string): number | null {
	const m = metric(id);
	if (!m || !m.formats.includes(row.format_version as '2019' | '2021')) return null;
	const sum = (ids: readonly string[]) => {
		const vals = ids.map((i) => row[i]).filter((v): v is number => typeof v === 'number');
		return vals.length ? vals.reduce((a, b) => a + b, 0) : null;
	};
	const num = sum(m.numerator);
	if (m.kind !== 'rate') return num;
	const den = sum(m.denominator ?? []);
	return num === null || !den ? null : num / den;
}
