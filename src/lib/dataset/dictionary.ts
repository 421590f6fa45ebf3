import { FIELDS, META_COLUMNS, sqlType, valueKind, type FieldId } from '$lib/report';

export interface DictionaryEntry {
	column: string;
	type: string;
	zh: string;
	en: string;
	unit: string | null;
	table: number | null;
	formats: string[];
	comparable: string | null;
	definition: string;
}

const FORMAT_NOTE: Record<string, string> = {
	Y: 'printed',
	'Y*': 'printed under another label, mapped here',
	D: 'derived from printed cells',
	N: 'not printed'
};

/** Every dataset column with its labels, unit, formats and definition (published as dictionary.json). */
export function buildDictionary(): { columns: DictionaryEntry[] } {
	const meta: DictionaryEntry[] = META_COLUMNS.map((c) => ({
		column: c.id,
		type: c.type,
		zh: c.zh,
		en: c.en,
		unit: null,
		table: null,
		formats: ['2019', '2021'],
		comparable: null,
		definition: c.en
	}));
	const fields: DictionaryEntry[] = FIELDS.map((f) => ({
		column: f.id,
		type: sqlType(f.id as FieldId),
		zh: f.zh,
		en: f.en,
		unit: f.unit,
		table: f.table,
		formats: [f.in2019 !== 'N' ? '2019' : null, f.in2021 !== 'N' ? '2021' : null].filter(
			(x): x is string => x !== null
		),
		comparable: f.comparable,
		definition:
			`Table ${f.table}; ${valueKind(f.id as FieldId)}; 2019 format: ${FORMAT_NOTE[f.in2019]}; ` +
			`2021 format: ${FORMAT_NOTE[f.in2021]}` +
			('note' in f ? `; ${f.note}` : '') +
			'. Null when blank, n/a, missing or not printed by the format (see cell_states).'
	}));
	return { columns: [...meta, ...fields] };
}
