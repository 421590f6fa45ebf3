import type { RegionLevel } from '$lib/report';
import type { Region } from './regions';
import { Random } from './random';

/** Per-body constants drawn once, so each body's series is smooth across years. */
export interface Profile {
	requestScale: number;
	naturalShare: number;
	carryRate: number;
	disclosureBoost: number;
	countyWide: boolean;
	reviewRate: number;
	litigationRate: number;
}

const LEVEL_MEDIAN: Record<RegionLevel, number> = { province: 300, prefecture: 110, county: 17 };
const LEVEL_SIGMA: Record<RegionLevel, number> = { province: 0.35, prefecture: 0.55, county: 0.75 };

// Calibration: Zhejiang/Shanghai/Guangdong/Beijing/Jiangsu high; Tibet/Qinghai very low (calibration.md).
const PROVINCE_FACTOR: Record<string, number> = {
	'11': 2.4,
	'31': 2.6,
	'33': 2.2,
	'44': 2.0,
	'32': 1.7,
	'12': 1.5,
	'37': 1.3,
	'35': 1.2,
	'54': 0.25,
	'63': 0.35,
	'64': 0.5,
	'65': 0.5,
	'62': 0.6,
	'15': 0.6
};

export const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025] as const;
export const YEAR_TREND: Record<number, number> = {
	2019: 1,
	2020: 0.88,
	2021: 0.97,
	2022: 1.04,
	2023: 1.16,
	2024: 1.22,
	2025: 1.27
};

export function drawProfile(region: Region, seed: number): Profile {
	const rng = Random.fromKey(seed, 'profile', region.code);
	const province = region.province_code.slice(0, 2);
	const provinceFactor =
		PROVINCE_FACTOR[province] ?? Random.fromKey(seed, 'province', province).logNormal(1, 0.3);
	const urban = region.level === 'county' && region.name.endsWith('区') ? 1.8 : 1;
	const dormant = region.level === 'county' && rng.next() < 0.14;
	const requestScale = dormant
		? rng.next() * 0.6
		: LEVEL_MEDIAN[region.level] *
			provinceFactor *
			urban *
			rng.logNormal(1, LEVEL_SIGMA[region.level]);
	return {
		requestScale,
		naturalShare: Math.min(0.995, Math.max(0.85, 0.95 + 0.025 * rng.normal())),
		carryRate: Math.min(0.1, Math.max(0.005, rng.logNormal(0.03, 0.5))),
		disclosureBoost: region.level === 'county' ? 0.1 + 0.1 * rng.next() : 0.02 * rng.next(),
		countyWide: region.level === 'province' ? false : rng.next() < 0.5,
		reviewRate: rng.logNormal(region.level === 'county' ? 0.05 : 0.04, 0.5),
		litigationRate: rng.logNormal(0.02, 0.6)
	};
}
