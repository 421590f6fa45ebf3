import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ImportedReport } from './record';

interface ImportDB extends DBSchema {
	reports: { key: string; value: ImportedReport };
}

let db: Promise<IDBPDatabase<ImportDB>> | null = null;

/** The browser's own store of imported reports (IndexedDB): nothing leaves the machine. */
function open(): Promise<IDBPDatabase<ImportDB>> {
	db ??= openDB<ImportDB>('ogi-imports', 1, {
		upgrade(d) {
			d.createObjectStore('reports', { keyPath: 'hash' });
		}
	});
	return db;
}

export async function listImported(): Promise<ImportedReport[]> {
	const all = await (await open()).getAll('reports');
	return all.sort(
		(a, b) => a.importedAt.localeCompare(b.importedAt) || a.file.localeCompare(b.file)
	);
}

export async function getImported(hash: string): Promise<ImportedReport | undefined> {
	return (await open()).get('reports', hash);
}

/** Each report is written as soon as it is read: a crash or reload later loses none. */
export async function saveImported(rec: ImportedReport): Promise<void> {
	await (await open()).put('reports', rec);
}

export async function deleteImported(hash: string): Promise<void> {
	await (await open()).delete('reports', hash);
}

export async function clearImported(): Promise<void> {
	await (await open()).clear('reports');
}
