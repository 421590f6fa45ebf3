import type { Issue, Report } from '$lib/report';
import { splitSections, type SectionNo, type SplitReport } from '$lib/checks/sections';
import { checkTexts } from '$lib/checks/text';
import { checkFigures } from '$lib/checks/figures';
import { compareReports, copyIssues, type SectionCopy } from '$lib/checks/copy';
import { DEFAULT_COPY_THRESHOLD } from '$lib/checks/similarity';

/** The section-texts table (data/texts.parquet): one row per report × section found. */
export const TEXT_COLUMNS = [
	{ id: 'report_id', type: 'VARCHAR' },
	{ id: 'section', type: 'INTEGER' },
	{ id: 'heading', type: 'VARCHAR' },
	{ id: 'text', type: 'VARCHAR' },
	{ id: 'chars', type: 'INTEGER' },
	{ id: 'prev_report_id', type: 'VARCHAR' },
	{ id: 'prev_share', type: 'DOUBLE' },
	{ id: 'peer_report_id', type: 'VARCHAR' },
	{ id: 'peer_share', type: 'DOUBLE' }
] as const;

export type TextRow = Record<(typeof TEXT_COLUMNS)[number]['id'], string | number | null>;

export interface ReportWithText {
	report_id: string;
	/** Body + scope: the same series' previous year is the report compared for copying. */
	series: string;
	year: number;
	report: Report | null;
	text: string;
}

export interface TextResults {
	rows: TextRow[];
	/** Findings of the text checks and copy detection, by report id. */
	issues: Map<string, Issue[]>;
}

const round = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);

/**
 * Section texts, text checks and copy detection for a set of reports with text (real and imported).
 * Pure: the build and the browser's import run the same code.
 */
export function assembleTexts(
	items: readonly ReportWithText[],
	threshold = DEFAULT_COPY_THRESHOLD
): TextResults {
	const splits = new Map<string, SplitReport>(
		items.map((i) => [i.report_id, splitSections(i.text)])
	);
	const copies = compareReports(
		items.map((i) => ({
			report_id: i.report_id,
			series: i.series,
			year: i.year,
			sections: Object.fromEntries(
				splits.get(i.report_id)!.sections.map((s) => [s.no, s.text])
			) as Partial<Record<SectionNo, string>>
		}))
	);
	const copyOf = new Map<string, SectionCopy>(
		copies.map((c) => [`${c.report_id}|${c.section}`, c])
	);
	const copyFindings = copyIssues(copies, threshold);
	const rows: TextRow[] = [];
	const issues = new Map<string, Issue[]>();
	for (const item of items) {
		const split = splits.get(item.report_id)!;
		if (!item.text.trim()) continue;
		const one = split.sections.find((s) => s.no === 1)?.text ?? '';
		issues.set(item.report_id, [
			...checkTexts(split, item.report),
			...(item.report ? checkFigures(`${split.preamble} ${one}`, item.report) : []),
			...(copyFindings.get(item.report_id) ?? [])
		]);
		for (const s of split.sections) {
			const c = copyOf.get(`${item.report_id}|${s.no}`);
			rows.push({
				report_id: item.report_id,
				section: s.no,
				heading: s.heading,
				text: s.text,
				chars: c?.chars ?? null,
				prev_report_id: c?.prev_report_id ?? null,
				prev_share: round(c?.prev_share ?? null),
				peer_report_id: c?.peer_report_id ?? null,
				peer_share: round(c?.peer_share ?? null)
			});
		}
	}
	rows.sort(
		(a, b) =>
			String(a.report_id).localeCompare(String(b.report_id)) ||
			Number(a.section) - Number(b.section)
	);
	return { rows, issues };
}
