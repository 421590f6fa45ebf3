import { t4, T4_GROUP_ZH, T4_RESULT_ZH, type Issue, type Report, type T4Group } from '$lib/report';
import { checkIdentity } from '../identity';

function t4Sum(group: T4Group) {
	return (report: Report): Issue[] => {
		const issue = checkIdentity(
			report,
			`t4.${group}_sum`,
			`表四/${T4_GROUP_ZH[group]}`,
			(['upheld', 'corrected', 'other', 'pending'] as const).map((r) => ({
				id: t4(group, r),
				label: T4_RESULT_ZH[r]
			})),
			[{ id: t4(group, 'total'), label: '总计' }],
			T4_GROUP_ZH[group]
		);
		return issue ? [issue] : [];
	};
}

export const t4ReviewSum = t4Sum('review');
export const t4LitDirectSum = t4Sum('lit_direct');
export const t4LitAfterReviewSum = t4Sum('lit_after_review');
