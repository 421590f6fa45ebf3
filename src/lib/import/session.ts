import { assemble, type Entry } from '$lib/dataset/assemble';
import { fromWideRow } from '$lib/dataset/rows';
import { REPORT_COLUMNS, VALIDATION_COLUMNS } from '$lib/dataset/tables';
import { forgetResults } from '$lib/db/client';
import { provideExtraRows, refreshExtraRows, type ExtraRows } from '$lib/db/imported';
import { importedEntries, type ImportedReport } from './record';
import { fetchDataset } from './remote';
import { remote } from './remote-status.svelte';
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

/** A `?src=` dataset: its rows are rebuilt and revalidated through the same assembly path. */
async function externalRows(url: string, mode: 'replace' | 'add'): Promise<ExtraRows['external']> {
	remote.url = url;
	remote.mode = mode;
	const got = await fetchDataset(url);
	if (!got.ok) {
		remote.message = `${got.message} 已改为显示内置数据。`;
		return undefined;
	}
	const entries: Entry[] = got.rows.map((row) => {
		const { meta, report } = fromWideRow(row);
		return { series: `${meta.region.code}|${meta.scope}|${meta.data_origin}|src`, meta, report };
	});
	const { reports, validation } = assemble(entries);
	remote.rows = reports.length;
	return { mode, reports: reports.map((r) => r.row), validation };
}

/**
 * Called once at app start (layout): every view's tables take this browser's imports as they load.
 * Returns the source it registered, for a caller that loaded this module lazily.
 */
export function connectImports(): () => Promise<ExtraRows> {
	const params = new URLSearchParams(globalThis.location?.search ?? '');
	const src = params.get('src');
	const external = src
		? externalRows(src, params.get('srcmode') === 'add' ? 'add' : 'replace')
		: null;
	const source = async (): Promise<ExtraRows> => ({
		...extraRowsOf(await listImported()),
		external: (await external) ?? undefined
	});
	provideExtraRows(source);
	return source;
}

/** After the imports changed: loaded tables take the new set, cached answers are dropped. */
export async function applyImports(): Promise<void> {
	await refreshExtraRows();
	forgetResults();
}
