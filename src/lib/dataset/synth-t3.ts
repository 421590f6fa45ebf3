import {
	t3,
	T3_APPLICANT_COLUMNS,
	T3_ROWS,
	type FieldId,
	type FormatVersion,
	type T3Row
} from '$lib/report';
import type { Random } from './random';
import type { Profile } from './synth-profile';

type Values = Partial<Record<FieldId, number | null>>;
type Column = (typeof T3_APPLICANT_COLUMNS)[number];

// Non-natural applicants, as shares of the remainder (calibration.md: 商业企业 > 法律服务 > 其他 > 科研; 公益 ≈ 0).
const ORG_WEIGHTS = [0.6, 0.05, 0.02, 0.2, 0.13];

const OUTCOME_WEIGHTS: Partial<Record<T3Row, number>> = {
	res_disclosed: 0.21,
	res_partial: 0.09,
	res_withheld_state_secret: 0.001,
	res_withheld_law_prohibited: 0.004,
	res_withheld_security_stability: 0.003,
	res_withheld_third_party: 0.014,
	res_withheld_internal_affairs: 0.006,
	res_withheld_process_info: 0.009,
	res_withheld_enforcement_file: 0.003,
	res_withheld_admin_query: 0.005,
	res_unable_not_held: 0.24,
	res_unable_need_creation: 0.035,
	res_unable_unclear: 0.025,
	res_rejected_petition: 0.07,
	res_rejected_repeat: 0.05,
	res_rejected_publication: 0.012,
	res_rejected_mass_repeat: 0.01,
	res_rejected_confirm: 0.008,
	res_other_no_correction: 0.045,
	res_other_fee_unpaid: 0.001,
	res_other_misc: 0.034
};

const OUTCOME_ROWS_2021 = T3_ROWS.filter((r) => r.key in OUTCOME_WEIGHTS).map((r) => r.key);
const OTHER_SUBS = ['res_other_no_correction', 'res_other_fee_unpaid', 'res_other_misc'] as const;

function outcomeWeights(profile: Profile): number[] {
	return OUTCOME_ROWS_2021.map((row) => {
		const w = OUTCOME_WEIGHTS[row] ?? 0;
		return row === 'res_disclosed' || row === 'res_partial'
			? w * (1 + profile.disclosureBoost * 2)
			: w;
	});
}

/**
 * Table 3 built bottom-up: applicant cells first, totals as sums, so every hard identity holds.
 * Returns the carried-forward cells, which feed next year's 上年结转.
 */
export function generateT3(
	rng: Random,
	profile: Profile,
	expected: number,
	carriedIn: Record<Column, number>,
	format: FormatVersion,
	values: Values
): Record<Column, number> {
	const received = rng.poisson(expected);
	const natural = rng.binomial(received, profile.naturalShare);
	const orgs = rng.multinomial(received - natural, ORG_WEIGHTS);
	const newByColumn = [natural, ...orgs];
	const weights = outcomeWeights(profile);
	const carriedForward = {} as Record<Column, number>;
	T3_APPLICANT_COLUMNS.forEach((col, i) => {
		const load = (newByColumn[i] ?? 0) + carriedIn[col];
		const forward = rng.binomial(load, profile.carryRate);
		const outcomes = rng.multinomial(load - forward, weights);
		values[t3('new_received', col)] = newByColumn[i] ?? 0;
		values[t3('carried_over_in', col)] = carriedIn[col];
		OUTCOME_ROWS_2021.forEach((row, j) => (values[t3(row, col)] = outcomes[j] ?? 0));
		const other = OTHER_SUBS.reduce((s, row) => s + (values[t3(row, col)] ?? 0), 0);
		values[t3('res_other_total', col)] = other;
		if (format === '2019') for (const row of OTHER_SUBS) delete values[t3(row, col)];
		values[t3('res_total', col)] = load - forward;
		values[t3('carried_forward', col)] = forward;
		carriedForward[col] = forward;
	});
	for (const row of T3_ROWS) {
		if (format === '2019' && 'only' in row) continue;
		values[t3(row.key, 'total')] = T3_APPLICANT_COLUMNS.reduce(
			(s, col) => s + (values[t3(row.key, col)] ?? 0),
			0
		);
	}
	return carriedForward;
}

export function initialCarry(rng: Random, profile: Profile): Record<Column, number> {
	const total = rng.poisson(profile.requestScale * profile.carryRate);
	const natural = rng.binomial(total, profile.naturalShare);
	const orgs = rng.multinomial(total - natural, ORG_WEIGHTS);
	return Object.fromEntries(
		T3_APPLICANT_COLUMNS.map((c, i) => [c, i === 0 ? natural : (orgs[i - 1] ?? 0)])
	) as Record<Column, number>;
}
