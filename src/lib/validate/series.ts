import type { Issue, Report } from '$lib/report';

/** One report of a body's series; `key` identifies body + scope + data origin. */
export interface SeriesReport {
	key: string;
	year: number;
	report: Report;
}

export interface YearPair {
	prev: { year: number; report: Report; values: Report['values'] };
	cur: { year: number; report: Report; values: Report['values'] };
}

export interface SeriesIssue {
	key: string;
	year: number;
	issue: Issue;
}

/** Runs cross-year rules over consecutive years of each series (never across keys). */
export function checkSeries(
	reports: SeriesReport[],
	rules: readonly ((pair: YearPair) => Issue[])[]
): SeriesIssue[] {
	const byKey = new Map<string, Map<number, Report>>();
	for (const r of reports) {
		let years = byKey.get(r.key);
		if (!years) byKey.set(r.key, (years = new Map()));
		years.set(r.year, r.report);
	}
	const out: SeriesIssue[] = [];
	for (const [key, years] of byKey) {
		for (const [year, report] of [...years].sort((a, b) => a[0] - b[0])) {
			const prev = years.get(year - 1);
			if (!prev) continue;
			const pair: YearPair = {
				prev: { year: year - 1, report: prev, values: prev.values },
				cur: { year, report, values: report.values }
			};
			for (const rule of rules) for (const issue of rule(pair)) out.push({ key, year, issue });
		}
	}
	return out;
}
