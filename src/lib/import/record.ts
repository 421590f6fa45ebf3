import {
	HARD_RULES,
	fieldsOf,
	type CellState,
	type FieldId,
	type Issue,
	type Report,
	type Scope
} from '$lib/report';
import { validateReport } from '$lib/validate';
import type { Entry } from '$lib/dataset/assemble';
import type { Region } from '$lib/dataset/regions';
import { reportId } from '$lib/dataset/rows';
import type { RegionCandidate } from './region-match';

/** A user's correction of one cell, kept with what it replaced (provenance). */
export interface Correction {
	field: FieldId;
	before: number | null;
	beforeState: CellState | null;
	beforeRaw: string;
	after: number | null;
	at: string;
}

/** What the user still has to decide before a report can join the dataset. */
export type Unresolved = 'region' | 'scope' | 'year';

/** An imported report as kept in the browser (IndexedDB): the parse, the user's decisions, corrections. */
export interface ImportedReport {
	/** SHA-256 of the file's bytes: the same file imported twice is recognised. */
	hash: string;
	file: string;
	size: number;
	importedAt: string;
	/** The parser's output, never changed: corrections are applied on top of it. */
	parsed: Report;
	parseIssues: Issue[];
	/** The region the user confirmed (or the one match the parser was sure of). */
	region: Region | null;
	scope: Scope | null;
	year: number | null;
	candidates: RegionCandidate[];
	scopeReason: string;
	corrections: Correction[];
	/** Set when the row came from a table: its own report id (kept on re-import) and source. */
	id?: string | null;
	source?: string | null;
	/** `review` until the user confirms; only `accepted` reports join the dataset. */
	status: 'review' | 'accepted';
	/** An existing report (same body, year, scope) this one replaces in the views; null keeps both. */
	replaces: string | null;
}

const HARD = new Set<string>(HARD_RULES);

/** The report with the user's corrections applied (the last correction of a cell wins). */
export function correctedReport(rec: ImportedReport): Report {
	const values = { ...rec.parsed.values };
	const cells = { ...rec.parsed.cells };
	for (const c of rec.corrections) {
		values[c.field] = c.after;
		cells[c.field] = {
			state: c.after === null ? 'blank' : 'number',
			raw: c.after === null ? '' : String(c.after)
		};
	}
	return { ...rec.parsed, year: rec.year ?? rec.parsed.year, values, cells };
}

/**
 * The report's findings: the parser's (which include the identities) when nothing was corrected,
 * else the parser's extraction findings plus the identities rerun on the corrected values.
 */
export function currentIssues(rec: ImportedReport): Issue[] {
	if (!rec.corrections.length) return rec.parseIssues;
	return [
		...rec.parseIssues.filter((i) => !HARD.has(i.rule)),
		...validateReport(correctedReport(rec))
	];
}

/** Records a correction of one cell; a correction back to the original value removes it. */
export function correct(
	rec: ImportedReport,
	field: FieldId,
	after: number | null,
	at: Date
): ImportedReport {
	const cell = rec.parsed.cells[field];
	const before = rec.parsed.values[field] ?? null;
	const others = rec.corrections.filter((c) => c.field !== field);
	if (after === before && cell?.state !== 'missing') return { ...rec, corrections: others };
	const correction: Correction = {
		field,
		before,
		beforeState: cell?.state ?? null,
		beforeRaw: cell?.raw ?? '',
		after,
		at: at.toISOString()
	};
	return { ...rec, corrections: [...rec.corrections.filter((c) => c.field !== field), correction] };
}

export function unresolved(rec: ImportedReport): Unresolved[] {
	const out: Unresolved[] = [];
	if (!rec.region) out.push('region');
	if (!rec.scope) out.push('scope');
	if (!rec.year) out.push('year');
	return out;
}

/** The dataset id of an imported report: its body, year and scope, plus its file's hash. */
export const importedId = (rec: ImportedReport): string =>
	rec.id && IMPORTED_ID.test(rec.id) ? rec.id : `${existingId(rec)}-imp-${rec.hash.slice(0, 8)}`;
const IMPORTED_ID = /^\d{6}-\d{4}-[a-z_]+-imp-[0-9a-f]{8}$/;

/** The id of the bundled report for the same body, year and scope, which an import may replace. */
export const existingId = (rec: ImportedReport): string =>
	reportId(rec.region?.code ?? '', rec.year ?? 0, rec.scope ?? 'government_itself');

const sourceOf = (rec: ImportedReport): string =>
	rec.source ??
	`导入文件 ${rec.file}（SHA-256 ${rec.hash.slice(0, 12)}，${rec.importedAt.slice(0, 10)}）` +
		(rec.corrections.length ? `；用户更正 ${rec.corrections.length} 处` : '');

/** Accepted, fully resolved reports as dataset entries (`data_origin = imported`). */
export function importedEntries(records: readonly ImportedReport[]): Entry[] {
	const ready = records.filter((r) => r.status === 'accepted' && !unresolved(r).length);
	// One series per body and scope for the cross-year rules; two imports of one year (kept both) stand apart.
	const perYear = new Map<string, number>();
	for (const r of ready) perYear.set(existingId(r), (perYear.get(existingId(r)) ?? 0) + 1);
	return ready.map((rec) => {
		const region = rec.region!;
		const scope = rec.scope!;
		const twin = (perYear.get(existingId(rec)) ?? 0) > 1;
		return {
			series: `${region.code}|${scope}|imported${twin ? `|${rec.hash}` : ''}`,
			meta: {
				report_id: importedId(rec),
				region,
				scope,
				data_origin: 'imported',
				source: sourceOf(rec)
			},
			report: correctedReport(rec),
			issues: currentIssues(rec)
		};
	});
}

/** How much of the report's format was read as numbers. */
export function coverage(report: Report): { numbers: number; printed: number } {
	const printed = fieldsOf(report.format_version);
	const numbers = printed.filter((f) => typeof report.values[f.id] === 'number').length;
	return { numbers, printed: printed.length };
}

/** Field ids named by failing identities, for highlighting. */
export function flaggedFields(issues: readonly Issue[]): Set<string> {
	return new Set(
		issues.filter((i) => HARD.has(i.rule) && i.level === 'error').flatMap((i) => i.fields ?? [])
	);
}
