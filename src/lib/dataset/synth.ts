import type { FieldId, Report } from '$lib/report';
import { formatForYear } from '$lib/report/format-years';
import { Random } from './random';
import type { Region } from './regions';
import { drawProfile, YEARS, YEAR_TREND } from './synth-profile';
import { generateT2, generateT4, initialT2 } from './synth-t2t4';
import { generateT3, initialCarry } from './synth-t3';

export interface SynthReport {
	region: Region;
	year: number;
	report: Report;
}

export const organName = (region: Region) => `${region.name}人民政府`;

/** One body's reports for every year, each satisfying every hard identity. */
export function synthesizeSeries(region: Region, seed: number): SynthReport[] {
	const profile = drawProfile(region, seed);
	const rng = Random.fromKey(seed, 'series', region.code);
	let carry = initialCarry(rng, profile);
	const t2 = initialT2(rng, profile, region.level);
	return YEARS.map((year) => {
		const format = formatForYear(year);
		const values: Partial<Record<FieldId, number | null>> = {};
		const trend = YEAR_TREND[year] ?? 1;
		const expected = profile.requestScale * trend * rng.logNormal(1, 0.15);
		generateT2(rng, t2, region.level, format, trend, values);
		carry = generateT3(rng, profile, expected, carry, format, values);
		generateT4(rng, profile, values.t3_new_received__total ?? 0, values);
		const report: Report = {
			organ_name: organName(region),
			year,
			format_version: format,
			region_code: region.code,
			values,
			cells: {}
		};
		return { region, year, report };
	});
}
