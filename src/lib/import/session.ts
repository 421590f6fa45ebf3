import { assemble } from '$lib/dataset/assemble';
import { REPORT_COLUMNS, VALIDATION_COLUMNS } from '$lib/dataset/tables';
import { forgetResults } from '$lib/db/client';
import { provideExtraRows, refreshExtraRows, type ExtraRows } from '$lib/db/imported';
import { importedEntries, type ImportedReport } from './record';
import { listImported } from './store';

/** The imported reports as the dataset's rows, through the one assembly path. */
export function extraRowsOf(records: readonly ImportedReport[]): ExtraRows {
	const { reports, validation } = assemble(importedEntries(records));
	const accepted = records.filter((r) => r.status === 'accepted');
	return {
		reports: { columns: REPORT_COLUMNS.map((c) => c.id), rows: reports.map((r) => r.row) },
		validation: { columns: VALIDATION_COLUMNS.map((c) => c.id), rows: validation },
		replaced: [...new Set(accepted.flatMap((r) => (r.replaces ? [r.replaces] : [])))]
	};
}

/** Called once at app start (layout): every view's tables take this browser's imports as they load. */
export function connectImports(): void {
	provideExtraRows(async () => extraRowsOf(await listImported()));
}

/** After the imports changed: loaded tables take the new set, cached answers are dropped. */
export async function applyImports(): Promise<void> {
	await refreshExtraRows();
	forgetResults();
}
