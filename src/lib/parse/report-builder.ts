import type { Cell, FieldId, Issue } from '$lib/report';
import type { ParsedCell } from './numbers';

/** Collects cells and issues while the tables are read. */
export class ReportBuilder {
	readonly values: Partial<Record<FieldId, number | null>> = {};
	readonly cells: Partial<Record<FieldId, Cell>> = {};
	readonly issues: Issue[] = [];

	set(id: FieldId, cell: ParsedCell, scale = 1): void {
		const value = cell.value === null ? null : Math.round(cell.value * scale * 1e6) / 1e6;
		this.values[id] = value;
		this.cells[id] = {
			state: cell.state,
			raw: cell.raw,
			...(cell.note ? { note: cell.note } : {})
		};
	}

	has(id: FieldId): boolean {
		return this.cells[id] !== undefined;
	}

	issue(
		rule: string,
		level: Issue['level'],
		path: string,
		message: string | readonly [zh: string, en: string],
		fields?: FieldId[]
	): void {
		const [zh, en] = typeof message === 'string' ? [message] : message;
		this.issues.push({
			rule,
			level,
			path,
			message: zh,
			...(en ? { message_en: en } : {}),
			...(fields ? { fields } : {})
		});
	}
}
