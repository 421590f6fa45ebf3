/**
 * Column-by-column tables. The scale dataset's aggregates carry ≈ 470 columns (a sum, a count of
 * reported values and a blank count per field) and its province partitions ≈ 250, while a view's
 * queries read a dozen: the build writes each column of those tables as its own gzipped Arrow
 * IPC file (scripts/data/columns.ts), and a query loads only the columns it names, added to the
 * table as they are first needed. Every column file comes from the same decode of the same
 * Parquet file, in the file's row order, so columns line up by position (`POSITIONAL JOIN`).
 */

const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_]*/g;
/** `SELECT *`, `SELECT t.*`, `, *` (not `COUNT(*)`): every column. */
const STAR = /(?:\bSELECT(?:\s+DISTINCT)?|,)\s*(?:[A-Za-z_][A-Za-z0-9_]*\.)?\*/i;

/**
 * The columns of a table a SQL text may read: those it names as a word (quoted or not), or all
 * of them for a star. A word that is a column name elsewhere in the text only loads one column
 * too many; a column the query reads is never missed, since SQL must spell it.
 */
export function columnsIn(sql: string, columns: readonly string[]): string[] {
	if (STAR.test(sql)) return [...columns];
	const words = new Set(sql.match(IDENTIFIER));
	return columns.filter((c) => words.has(c));
}

/** Name of the scratch table one new column is inserted into before it joins its table. */
export const scratchTable = (table: string, i: number) => `${table}__col${i}`;

/**
 * Statements that add the scratch tables' columns to `table` by position, creating it on the
 * first load, then drop the scratch tables. Prepared statements on `table` are re-bound by
 * DuckDB when it is replaced.
 */
export function addColumnsSql(
	table: string,
	scratch: readonly string[],
	exists: boolean
): string[] {
	const joined = [...(exists ? [table] : []), ...scratch].join(' POSITIONAL JOIN ');
	return [
		`CREATE OR REPLACE TABLE ${table} AS SELECT * FROM ${joined}`,
		...scratch.map((t) => `DROP TABLE ${t}`)
	];
}

/** What the loader needs of an engine: insert Arrow IPC bytes as a new table, run a statement. */
export interface ColumnEngine {
	insert(ipc: Uint8Array, table: string): Promise<void>;
	run(sql: string): Promise<void>;
}

/** One fetch of several columns: their files merged into one Arrow IPC stream. */
interface Fetch {
	columns: string[];
	ipc: Promise<Uint8Array>;
}

interface TableState {
	loaded: Set<string>;
	/** Columns asked for and not yet added. */
	wanted: Set<string>;
	/** Columns being fetched (or fetched ahead of their query), by the fetch that brings them. */
	fetching: Map<string, Fetch>;
	/** Columns to fetch ahead, gathered over one turn of the event loop (a view's queries). */
	ahead: Set<string>;
	aheadTimer: ReturnType<typeof setTimeout> | null;
	/** The running or last batch: additions to one table run one after another. */
	batch: Promise<void>;
	queued: Promise<void> | null;
}

/**
 * Loads the columns a query names, at most once each. Queries that arrive together (a view runs
 * its queries at once) are served by one batch: one request for their column files, merged into
 * one Arrow IPC stream (`fetchColumns`), one insert and one table rebuild. `prefetch` starts the
 * request before the engine is up; `ensure` then only inserts. `files` maps each column to its
 * file.
 */
