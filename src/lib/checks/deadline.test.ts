import { describe, expect, it } from 'vitest';
import {
	bodyTypeOf,
	daysBetween,
	deadlineFor,
	parseIsoDate,
	pastDeadline,
	timeliness
} from './deadline';

describe('deadlineFor: body type × report year', () => {
	it.each([
		[2017, 'government', '2018-03-31'],
		[2017, 'department', '2018-03-31'],
		[2018, 'government', '2019-03-31'],
		[2018, 'department', '2019-03-31'],
		[2019, 'government', '2020-03-31'],
		[2019, 'department', '2020-01-31'],
		[2023, 'government', '2024-03-31'],
		[2024, 'department', '2025-01-31'],
		[2025, 'government', '2026-03-31']
	] as const)('%i %s → %s', (year, body, due) => {
		expect(deadlineFor(year, body)).toBe(due);
	});

	it('a department report is a department’s; own and region-wide government reports are governments’', () => {
		expect(bodyTypeOf('organ')).toBe('department');
		expect(bodyTypeOf('government_itself')).toBe('government');
		expect(bodyTypeOf('region_aggregate')).toBe('government');
	});
});

describe('timeliness', () => {
	it('counts the deadline day itself as on time', () => {
		expect(timeliness(2024, 'government', '2025-03-31')).toEqual({
			due: '2025-03-31',
			daysLate: 0,
			status: 'on_time'
		});
	});
	it('counts days after the deadline, across a leap day', () => {
		expect(timeliness(2023, 'department', '2024-03-01').daysLate).toBe(30);
		expect(timeliness(2023, 'department', '2024-03-01').status).toBe('late');
	});
	it('a department publishing in February 2025 is late; a government is not', () => {
		expect(timeliness(2024, 'department', '2025-02-25').status).toBe('late');
		expect(timeliness(2024, 'government', '2025-02-25').status).toBe('on_time');
	});
	it('an unknown or invalid date stays unknown, never on time', () => {
		expect(timeliness(2024, 'government', null).status).toBe('unknown');
		expect(timeliness(2024, 'government', '2025-02-30').status).toBe('unknown');
		expect(parseIsoDate('2025/02/01')).toBeNull();
	});
	it('pastDeadline and daysBetween', () => {
		expect(pastDeadline(2025, 'government', '2026-03-31')).toBe(false);
		expect(pastDeadline(2025, 'government', '2026-04-01')).toBe(true);
		expect(daysBetween('2024-12-31', '2025-01-01')).toBe(1);
	});
});
