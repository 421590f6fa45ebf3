import type { Region } from '../../src/lib/dataset/regions';
import {
	datasetBatches as batchesOf,
	type Batch,
	type BuildOptions
} from '../../src/lib/dataset/national';
import { loadRegions } from './divisions';
import { loadRealReports } from './real';

export type { Batch, BuildOptions };

export interface NationalDataset extends Batch {
	regions: Region[];
}

/** The dataset's batches, with the real reports read from data/reports/. */
export async function datasetBatches(regions: Region[], opts: BuildOptions): Promise<Iterable<Batch>> {
	const real = await loadRealReports(new Map(regions.map((r) => [r.code, r])));
	return batchesOf(regions, real, opts);
}

/** The whole dataset in memory (the default size; tests use it). */
export async function buildNationalDataset(opts: BuildOptions): Promise<NationalDataset> {
	const regions = loadRegions();
	const all: NationalDataset = { regions, reports: [], validation: [], defects: [] };
	for (const batch of await datasetBatches(regions, opts)) {
		all.reports.push(...batch.reports);
		all.validation.push(...batch.validation);
		all.defects.push(...batch.defects);
	}
	return all;
}
