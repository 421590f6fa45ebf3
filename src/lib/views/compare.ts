import { formatValue, type Lang } from '$lib/format';
import type { Metric } from '$lib/metrics/metrics';
import type { ByYearRow } from '$lib/queries/by-year';
import type { RegionRow } from '$lib/queries/regions';
import { t } from '$lib/i18n';

/** Peers to suggest next to a region: same parent and level first, not already chosen. */
export function suggestPeers(
	regions: readonly RegionRow[],
	selected: readonly string[],
	limit = 6
): RegionRow[] {
	const last = regions.find((r) => r.code === selected[selected.length - 1]);
	if (!last)
		return regions
			.filter((r) => r.level === 'province' && !selected.includes(r.code))
			.slice(0, limit);
	return regions
		.filter(
			(r) =>
				r.level === last.level && r.parent_code === last.parent_code && !selected.includes(r.code)
		)
		.slice(0, limit);
}

/** The chart's numbers as rows: what the CSV and the accessible table contain. */
export function compareTable(
	rows: readonly ByYearRow[],
	metric: Metric,
	names: ReadonlyMap<string, string>,
	lang: Lang
) {
	return rows.map((r) => ({
		region_code: r.region_code,
		[t(lang, 'region')]: names.get(r.region_code) ?? r.region_name,
		[t(lang, 'year')]: r.year,
		[lang === 'en' ? metric.en : metric.zh]:
			r.value === null ? null : metric.unit === '%' ? Math.round(r.value * 10000) / 10000 : r.value,
		[t(lang, 'value')]: formatValue(r.value, metric.unit, lang),
		[t(lang, 'origin')]: r.n_demo > 0 ? t(lang, 'demo') : t(lang, 'real')
	}));
}
