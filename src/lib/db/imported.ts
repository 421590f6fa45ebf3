import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';

/** Rows the user added in this browser, in the published tables' column order. */
export interface ExtraRows {
	reports: { columns: readonly string[]; rows: readonly object[] };
	validation: { columns: readonly string[]; rows: readonly object[] };
	/** Bundled report ids the user chose to replace with an import: hidden from every view. */
	replaced: readonly string[];
	/** A dataset loaded from `?src=`: in place of the bundled rows, or beside them. */
	external?: {
		mode: 'replace' | 'add';
		reports: readonly object[];
		validation: readonly object[];
	};
}

type Source = () => Promise<ExtraRows>;

let source: Source | null = null;
const loaded = new Map<string, AsyncDuckDBConnection>();
const MARK = 'ogi-imported-rows';

/** Why imported rows could not join the tables (shown on the import page), or null. */
export const extraRowsError: { message: string | null } = { message: null };

/**
 * Where imported rows come from (IndexedDB, read by the import module). Set before the first query:
 * each table takes its imported rows as it loads.
 */
export function provideExtraRows(get: Source): void {
	source = get;
}

/**
 * True when this browser has imported rows: the prebuilt answers of the bundled data are then not
 * the dataset's, and views must ask the engine. Read synchronously at page start.
 */
export function hasExtraRows(): boolean {
	try {
		if (new URLSearchParams(globalThis.location?.search ?? '').has('src')) return true;
		return Number(globalThis.localStorage?.getItem(MARK) ?? 0) > 0;
	} catch {
		return false;
	}
}

function mark(count: number): void {
	try {
		if (count > 0) localStorage.setItem(MARK, String(count));
		else localStorage.removeItem(MARK);
	} catch {
		// Private mode without storage: views fall back to the engine anyway once it has rows.
	}
}

const TABLES = ['reports', 'validation'] as const;
const hiddenTable = (t: string) => `${t}_replaced`;
const BATCH = 50;
const externalDone = new Set<string>();
/** Tables that have held imported rows or set published rows aside: only these need undoing. */
const touched = new Set<string>();

async function insertRows(
	conn: AsyncDuckDBConnection,
	table: string,
	columns: readonly string[],
	rows: readonly object[]
): Promise<void> {
	const cols = columns.map((c) => `"${c}"`).join(', ');
	const one = `(${columns.map(() => '?').join(', ')})`;
	for (let i = 0; i < rows.length; i += BATCH) {
		const chunk = rows.slice(i, i + BATCH);
		const stmt = await conn.prepare(
			`INSERT INTO ${table} (${cols}) VALUES ${chunk.map(() => one).join(', ')}`
		);
		try {
			await stmt.query(
				...chunk.flatMap((r) => columns.map((c) => (r as Record<string, unknown>)[c] ?? null))
			);
		} finally {
			await stmt.close();
		}
	}
}

/**
 * Puts one loaded table in step with the imported rows: earlier imports out, replaced rows back,
 * then the current set in. Imported report ids always contain `-imp-`.
 */
async function syncTable(
	conn: AsyncDuckDBConnection,
	table: (typeof TABLES)[number],
	extra: ExtraRows
): Promise<void> {
	const nothingToAdd =
		!extra[table].rows.length &&
		!extra.replaced.length &&
		(!extra.external || externalDone.has(table));
	// A table fresh from the published files with nothing imported: no statement to run.
	if (nothingToAdd && !touched.has(table)) return;
	touched.add(table);
	const hidden = hiddenTable(table);
	await conn.query(`CREATE TABLE IF NOT EXISTS ${hidden} AS SELECT * FROM ${table} LIMIT 0`);
	await conn.query(`INSERT INTO ${table} SELECT * FROM ${hidden}`);
	await conn.query(`DELETE FROM ${hidden}`);
	await conn.query(`DELETE FROM ${table} WHERE report_id LIKE '%-imp-%'`);
	if (extra.replaced.length) {
		const list = extra.replaced.map((id) => `'${id.replaceAll("'", "''")}'`).join(', ');
		await conn.query(`INSERT INTO ${hidden} SELECT * FROM ${table} WHERE report_id IN (${list})`);
		await conn.query(`DELETE FROM ${table} WHERE report_id IN (${list})`);
	}
	await insertRows(conn, table, extra[table].columns, extra[table].rows);
	// The ?src= dataset is fixed for the page's life: it goes in once, when the table loads.
	if (extra.external && !externalDone.has(table)) {
		externalDone.add(table);
		if (extra.external.mode === 'replace')
			await conn.query(`DELETE FROM ${table} WHERE report_id NOT LIKE '%-imp-%'`);
		await insertRows(conn, table, extra[table].columns, extra.external[table]);
	}
}

/** Called by the client after it loaded a table: imported rows join it. */
export async function afterTableLoad(conn: AsyncDuckDBConnection, name: string): Promise<void> {
	if (name !== 'reports' && name !== 'validation') return;
	loaded.set(name, conn);
	if (!source) return;
	try {
		const extra = await source();
		mark(extra.reports.rows.length);
		await syncTable(conn, name, extra);
		extraRowsError.message = null;
	} catch (error) {
		// The bundled data stays usable; the import page shows what went wrong.
		extraRowsError.message = error instanceof Error ? error.message : String(error);
	}
}

/** After an import, a correction or a deletion: every loaded table takes the new set at once. */
export async function refreshExtraRows(): Promise<void> {
	if (!source) return;
	const extra = await source();
	mark(extra.reports.rows.length);
	for (const t of TABLES) {
		const conn = loaded.get(t);
		if (conn) await syncTable(conn, t, extra);
	}
}
