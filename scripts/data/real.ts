import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { SCOPES, type Scope } from '../../src/lib/report';
import type { Region } from '../../src/lib/dataset/regions';
import { parsedEntry } from '../../src/lib/dataset/parsed';
import type { Entry } from '../../src/lib/dataset/assemble';
import { publicationFromManifest } from '../../src/lib/dataset/publication';
import { parseFile } from '../../src/lib/parse/input';

const DIR = 'data/reports';

/** A real report's dataset entry and its running text (for the text checks and copy detection). */
export type RealReport = Entry & { text: string };

/**
 * Real reports listed in data/reports/manifest.tsv, read and parsed by the project's own parser;
 * `parsedEntry` stops the build when one disagrees with its manifest line.
 */
export async function loadRealReports(regions: Map<string, Region>): Promise<RealReport[]> {
	const manifest = Papa.parse<Record<string, string>>(
		readFileSync(join(DIR, 'manifest.tsv'), 'utf8'),
		{ header: true, delimiter: '\t', skipEmptyLines: true }
	).data;
	const out: RealReport[] = [];
	for (const entry of manifest) {
		const file = entry.file ?? '';
		const region = regions.get(entry.region_code ?? '');
		const scope = entry.scope as Scope;
		if (!region || !SCOPES.includes(scope))
			throw new Error(`${DIR}/manifest.tsv: bad region or scope for ${file}`);
		const bytes = new Uint8Array(readFileSync(join(DIR, file)));
		const parsed = await parseFile(file, bytes, { regions: [...regions.values()], keepText: true });
		const parsedReport = parsedEntry({
			file,
			parsed,
			region,
			scope,
			origin: 'real',
			source: `${entry.source}; file data/reports/${file}`,
			expectedYear: Number(entry.year)
		});
		out.push({
			...parsedReport,
			meta: { ...parsedReport.meta, publication: publicationFromManifest(entry) },
			text: parsed.text ?? ''
		});
	}
	return out;
}
