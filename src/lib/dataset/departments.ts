import type { Scope } from '$lib/report';
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
	'气象局'
];

export interface SynthSeriesReport {
	series: string;
	id: string;
	synth: SynthReport;
	scope: Scope;
}

/**
 * Department-level bodies of a county for the scale variant (`npm run data -- --scale N`):
 * N departments × every year, same generator, scope `organ`.
 */
export function departmentSeries(
	region: Region,
	perCounty: number,
	seed: number
): SynthSeriesReport[] {
	if (perCounty <= 0 || region.level !== 'county') return [];
	const out: SynthSeriesReport[] = [];
	for (let d = 0; d < perCounty; d++) {
		const dept = DEPARTMENTS[d % DEPARTMENTS.length] ?? '';
		for (const synth of synthesizeSeries(region, seed + 1000 + d)) {
			synth.report.organ_name = `${region.name}${dept}`;
			const id = `${reportId(region.code, synth.year, 'organ')}-${String(d + 1).padStart(2, '0')}`;
			out.push({ series: `${region.code}|organ|${d}`, id, synth, scope: 'organ' });
		}
	}
	return out;
}
