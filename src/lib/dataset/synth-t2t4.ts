import { t4, T4_GROUPS, type FieldId, type FormatVersion, type RegionLevel } from '$lib/report';
import type { Random } from './random';
import type { Profile } from './synth-profile';

type Values = Partial<Record<FieldId, number | null>>;

/** Running stocks and item counts that carry from one year to the next. */
export interface T2State {
	ruleStock: number;
	normdocStock: number;
	ruleCumulative: number;
	normdocCumulative: number;
	items: { license: number; other: number; penalty: number; coercion: number; fee: number };
	/** Body-level medians for decisions and fees, fixed per body so years stay comparable. */
	decisions: { license: number; penalty: number; coercion: number; other: number; fees: number };
	procurement: { projects: number; amount: number };
}

const RULE_RATE: Record<RegionLevel, number> = { province: 7, prefecture: 1.5, county: 0 };
const NORMDOC_RATE: Record<RegionLevel, number> = { province: 35, prefecture: 12, county: 4 };

export function initialT2(rng: Random, profile: Profile, level: RegionLevel): T2State {
	const wide = profile.countyWide;
	const scale = level === 'county' ? 1 : level === 'prefecture' ? 2.5 : 6;
	return {
		ruleStock: level === 'county' ? 0 : Math.round(RULE_RATE[level] * rng.int(8, 25)),
		normdocStock: Math.round(NORMDOC_RATE[level] * rng.int(2, 12)) + rng.int(0, 3),
		ruleCumulative: level === 'county' ? 0 : rng.int(20, 300),
		normdocCumulative: rng.int(10, 400),
		items: {
			license: rng.int(40, 320),
			other: rng.int(0, 60),
			penalty: rng.int(100, 2000),
			coercion: rng.int(5, 60),
			fee: rng.int(0, 30)
		},
		decisions: {
			license: wide ? scale * rng.logNormal(5000, 0.8) : rng.logNormal(2, 1.2),
			penalty: wide ? scale * rng.logNormal(1500, 1.4) : rng.logNormal(0.5, 1.2),
			coercion: wide ? scale * rng.logNormal(40, 1.2) : rng.logNormal(0.2, 1),
			other: wide ? scale * rng.logNormal(800, 1) : rng.logNormal(1, 1),
			fees: wide ? scale * rng.logNormal(1500, 0.9) : 0
		},
		procurement: {
			projects: rng.logNormal(40, 0.8) * scale,
			amount: rng.logNormal(6000, 1) * scale
		}
	};
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const noisy = (rng: Random, median: number) => rng.poisson(median * rng.logNormal(1, 0.15));

export function generateT2(
	rng: Random,
	state: T2State,
	level: RegionLevel,
	format: FormatVersion,
	trend: number,
	values: Values
): void {
	const ruleIssued = rng.poisson(RULE_RATE[level]);
	const normIssued = rng.poisson(NORMDOC_RATE[level]);
	const d = state.decisions;
	values.t2_rule_issued = ruleIssued;
	values.t2_normdoc_issued = normIssued;
	values.t2_license_decisions = noisy(rng, d.license * trend);
	values.t2_penalty_decisions = noisy(rng, d.penalty * trend);
	values.t2_coercion_decisions = noisy(rng, d.coercion);
	if (format === '2021') {
		const ruleRepealed = Math.min(
			state.ruleStock + ruleIssued,
			rng.poisson(RULE_RATE[level] * 0.4)
		);
		const normRepealed = Math.min(
			state.normdocStock + normIssued,
			rng.poisson(NORMDOC_RATE[level] * 0.45)
		);
		state.ruleStock += ruleIssued - ruleRepealed;
		state.normdocStock += normIssued - normRepealed;
		values.t2_rule_repealed = ruleRepealed;
		values.t2_rule_in_force = state.ruleStock;
		values.t2_normdoc_repealed = normRepealed;
		values.t2_normdoc_in_force = state.normdocStock;
		values.t2_fee_amount_10k_cny = d.fees > 0 ? round2(d.fees * rng.logNormal(1, 0.15)) : 0;
		return;
	}
	state.ruleStock += ruleIssued;
	state.normdocStock += normIssued;
	state.ruleCumulative += ruleIssued;
	state.normdocCumulative += normIssued;
	values.t2_rule_new_published = ruleIssued;
	values.t2_rule_total_published = state.ruleCumulative;
	values.t2_normdoc_new_published = normIssued;
	values.t2_normdoc_total_published = state.normdocCumulative;
	const items = state.items;
	for (const [key, prevId, changeId] of [
		['license', 't2_license_items_prev', 't2_license_items_change'],
		['other', 't2_other_service_items_prev', 't2_other_service_items_change'],
		['penalty', 't2_penalty_items_prev', 't2_penalty_items_change'],
		['coercion', 't2_coercion_items_prev', 't2_coercion_items_change'],
		['fee', 't2_fee_items_prev', 't2_fee_items_change']
	] as const) {
		const change = Math.max(-items[key], Math.round(items[key] * 0.06 * rng.normal()));
		values[prevId] = items[key];
		values[changeId] = change;
		items[key] += change;
	}
	values.t2_other_service_decisions = noisy(rng, d.other * trend);
	values.t2_procurement_projects = noisy(rng, state.procurement.projects);
	values.t2_procurement_amount_10k_cny = round2(state.procurement.amount * rng.logNormal(1, 0.2));
}

const T4_WEIGHTS = [0.6, 0.13, 0.15, 0.12];

export function generateT4(rng: Random, profile: Profile, requests: number, values: Values): void {
	const rates = {
		review: profile.reviewRate,
		lit_direct: profile.litigationRate,
		lit_after_review: profile.litigationRate * 0.35
	};
	for (const group of T4_GROUPS) {
		const total = rng.poisson(requests * rates[group]);
		const parts = rng.multinomial(total, T4_WEIGHTS);
		(['upheld', 'corrected', 'other', 'pending'] as const).forEach(
			(r, i) => (values[t4(group, r)] = parts[i] ?? 0)
		);
		values[t4(group, 'total')] = total;
	}
}
