import { assemble, type Assembled, type Entry } from './assemble';
import { injectDefects, type Defect } from './defects';
import { departmentSeries, type SynthSeriesReport } from './departments';
import type { Region } from './regions';
import { demoPublication } from './publication';
import { reportId } from './rows';
import { synthesizeSeries } from './synth';
import type { TextRow } from './texts';

export interface Batch extends Assembled {
	defects: Defect[];
	/** Section texts of the batch's reports that have text (real ones). */
	texts: TextRow[];
}

export interface BuildOptions {
	seed: number;
	departmentsPerCounty: number;
}

const yearKey = (code: string, year: number, scope = 'government_itself') =>
	`${code}|${year}|${scope}`;

/**
 * The dataset one region at a time (its government's series, its departments in the scale variant,
 * its real reports), so a 500k-report build never holds more than one region in memory. Regions come
 * in code order and each batch is sorted by report id, so the output is in report-id order.
 */
export function* datasetBatches(
	regions: readonly Region[],
	real: readonly Entry[],
	opts: BuildOptions,
	texts: readonly TextRow[] = []
): Generator<Batch> {
	const realYears = new Set(
		real.map((r) => yearKey(r.meta.region.code, r.report.year ?? 0, r.meta.scope))
	);
	for (const region of regions) {
		const batch = regionBatch(region, real, realYears, opts);
		const ids = new Set(batch.reports.map((r) => r.meta.report_id));
		yield { ...batch, texts: texts.filter((t) => ids.has(String(t.report_id))) };
	}
}

function regionBatch(
	region: Region,
	real: readonly Entry[],
	realYears: Set<string>,
	opts: BuildOptions
): Omit<Batch, 'texts'> {
	const synthetic: SynthSeriesReport[] = [];
	for (const synth of synthesizeSeries(region, opts.seed)) {
		if (realYears.has(yearKey(region.code, synth.year))) continue;
		synthetic.push({
			series: `${region.code}|gov`,
			id: reportId(region.code, synth.year),
			synth,
			scope: 'government_itself'
		});
	}
	synthetic.push(...departmentSeries(region, opts.departmentsPerCounty, opts.seed));
	const idOf = new Map(synthetic.map((b) => [b.synth, b.id]));
	const defects = injectDefects(
		synthetic.map((b) => b.synth),
		(s) => idOf.get(s) ?? '',
		(s) =>
			!realYears.has(yearKey(s.region.code, s.year)) &&
			!realYears.has(yearKey(s.region.code, s.year - 1)),
		opts.seed
	);
	const entries: Entry[] = [
		...synthetic.map((b) => ({
			series: `${b.series}|synthetic`,
			meta: {
				report_id: b.id,
				region: b.synth.region,
				scope: b.scope,
				data_origin: 'synthetic' as const,
				source: null,
				publication: demoPublication(b.id, b.synth.year, b.scope, opts.seed)
			},
			report: b.synth.report
		})),
		...real.filter((r) => r.meta.region.code === region.code)
	];
	return { ...assemble(entries), defects };
}
