import { FIELDS, META_COLUMNS, sqlType, type FieldId } from '$lib/report';

/** A column of a published table: its id and DuckDB type. */
export interface Column {
	id: string;
	type: string;
}
export type Columns = readonly Column[];

/** `reports`: metadata columns, then one column per canonical field. */
export const REPORT_COLUMNS: Columns = [
	...META_COLUMNS.map((c) => ({ id: c.id, type: c.type })),
	...FIELDS.map((f) => ({ id: f.id, type: sqlType(f.id as FieldId) }))
];

/** `validation`: report × rule × outcome. */
export const VALIDATION_COLUMNS: Columns = [
	{ id: 'report_id', type: 'VARCHAR' },
	{ id: 'rule', type: 'VARCHAR' },
	{ id: 'outcome', type: 'VARCHAR' },
	{ id: 'level', type: 'VARCHAR' },
	{ id: 'path', type: 'VARCHAR' },
	{ id: 'message', type: 'VARCHAR' },
	{ id: 'fields', type: 'VARCHAR' }
];

/** `regions`: the region dimension. */
export const REGION_COLUMNS: Columns = [
	{ id: 'code', type: 'VARCHAR' },
	{ id: 'name', type: 'VARCHAR' },
	{ id: 'level', type: 'VARCHAR' },
	{ id: 'parent_code', type: 'VARCHAR' },
	{ id: 'province_code', type: 'VARCHAR' },
	{ id: 'name_en', type: 'VARCHAR' },
	{ id: 'pinyin', type: 'VARCHAR' },
	{ id: 'pinyin_initials', type: 'VARCHAR' }
];

export const TABLE_COLUMNS = {
	reports: REPORT_COLUMNS,
	validation: VALIDATION_COLUMNS,
	regions: REGION_COLUMNS
} as const;
export type DatasetTable = keyof typeof TABLE_COLUMNS;

/** `CREATE TABLE` for one of the three tables, from the declarations above. */
export function tableDdl(table: DatasetTable, name: string = table): string {
	const cols = TABLE_COLUMNS[table].map((c) => `"${c.id}" ${c.type}`);
	return `CREATE TABLE ${name} (${cols.join(', ')})`;
}

/** Scale variant: lower bodies' reports carry who published them (`bodies.ts`). */
export const BODY_COLUMNS: Columns = [
	{ id: 'body_level', type: 'VARCHAR' },
	{ id: 'body_id', type: 'VARCHAR' }
];

/** Departments' and townships' rows (`npm run data -- --scale`): `reports` columns + body. */
export const BODY_REPORT_COLUMNS: Columns = [...REPORT_COLUMNS, ...BODY_COLUMNS];

/** Their validation rows, with the body level the partitions split on. */
export const BODY_VALIDATION_COLUMNS: Columns = [...VALIDATION_COLUMNS, BODY_COLUMNS[0]!];
