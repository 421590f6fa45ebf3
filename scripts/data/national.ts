import { isHardRule, type Issue, type Report } from '../../src/lib/report';
import type { Region } from '../../src/lib/dataset/regions';
import { loadRegions } from './divisions';
import { synthesizeSeries, type SynthReport } from '../../src/lib/dataset/synth';
import { injectDefects, type Defect } from '../../src/lib/dataset/defects';
import { reportId, toWideRow, type ReportMeta, type WideRow } from '../../src/lib/dataset/rows';
import { validateReport, validateSeries } from '../../src/lib/validate';
import { loadRealReports, type RealReport } from './real';
import { departmentSeries } from './departments';
import { validationRows, type ValidationRow } from './validation';
import { demoPublication } from '../../src/lib/dataset/publication';
import { assembleTexts, type TextRow } from '../../src/lib/dataset/texts';

export interface DatasetReport {
	series: string;
	meta: ReportMeta;
	report: Report;
	issues: Issue[];
	row: WideRow;
}

export interface Batch {
	reports: DatasetReport[];
	validation: ValidationRow[];
	defects: Defect[];
	/** Section texts of the batch's reports that have text (real ones). */
	texts: TextRow[];
}

export interface NationalDataset extends Batch {
	regions: Region[];
}

export interface BuildOptions {
	seed: number;
	departmentsPerCounty: number;
}


/** A report plus the series it belongs to (body + scope + origin), for cross-year rules. */
interface Entry {
	series: string;
	meta: ReportMeta;
	report: Report;
	parseIssues?: Issue[];
}

const yearKey = (code: string, year: number, scope = 'government_itself') => `${code}|${year}|${scope}`;

/**
 * The dataset one region at a time (its government's series, its departments in the scale variant,
 * its real reports), so a 500k-report build never holds more than one region in memory. Regions come
 * in code order and each batch is sorted by report id, so the output is in report-id order.
 */
export async function* datasetBatches(regions: Region[], opts: BuildOptions): AsyncGenerator<Batch> {
	const real = await loadRealReports(new Map(regions.map((r) => [r.code, r])));
	const texts = realTexts(real);
	const realYears = new Set(real.map((r) => yearKey(r.meta.region.code, r.report.year ?? 0, r.meta.scope)));
	for (const region of regions) {
		const batch = regionBatch(region, real, realYears, opts);
		const ids = new Set(batch.reports.map((r) => r.meta.report_id));
		yield { ...batch, texts: texts.filter((t) => ids.has(String(t.report_id))) };
	}
}

function regionBatch(region: Region, real: RealReport[], realYears: Set<string>, opts: BuildOptions): Omit<Batch, 'texts'> {
	const synthetic: { series: string; id: string; synth: SynthReport; scope: ReportMeta['scope'] }[] = [];
	for (const synth of synthesizeSeries(region, opts.seed)) {
		if (realYears.has(yearKey(region.code, synth.year))) continue;
		synthetic.push({ series: `${region.code}|gov`, id: reportId(region.code, synth.year), synth, scope: 'government_itself' });
	}
	synthetic.push(...departmentSeries(region, opts.departmentsPerCounty, opts.seed));
	const idOf = new Map(synthetic.map((b) => [b.synth, b.id]));
	const defects = injectDefects(
		synthetic.map((b) => b.synth),
		(s) => idOf.get(s) ?? '',
		(s) =>
			!realYears.has(yearKey(s.region.code, s.year)) && !realYears.has(yearKey(s.region.code, s.year - 1)),
		opts.seed
	);
	const entries: Entry[] = [
		...synthetic.map((b) => ({
			series: `${b.series}|synthetic`,
			meta: { report_id: b.id, region: b.synth.region, scope: b.scope, data_origin: 'synthetic' as const, source: null, publication: demoPublication(b.id, b.synth.year, b.scope, opts.seed) },
			report: b.synth.report
		})),
		...real
			.filter((r) => r.meta.region.code === region.code)
			.map((r) => ({ series: `${r.meta.region.code}|${r.meta.scope}|real`, ...r }))
	];
	return { ...assemble(entries), defects };
}

function assemble(entries: Entry[]): Omit<Batch, 'defects' | 'texts'> {
	const bySeriesYear = new Map(entries.map((e) => [`${e.series}|${e.report.year}`, e]));
	const seriesIssues = new Map<string, Issue[]>();
	for (const s of validateSeries(entries.map((e) => ({ key: e.series, year: e.report.year ?? 0, report: e.report })))) {
		const id = bySeriesYear.get(`${s.key}|${s.year}`)?.meta.report_id ?? '';
		seriesIssues.set(id, [...(seriesIssues.get(id) ?? []), s.issue]);
	}
	const reports: DatasetReport[] = entries.map((e) => {
		const issues = [...validateReport(e.report), ...(e.parseIssues ?? []), ...(seriesIssues.get(e.meta.report_id) ?? [])];
		const hardOk = !issues.some((i) => isHardRule(i.rule) && i.level === 'error');
		const row = toWideRow(e.meta, e.report, hardOk);
		return { series: e.series, meta: e.meta, report: e.report, issues, row };
	});
	reports.sort((a, b) => a.meta.report_id.localeCompare(b.meta.report_id));
	const hasPrevious = (r: DatasetReport) => bySeriesYear.has(`${r.series}|${(r.report.year ?? 0) - 1}`);
	return { reports, validation: validationRows(reports, hasPrevious) };
}

/** Text checks and copy detection over every real report at once (peers are other bodies' reports); findings join the parser's. */
function realTexts(real: RealReport[]): TextRow[] {
	const { rows, issues } = assembleTexts(
		real.map((r) => ({ report_id: r.meta.report_id, series: `${r.meta.region.code}|${r.meta.scope}|real`, year: r.report.year ?? 0, report: r.report, text: r.text }))
	);
	for (const r of real) r.parseIssues.push(...(issues.get(r.meta.report_id) ?? []));
	return rows;
}

/** The whole dataset in memory (the default size; tests use it). */
export async function buildNationalDataset(opts: BuildOptions): Promise<NationalDataset> {
	const regions = loadRegions();
	const all: NationalDataset = { regions, reports: [], validation: [], defects: [], texts: [] };
	for await (const batch of datasetBatches(regions, opts)) {
		all.reports.push(...batch.reports);
		all.validation.push(...batch.validation);
		all.defects.push(...batch.defects);
		all.texts.push(...batch.texts);
	}
	return all;
}


