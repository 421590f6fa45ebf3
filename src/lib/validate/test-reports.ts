import type { FieldId, Report } from '$lib/report';

/** A minimal report for rule tests: only the given cells are present. */
export function report(
	values: Partial<Record<FieldId, number | null>>,
	format: '2019' | '2021' = '2021'
): Report {
	return {
		organ_name: 'test',
		year: 2023,
		format_version: format,
		region_code: null,
		values,
		cells: {}
	};
}