export function columnLoader(
	engine: ColumnEngine,
	fetchColumns: (files: string[]) => Promise<Uint8Array>
) {
	const tables = new Map<string, TableState>();

	function stateOf(table: string): TableState {
		let state = tables.get(table);
		if (!state) {
			state = {
				loaded: new Set(),
				wanted: new Set(),
				fetching: new Map(),
				ahead: new Set(),
				aheadTimer: null,
				batch: Promise.resolve(),
				queued: null
			};
			tables.set(table, state);
		}
		return state;
	}

	function neededBy(state: TableState, files: Readonly<Record<string, string>>, sql: string) {
		const all = Object.keys(files);
		const needed = columnsIn(sql, all);
		// A query naming none of its columns (COUNT(*)) still needs the table and its rows.
		if (!needed.length && !state.loaded.size) return all.slice(0, 1);
		return needed.filter((c) => !state.loaded.has(c));
	}

	/** Starts one request for the columns not loaded nor on their way. */
	function fetchMissing(
		state: TableState,
		files: Readonly<Record<string, string>>,
		columns: string[]
	) {
		const todo = columns.filter((c) => !state.loaded.has(c) && !state.fetching.has(c));
		if (!todo.length) return;
		const f: Fetch = { columns: todo, ipc: fetchColumns(todo.map((c) => files[c]!)) };
		// A failed request is forgotten, so the next query asks again.
		f.ipc.catch(() => todo.forEach((c) => state.fetching.get(c) === f && state.fetching.delete(c)));
		for (const c of todo) state.fetching.set(c, f);
	}

	async function add(table: string, state: TableState, files: Readonly<Record<string, string>>) {
		const columns = [...state.wanted].filter((c) => !state.loaded.has(c));
		state.wanted.clear();
		if (!columns.length) return;
		fetchMissing(state, files, columns);
		const fetches = [...new Set(columns.map((c) => state.fetching.get(c)!))];
		const bytes = await Promise.all(fetches.map((f) => f.ipc));
		const exists = state.loaded.size > 0;
		if (!exists && bytes.length === 1) {
			// The first columns become the table itself.
			await engine.run(`DROP TABLE IF EXISTS ${table}`);
			await engine.insert(bytes[0]!, table);
		} else {
			const scratch = bytes.map((_, i) => scratchTable(table, i));
			for (const [i, ipc] of bytes.entries()) {
				// A batch that failed half-way may have left its scratch table behind.
				await engine.run(`DROP TABLE IF EXISTS ${scratch[i]}`);
				await engine.insert(ipc, scratch[i]!);
			}
			for (const sql of addColumnsSql(table, scratch, exists)) await engine.run(sql);
		}
		for (const f of fetches)
			for (const c of f.columns) {
				state.loaded.add(c);
				state.fetching.delete(c);
			}
	}

	return {
		/** Starts fetching the columns `sql` names, before the engine is there to take them. */
		prefetch(table: string, files: Readonly<Record<string, string>>, sql: string): void {
			const state = stateOf(table);
			for (const c of neededBy(state, files, sql)) state.ahead.add(c);
			state.aheadTimer ??= setTimeout(() => {
				state.aheadTimer = null;
				fetchMissing(state, files, [...state.ahead]);
				state.ahead.clear();
			}, 0);
		},
		/** Resolves once `table` exists with every column of `files` that `sql` names. */
		ensure(table: string, files: Readonly<Record<string, string>>, sql: string): Promise<void> {
			const s = stateOf(table);
			const missing = neededBy(s, files, sql);
			if (!missing.length) return Promise.resolve();
			for (const c of missing) s.wanted.add(c);
			// One batch waits for the running one and takes every column asked for meanwhile.
			s.queued ??= s.batch
				.catch(() => {})
				.then(() => new Promise((r) => setTimeout(r, 0)))
				.then(() => {
					s.queued = null;
					return add(table, s, files);
				})
				.catch((error: unknown) => {
					// The next query asks again; the table keeps the columns it had.
					for (const c of missing) s.wanted.delete(c);
					throw error;
				});
			s.batch = s.queued;
			return s.queued;
		}
	};
}

/** Several single-column Arrow IPC streams of one table (same rows) as one stream. */
export async function mergeColumnIpc(parts: readonly Uint8Array[]): Promise<Uint8Array> {
	if (parts.length === 1) return parts[0]!;
	const { Table, tableFromIPC, tableToIPC } = await import('apache-arrow');
	const tables = parts.map((p) => tableFromIPC(p));
	const columns = Object.fromEntries(
		tables.flatMap((t) => t.schema.fields.map((f) => [f.name, t.getChild(f.name)!]))
	);
	return tableToIPC(new Table(columns), 'stream');
}
