import { FIELD_IDS, META_COLUMNS, type FieldId } from '$lib/report';

export interface Query {
	sql: string;
	params: unknown[];
}

const ALLOWED = new Set<string>([...FIELD_IDS, ...META_COLUMNS.map((c) => c.id)]);

/** Quotes a column name, which must come from the schema's allowlist (never from user input). */
export function ident(name: string): string {
	if (!ALLOWED.has(name)) throw new Error(`column not in schema allowlist: ${name}`);
	return `"${name}"`;
}

export const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** Sum of fields in one report: null when every field is null (blank stays blank, never 0). */
export function fieldSum(ids: readonly FieldId[]): string {
	if (ids.length === 1) return ident(ids[0]!);
	const nulls = ids.map((id) => `${ident(id)} IS NULL`).join(' AND ');
	const sum = ids.map((id) => `COALESCE(${ident(id)}, 0)`).join(' + ');
	return `CASE WHEN ${nulls} THEN NULL ELSE ${sum} END`;
}

/** True when any of the fields is null in a report. */
export const anyNull = (ids: readonly FieldId[]) =>
	ids.map((id) => `${ident(id)} IS NULL`).join(' OR ');
