import type { Issue, Report } from '$lib/report';
import { nonNegative } from './rules/non-negative';
import { t3Balance } from './rules/t3-balance';
import { t3OtherSum } from './rules/t3-other-sum';
import { t3OutcomeSum } from './rules/t3-outcome-sum';
import { t3RowTotal } from './rules/t3-row-total';
import { t4LitAfterReviewSum, t4LitDirectSum, t4ReviewSum } from './rules/t4-sums';
import { crossCarry } from './rules/cross-carry';
import { crossJump } from './rules/cross-jump';
import { crossStock } from './rules/cross-stock';
import { checkSeries, type SeriesIssue, type SeriesReport } from './series';

export const REPORT_RULES = [
	t3Balance,
	t3RowTotal,
	t3OutcomeSum,
	t3OtherSum,
	t4ReviewSum,
	t4LitDirectSum,
	t4LitAfterReviewSum,
	nonNegative
] as const;

export const SERIES_RULES = [crossCarry, crossStock, crossJump] as const;

/** All single-report identities; never throws, never mutates. */
export function validateReport(report: Report): Issue[] {
	return REPORT_RULES.flatMap((rule) => rule(report));
}

/** Cross-year rules over a set of reports. */
export function validateSeries(reports: SeriesReport[]): SeriesIssue[] {
	return checkSeries(reports, SERIES_RULES);
}

export type { SeriesIssue, SeriesReport };
