import type { Scope } from '$lib/report';

/**
 * Publication deadlines of the annual report (政府信息公开条例). The revised Regulation (国令第711号,
 * in force 15 May 2019) art. 49: departments of governments at county level and above publish by
 * 31 January, governments by 31 March of the following year. The 2007 Regulation (art. 31) gave
 * 31 March to every body; it governs the reports on 2018 and earlier.
 */
export type BodyType = 'government' | 'department';

/** The first report year published under the revised Regulation. */
export const REVISED_FROM_YEAR = 2019;

/** A department's own report (`organ`) is a department's; a government's own or region-wide one is a government's. */
export const bodyTypeOf = (scope: Scope): BodyType =>
	scope === 'organ' ? 'department' : 'government';

/** Last day (ISO date) on which the report on `year` is on time. */
export function deadlineFor(year: number, body: BodyType): string {
	const month = year >= REVISED_FROM_YEAR && body === 'department' ? '01' : '03';
	return `${year + 1}-${month}-31`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A valid calendar date written YYYY-MM-DD, else null (never a guess). */
export function parseIsoDate(s: string | null | undefined): number | null {
	const m = ISO_DATE.exec((s ?? '').trim());
	if (!m) return null;
	const t = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!);
	const d = new Date(t);
	return d.getUTCFullYear() === +m[1]! &&
		d.getUTCMonth() === +m[2]! - 1 &&
		d.getUTCDate() === +m[3]!
		? t
		: null;
}

const DAY = 86_400_000;

/** Days from `from` to `to` (ISO dates); positive when `to` is later. */
export const daysBetween = (from: string, to: string): number | null => {
	const a = parseIsoDate(from);
	const b = parseIsoDate(to);
	return a === null || b === null ? null : Math.round((b - a) / DAY);
};

export type TimelinessStatus = 'on_time' | 'late' | 'unknown';

export interface Timeliness {
	due: string;
	/** Days after the deadline (0 or negative: on time); null when the date is unknown. */
	daysLate: number | null;
	status: TimelinessStatus;
}

/** Whether a report published on `published` (ISO date or unknown) met its deadline. */
export function timeliness(year: number, body: BodyType, published: string | null): Timeliness {
	const due = deadlineFor(year, body);
	const daysLate = published ? daysBetween(due, published) : null;
	return {
		due,
		daysLate,
		status: daysLate === null ? 'unknown' : daysLate > 0 ? 'late' : 'on_time'
	};
}

/** Whether the deadline of the report on `year` has passed on `today` (ISO date). */
export const pastDeadline = (year: number, body: BodyType, today: string): boolean =>
	(daysBetween(deadlineFor(year, body), today) ?? 0) > 0;
