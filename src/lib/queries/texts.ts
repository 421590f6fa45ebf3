import type { Query } from './sql';

export interface SectionTextRow {
	report_id: string;
	text: string;
}

/** One section's text of two reports (the side-by-side view of copied text). */
export const sectionTexts = (section: number, reportIds: readonly string[]): Query => ({
	sql: `SELECT report_id, text FROM texts WHERE section = ? AND report_id IN (${reportIds.map(() => '?').join(', ')}) ORDER BY report_id`,
	params: [section, ...reportIds]
});
