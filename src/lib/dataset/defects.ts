import { t3, type FieldId, type Report } from '$lib/report';
import { Random } from './random';
import type { SynthReport } from './synth';

export const DEFECT_KINDS = ['row_total_off', 'blank_total', 'carry_break', 'split_digit'] as const;
export type DefectKind = (typeof DEFECT_KINDS)[number];

export interface Finding {
	rule: string;
	path: string;
}

export interface Defect {
	report_id: string;
	kind: DefectKind;
	detail: string;
	expected: Finding[];
}

type Apply = (report: Report, rng: Random) => { detail: string; expected: Finding[] } | null;

const v = (report: Report, id: FieldId) => report.values[id] ?? 0;
const add = (report: Report, id: FieldId, d: number) => (report.values[id] = v(report, id) + d);

// Each defect names exactly the findings the validator must produce for it: the ground truth.
const APPLY: Record<DefectKind, Apply> = {
	row_total_off(report, rng) {
		const d = rng.int(1, 3);
		add(report, 't3_new_received__total', d);
		return {
			detail: `t3_new_received__total +${d}`,
			expected: [
				{ rule: 't3.row_total', path: '表三/本年新收' },
				{ rule: 't3.balance', path: '表三/总计' }
			]
		};
	},
	blank_total(report) {
		if (v(report, 't4_review_total') === 0) return null;
		report.values.t4_review_total = null;
		report.cells.t4_review_total = { state: 'blank', raw: '' };
		return {
			detail: 't4_review_total blank',
			expected: [{ rule: 't4.review_sum', path: '表四/行政复议' }]
		};
	},
	carry_break(report, rng) {
		if (report.year === 2019) return null;
		const d = rng.int(1, 4);
		for (const col of ['natural_person', 'total'] as const) {
			add(report, t3('carried_over_in', col), d);
			add(report, t3('res_disclosed', col), d);
			add(report, t3('res_total', col), d);
		}
		return {
			detail: `t3_carried_over_in__natural_person +${d} (outcomes adjusted)`,
			expected: [
				{ rule: 'cross.carry', path: '表三/自然人' },
				{ rule: 'cross.carry', path: '表三/总计' }
			]
		};
	},
	split_digit(report) {
		const value = v(report, 't3_new_received__natural_person');
		const text = String(value);
		const tail = Number(text.slice(1));
		if (value < 10 || tail === 0 || v(report, 't3_new_received__org_commercial') !== 0) return null;
		report.values.t3_new_received__natural_person = Number(text[0]);
		report.values.t3_new_received__org_commercial = tail;
		return {
			detail: `t3_new_received__natural_person ${value} → ${text[0]} | ${tail}`,
			expected: [
				{ rule: 't3.row_total', path: '表三/本年新收' },
				{ rule: 't3.balance', path: '表三/自然人' },
				{ rule: 't3.balance', path: '表三/商业企业' }
			]
		};
	}
};

/**
 * Injects realistic defects into about `rate` of the reports, mutating them in place.
 * `eligible` excludes reports (e.g. replaced by real ones, or whose previous year was).
 */
export function injectDefects(
	reports: SynthReport[],
	reportId: (r: SynthReport) => string,
	eligible: (r: SynthReport) => boolean,
	seed: number,
	rate = 0.02
): Defect[] {
	const defects: Defect[] = [];
	for (const r of reports) {
		const rng = Random.fromKey(seed, 'defect', reportId(r));
		if (rng.next() >= rate || !eligible(r)) continue;
		const start = rng.int(0, 3);
		for (let i = 0; i < 4; i++) {
			const kind = DEFECT_KINDS[(start + i) % DEFECT_KINDS.length] as DefectKind;
			const applied = APPLY[kind](r.report, rng);
			if (!applied) continue;
			defects.push({ report_id: reportId(r), kind, ...applied });
			break;
		}
	}
	return defects;
}
