import {
	FIELD_IDS,
	META_COLUMNS,
	inFormat,
	field,
	type DataOrigin,
	type Report,
	type Scope
} from '$lib/report';
import type { Region } from './regions';
import type { BodyLevel } from './bodies';
import { bodyTypeOf, timeliness } from '$lib/checks/deadline';
import { UNKNOWN_PUBLICATION, type Publication } from './publication';

export interface ReportMeta {
	report_id: string;
	region: Region;
	scope: Scope;
	data_origin: DataOrigin;
	source: string | null;
	/** Publication date, its basis and source URL; unknown when absent. */
	publication?: Publication;
	/** Scale variant only: the publishing body's level and id (governments: absent). */
	body_level?: BodyLevel;
	body_id?: string;
}

export type WideRow = Record<string, string | number | boolean | null>;

export const COLUMN_IDS: readonly string[] = [...META_COLUMNS.map((c) => c.id), ...FIELD_IDS];

export function reportId(
	regionCode: string,
	year: number,
	scope: Scope = 'government_itself'
): string {
	return `${regionCode}-${year}-${scope === 'government_itself' ? 'gov' : scope}`;
}

/** Flattens a report into one dataset row: metadata, one column per field, non-numeric states as JSON. */
export function toWideRow(meta: ReportMeta, report: Report, hardOk: boolean): WideRow {
	const year = report.year ?? 0;
	const states: Record<string, string> = {};
	const pub = meta.publication ?? UNKNOWN_PUBLICATION;
	const due = timeliness(year, bodyTypeOf(meta.scope), pub.published_on);
	const row: WideRow = {
		report_id: meta.report_id,
		region_code: meta.region.code,
		region_name: meta.region.name,
		region_level: meta.region.level,
		province_code: meta.region.province_code,
		parent_code: meta.region.parent_code,
		organ_name: report.organ_name,
		year,
		format_version: report.format_version,
		scope: meta.scope,
		data_origin: meta.data_origin,
		source: meta.source,
		source_url: pub.source_url,
		published_on: pub.published_on,
		published_basis: pub.published_basis,
		due_on: due.due,
		days_late: due.daysLate,
		hard_ok: hardOk,
		cell_states: null
	};
	for (const id of FIELD_IDS) {
		const printed = inFormat(field(id), report.format_version);
		const value = printed ? report.values[id] : undefined;
		row[id] = typeof value === 'number' ? value : null;
		const state = report.cells[id]?.state ?? (printed && value === undefined ? 'missing' : null);
		if (printed && state && state !== 'number') states[id] = state;
	}
	row.cell_states = Object.keys(states).length ? JSON.stringify(states) : null;
	return row;
}

const NON_NUMBER_STATES = new Set(['blank', 'na', 'missing']);

function parseStates(json: string | null): Record<string, string> {
	try {
		return JSON.parse(json ?? '{}') as Record<string, string>;
	} catch {
		return {};
	}
}

/**
 * A dataset row back into its metadata and report (the inverse of `toWideRow`), so rows read from a
 * published file go through the same assembly and validation as parsed ones.
 */
export function fromWideRow(row: WideRow): { meta: ReportMeta; report: Report } {
	const str = (k: string) => (row[k] === null || row[k] === undefined ? null : String(row[k]));
	const states = parseStates(str('cell_states'));
	const format = str('format_version') === '2019' ? '2019' : '2021';
	const report: Report = {
		organ_name: str('organ_name'),
		year: Number(row.year) || null,
		format_version: format,
		region_code: str('region_code'),
		values: {},
		cells: {}
	};
	for (const id of FIELD_IDS) {
		if (!inFormat(field(id), format)) continue;
		const v = row[id];
		const state = states[id];
		if (typeof v === 'number') {
			report.values[id] = v;
			report.cells[id] = { state: 'number', raw: String(v) };
		} else if (state && NON_NUMBER_STATES.has(state)) {
			report.values[id] = null;
			report.cells[id] = { state: state as 'blank', raw: '' };
		}
	}
	const meta: ReportMeta = {
		report_id: str('report_id') ?? '',
		region: {
			code: str('region_code') ?? '',
			name: str('region_name') ?? '',
			level: (str('region_level') ?? 'county') as Region['level'],
			parent_code: str('parent_code'),
			province_code: str('province_code') ?? '',
			name_en: null,
			pinyin: '',
			pinyin_initials: ''
		},
		scope: (str('scope') ?? 'government_itself') as Scope,
		data_origin: (str('data_origin') ?? 'imported') as DataOrigin,
		source: str('source')
	};
	return { meta, report };
}
