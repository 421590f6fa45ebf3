import type { ParseResult } from '$lib/parse';
import type { DataOrigin, Scope } from '$lib/report';
import type { Entry } from './assemble';
import type { Region } from './regions';
import { reportId } from './rows';

export interface ParsedReportInput {
	/** File name, for messages. */
	file: string;
	parsed: ParseResult;
	region: Region;
	scope: Scope;
	origin: DataOrigin;
	source: string | null;
	/** The year the report must state (a manifest's); absent: the report's own year. */
	expectedYear?: number;
	/** Overrides the report id (imported reports carry their content hash). */
	id?: string;
}

/**
 * A parsed report as a dataset entry; the parser's findings are its validation (run once). Throws
 * with the file name when it did not parse, or its year or body disagrees with what was expected:
 * a wrong row is worse than a missing one.
 */
export function parsedEntry(input: ParsedReportInput): Entry {
	const { file, parsed, region, scope } = input;
	const report = parsed.report;
	if (!parsed.ok || !report)
		throw new Error(`${file}: ${parsed.issues[0]?.message ?? 'not parsed'}`);
	if (input.expectedYear !== undefined && report.year !== input.expectedYear)
		throw new Error(`${file}: the report says ${report.year}, the manifest ${input.expectedYear}`);
	if (report.year === null) throw new Error(`${file}: no year`);
	if (report.region_code && report.region_code !== region.code)
		throw new Error(`${file}: the report names ${report.region_code}, the manifest ${region.code}`);
	return {
		series: `${region.code}|${scope}|${input.origin}`,
		meta: {
			report_id: input.id ?? reportId(region.code, report.year, scope),
			region,
			scope,
			data_origin: input.origin,
			source: input.source
		},
		report,
		issues: parsed.issues
	};
}
