import { assemble, type Assembled, type Entry } from './assemble';
import { injectDefects, type Defect } from './defects';
import { NO_BODIES, type BodyCounts } from './bodies';
import {
	departmentSeries,
	townshipSeries,
	type SynthSeriesReport,
	type Township
} from './departments';
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
	/** Lower bodies of the scale variant (departments, townships); none in the bundled set. */
	bodies?: BodyCounts;
	/** Townships by county code, when `bodies.townships`. */
	townships?: ReadonlyMap<string, readonly Township[]>;
	/** Only the regions of these province code prefixes (a quick look; never published). */
	provinces?: readonly string[];
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
		if (opts.provinces && !opts.provinces.some((p) => region.code.startsWith(p))) continue;
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
	const governments: SynthSeriesReport[] = [];
	for (const synth of synthesizeSeries(region, opts.seed)) {
		if (realYears.has(yearKey(region.code, synth.year))) continue;
		governments.push({
			series: `${region.code}|gov`,
			id: reportId(region.code, synth.year),
			synth,
			scope: 'government_itself'
		});
	}
	const bodies = opts.bodies ?? NO_BODIES;
	const lower = [
		...departmentSeries(region, bodies, opts.seed),
		...(bodies.townships && region.level === 'county'
			? townshipSeries(region, opts.townships?.get(region.code) ?? [], opts.seed)
			: [])
	];
	// Defects are drawn per report id: the governments' rows stay those of the bundled set.
	const defects = defectsOf([...governments, ...lower], realYears, opts.seed);
	const entries: Entry[] = [
		...[...governments, ...lower].map((b) => ({
			series: `${b.series}|synthetic`,
			meta: {
				report_id: b.id,
				region: b.synth.region,
				scope: b.scope,
				data_origin: 'synthetic' as const,
				source: null,
				publication: demoPublication(b.id, b.synth.year, b.scope, opts.seed),
				...(b.body ? { body_level: b.body.level, body_id: b.body.id } : {})
			},
			report: b.synth.report
		})),
		...real.filter((r) => r.meta.region.code === region.code)
	];
	return { ...assemble(entries), defects };
}

function defectsOf(series: SynthSeriesReport[], realYears: Set<string>, seed: number): Defect[] {
	const idOf = new Map(series.map((b) => [b.synth, b.id]));
	return injectDefects(
		series.map((b) => b.synth),
		(s) => idOf.get(s) ?? '',
		(s) =>
			!realYears.has(yearKey(s.region.code, s.year)) &&
			!realYears.has(yearKey(s.region.code, s.year - 1)),
		seed
	);
}
