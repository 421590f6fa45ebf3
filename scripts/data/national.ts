import type { Region } from '../../src/lib/dataset/regions';
import {
	datasetBatches as batchesOf,
	type Batch,
	type BuildOptions
} from '../../src/lib/dataset/national';
import { assembleTexts, type TextRow } from '../../src/lib/dataset/texts';
import { loadRegions } from './divisions';
import { loadRealReports, type RealReport } from './real';

export type { Batch, BuildOptions };

export interface NationalDataset extends Batch {
	regions: Region[];
}

/** The dataset's batches, with the real reports read from data/reports/. */
export async function datasetBatches(
	regions: Region[],
	opts: BuildOptions
): Promise<Iterable<Batch>> {
	const real = await loadRealReports(new Map(regions.map((r) => [r.code, r])));
	return batchesOf(regions, real, opts, realTexts(real));
}

/**
 * Text checks and copy detection over every real report at once (peers are other bodies'
 * reports); their findings join the parser's.
 */
function realTexts(real: RealReport[]): TextRow[] {
	const { rows, issues } = assembleTexts(
		real.map((r) => ({
			report_id: r.meta.report_id,
			series: r.series,
			year: r.report.year ?? 0,
			report: r.report,
			text: r.text
		}))
	);
	for (const r of real) r.issues = [...(r.issues ?? []), ...(issues.get(r.meta.report_id) ?? [])];
	return rows;
}

/** The whole dataset in memory (the default size; tests use it). */
export async function buildNationalDataset(opts: BuildOptions): Promise<NationalDataset> {
	const regions = loadRegions();
	const all: NationalDataset = { regions, reports: [], validation: [], defects: [], texts: [] };
	for (const batch of await datasetBatches(regions, opts)) {
		all.reports.push(...batch.reports);
		all.validation.push(...batch.validation);
		all.defects.push(...batch.defects);
		all.texts.push(...batch.texts);
	}
	return all;
}
