import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { SCOPES, type Issue, type Report, type Scope } from '../../src/lib/report';
import type { Region } from '../../src/lib/dataset/regions';
import { reportId, type ReportMeta } from '../../src/lib/dataset/rows';
import { publicationFromManifest } from '../../src/lib/dataset/publication';
import { reportText } from '../../src/lib/dataset/report-text';
import { parseFile } from '../../src/lib/parse/input';
import { validateReport } from '../../src/lib/validate';

export interface RealReport {
	meta: ReportMeta;
	report: Report;
	/** What the parser found beyond the identities (extraction warnings, narrative vs table). */
	parseIssues: Issue[];
	/** The report's running text, for the text checks and copy detection. */
	text: string;
}

const DIR = 'data/reports';

/**
 * Real reports listed in data/reports/manifest.tsv, parsed by the project's own parser. A file
 * that does not parse, or whose year or body disagrees with the manifest, stops the build: a
 * wrong real row is worse than a missing one.
 */
export async function loadRealReports(regions: Map<string, Region>): Promise<RealReport[]> {
	const manifest = Papa.parse<Record<string, string>>(readFileSync(join(DIR, 'manifest.tsv'), 'utf8'), {
		header: true,
		delimiter: '\t',
		skipEmptyLines: true
	}).data;
	const out: RealReport[] = [];
	for (const entry of manifest) {
		const file = entry.file ?? '';
		const region = regions.get(entry.region_code ?? '');
		const scope = entry.scope as Scope;
		if (!region || !SCOPES.includes(scope)) throw new Error(`${DIR}/manifest.tsv: bad region or scope for ${file}`);
		const bytes = new Uint8Array(readFileSync(join(DIR, file)));
		const parsed = await parseFile(file, bytes, { regions: [...regions.values()] });
		if (!parsed.ok || !parsed.report) throw new Error(`${file}: ${parsed.issues[0]?.message ?? 'not parsed'}`);
		if (parsed.report.year !== Number(entry.year))
			throw new Error(`${file}: the report says ${parsed.report.year}, the manifest ${entry.year}`);
		if (parsed.report.region_code && parsed.report.region_code !== region.code)
			throw new Error(`${file}: the report names ${parsed.report.region_code}, the manifest ${region.code}`);
		const identities = new Set(validateReport(parsed.report).map((i) => `${i.rule}|${i.path}`));
		out.push({
			meta: {
				report_id: reportId(region.code, parsed.report.year, scope),
				region,
				scope,
				data_origin: 'real',
				source: `${entry.source}; file data/reports/${file}`,
				publication: publicationFromManifest(entry)
			},
			report: parsed.report,
			parseIssues: parsed.issues.filter((i) => !identities.has(`${i.rule}|${i.path}`)),
			text: await reportText(file, bytes)
		});
	}
	return out;
}
