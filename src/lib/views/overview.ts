import { metric, type Metric } from '$lib/metrics/metrics';
import { kpis, type KpiRow } from '$lib/queries/kpis';
import { byProvince, byRegion, trend } from '$lib/queries/selection';
import type { ViewState } from '$lib/url/state';

export const KPI_METRICS: readonly Metric[] = [
	't3_new_received__total',
	'disclosure_rate',
	't2_license_decisions',
	't2_penalty_decisions',
	't2_fee_amount_10k_cny',
	'review_correction_rate'
].map((id) => metric(id)!);

/** Every query the overview runs for a state (also run at build time for the default view). */
export function overviewQueries(state: ViewState) {
	const m = metric(state.metric)!;
	return {
		kpis: kpis(state, KPI_METRICS),
		trend: trend(state, m),
		regions: byRegion(state, m),
		provinces: byProvince(state, m)
	};
}

export interface Kpi {
	metric: Metric;
	value: number | null;
	previous: number | null;
	change: number | null;
	blank: number;
}

/** KPI values for the year and the change from the year before, from the rows of `kpis`. */
export function kpiValues(
	rows: readonly KpiRow[],
	year: number
): { reports: number; previousReports: number; demo: number; list: Kpi[] } {
	const cur = rows.find((r) => r.year === year);
	const prev = rows.find((r) => r.year === year - 1);
	const valueOf = (row: KpiRow | undefined, i: number, m: Metric) => {
		const num = row?.[`m${i}_num`] ?? null;
		if (m.kind !== 'rate') return num;
		const den = row?.[`m${i}_den`] ?? null;
		return num === null || !den ? null : num / den;
	};
	return {
		reports: cur?.n_reports ?? 0,
		previousReports: prev?.n_reports ?? 0,
		demo: cur?.n_demo ?? 0,
		list: KPI_METRICS.map((m, i) => {
			const value = valueOf(cur, i, m);
			const previous = valueOf(prev, i, m);
			const change = value === null || !previous ? null : (value - previous) / previous;
			return { metric: m, value, previous, change, blank: cur?.[`m${i}_blank`] ?? 0 };
		})
	};
}
