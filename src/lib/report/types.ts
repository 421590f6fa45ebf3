import type { FieldId, FormatVersion } from './schema';

export type CellState = 'number' | 'blank' | 'na' | 'missing';

export interface Cell {
	state: CellState;
	raw: string;
	/** Text printed after the number, e.g. `其中修订16件`. */
	note?: string;
}

/** One parsed or generated report in the parser-output contract shape. */
export interface Report {
	organ_name: string | null;
	year: number | null;
	format_version: FormatVersion;
	region_code: string | null;
	values: Partial<Record<FieldId, number | null>>;
	cells: Partial<Record<FieldId, Cell>>;
}

export interface Issue {
	rule: string;
	level: 'error' | 'warning' | 'info';
	path: string;
	message: string;
	/** The same in English where the parser gives it; the page shows one language, the CLI both. */
	message_en?: string;
	/** Cells the issue is about, so views can highlight them. */
	fields?: FieldId[];
}
