/** What scripts/data/fast.ts writes: one JSON file per column, text columns dictionary-coded. */
export interface FastManifest {
	/** Hash of everything below: changes whenever any file does. */
	version: string;
	rows: number;
	/** Sorted distinct values of each text column; its file holds indexes into this list. */
	dicts: Record<string, string[]>;
	/** Column (or `regions`) → file path relative to the manifest. */
	files: Record<string, string>;
}

export type Column = readonly (number | null)[];

/** The columns of `reports` the evaluator has loaded, in the published row order. */
export interface FastData {
	rows: number;
	dicts: Record<string, string[]>;
	column(name: string): Column;
}
