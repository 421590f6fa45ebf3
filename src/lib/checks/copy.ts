import type { Issue } from '$lib/report';
import {
	NARRATIVE_SECTIONS,
	NUMERALS,
	SECTION_TITLES,
	type SectionNo,
	type SectionTexts
} from './sections';
import {
	DEFAULT_COPY_THRESHOLD,
	indexTexts,
	MIN_CHARS,
	mostSimilar,
	overlapOf,
	type Indexed
} from './similarity';

/** One report's narrative, with what identifies its body (series) and year. */
export interface TextReport {
	report_id: string;
	/** The body (and scope): reports of one series are the same body's years. */
	series: string;
	year: number;
	sections: SectionTexts;
}

export interface SectionCopy {
	report_id: string;
	section: SectionNo;
	chars: number;
	prev_report_id: string | null;
	prev_share: number | null;
	peer_report_id: string | null;
	peer_share: number | null;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/**
 * Per narrative section: the share repeated from the same body's previous year, and the most similar
 * section of another body's report of the same year (MinHash shortlist, exact overlap). Sections
 * shorter than MIN_CHARS are measured as null.
 */
export function compareReports(reports: readonly TextReport[]): SectionCopy[] {
	const bySeriesYear = new Map(reports.map((r) => [`${r.series}|${r.year}`, r]));
	// Every narrative section normalised, shingled and signed once.
	const indexed = new Map<string, Indexed<TextReport>>();
	const byYear = new Map<string, Indexed<TextReport>[]>();
	for (const no of NARRATIVE_SECTIONS)
		for (const r of reports) {
			const text = r.sections[no];
			if (text === undefined) continue;
			const [ix] = indexTexts([{ key: r, text }]);
			indexed.set(`${r.report_id}|${no}`, ix!);
			const key = `${no}|${r.year}`;
			byYear.set(key, [...(byYear.get(key) ?? []), ix!]);
		}
	const out: SectionCopy[] = [];
	for (const r of reports)
		for (const no of NARRATIVE_SECTIONS) {
			const self = indexed.get(`${r.report_id}|${no}`);
			if (!self) continue;
			const row: SectionCopy = {
				report_id: r.report_id,
				section: no,
				chars: self.chars,
				prev_report_id: null,
				prev_share: null,
				peer_report_id: null,
				peer_share: null
			};
			if (self.chars >= MIN_CHARS) {
				const prevReport = bySeriesYear.get(`${r.series}|${r.year - 1}`);
				const prev = prevReport && indexed.get(`${prevReport.report_id}|${no}`);
				if (prev && prev.chars >= MIN_CHARS) {
					row.prev_report_id = prevReport.report_id;
					row.prev_share = overlapOf(self.prepared, prev.prepared).share;
				}
				const peers = (byYear.get(`${no}|${r.year}`) ?? []).filter(
					(c) => c.key.series !== r.series
				);
				const best = mostSimilar(self, peers);
				if (best) {
					row.peer_report_id = best.key.report_id;
					row.peer_share = best.share;
				}
			}
			out.push(row);
		}
	return out;
}

/** copy.previous_year and copy.peer findings for shares at or above the threshold. */
export function copyIssues(
	rows: readonly SectionCopy[],
	threshold = DEFAULT_COPY_THRESHOLD
): Map<string, Issue[]> {
	const out = new Map<string, Issue[]>();
	const add = (id: string, issue: Issue) => out.set(id, [...(out.get(id) ?? []), issue]);
	for (const r of rows) {
		const name = `第${NUMERALS[r.section]}部分「${SECTION_TITLES[r.section]}」`;
		if (r.prev_share !== null && r.prev_share >= threshold)
			add(r.report_id, {
				rule: 'copy.previous_year',
				level: 'warning',
				path: `第${NUMERALS[r.section]}部分`,
				message: `${name} ${pct(r.prev_share)} 的文字与上一年度报告（${r.prev_report_id}）相同，超过 ${pct(threshold)}`
			});
		if (r.peer_share !== null && r.peer_share >= threshold)
			add(r.report_id, {
				rule: 'copy.peer',
				level: 'warning',
				path: `第${NUMERALS[r.section]}部分`,
				message: `${name} ${pct(r.peer_share)} 的文字与同年另一机关的报告（${r.peer_report_id}）相同，超过 ${pct(threshold)}`
			});
	}
	return out;
}
