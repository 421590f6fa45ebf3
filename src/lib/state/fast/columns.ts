/** What scripts/data/fast.ts writes: one JSON file per column, text columns dictionary-coded. */
export interface FastManifest {
	/** Hash of everything below: changes whenever any file does. */
	version: string;
	rows: number;
	/** Sorted distinct values of each text column; its file holds indexes into this list. */
	dicts: Record<string, string[]>;
	/** Column (or `regions`) → file path relative to the manifest; `<level>:<column>` for levels. */
	files: Record<string, string>;
	/**
	 * The lower levels' sums by region × year × scope (`agg_<level>`, scale dataset only): rows
	 * and dictionaries of each level's table; its columns are the files `<level>:<column>`.
	 */
	levels?: Record<string, FastLevel>;
}

export interface FastLevel {
	rows: number;
	dicts: Record<string, string[]>;
}

export type Column = readonly (number | null)[];

/**
 * The columns the evaluator has loaded, in the published row order: of `reports` (one row per
 * report), or with `aggregated` of a lower level's sums (one row per group of reports, counted in
 * `n_reports`, with `n__<field>` values given and `blank__<metric>` blanks per group).
 */
export interface FastData {
	rows: number;
	dicts: Record<string, string[]>;
	column(name: string): Column;
	aggregated?: boolean;
}
