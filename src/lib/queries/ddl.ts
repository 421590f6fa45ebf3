import { FIELDS, META_COLUMNS, sqlType, type FieldId } from '$lib/report';

/** `CREATE TABLE reports (…)` from the schema: the contract the dataset and queries share. */
export function reportsDdl(table = 'reports'): string {
	const cols = [
		...META_COLUMNS.map((c) => `"${c.id}" ${c.type}`),
		...FIELDS.map((f) => `"${f.id}" ${sqlType(f.id as FieldId)}`)
	];
	return `CREATE TABLE ${table} (${cols.join(', ')})`;
}
