import type { Scope } from '$lib/report';
import { bodyTypeOf, deadlineFor, parseIsoDate } from '$lib/checks/deadline';
import { Random } from './random';

/**
 * Where a publication date comes from: the source web page, the dated signature line of the report,
 * the PDF's creation date (the file existed then; publication is that day or later), entered by a
 * user, or drawn for a demo row.
 */
export const PUBLICATION_BASES = ['page', 'signature', 'pdf_created', 'user', 'demo'] as const;
export type PublicationBasis = (typeof PUBLICATION_BASES)[number];

export interface Publication {
	published_on: string | null;
	published_basis: PublicationBasis | null;
	source_url: string | null;
}

export const UNKNOWN_PUBLICATION: Publication = {
	published_on: null,
	published_basis: null,
	source_url: null
};

/**
 * A manifest line's date, basis and URL, checked: a date without a known basis (or the reverse) is
 * refused, since an unexplained date would read as fact.
 */
export function publicationFromManifest(entry: Record<string, string | undefined>): Publication {
	const date = (entry.published ?? '').trim();
	const basis = (entry.published_basis ?? '').trim();
	const url = (entry.source_url ?? '').trim();
	if (date && parseIsoDate(date) === null) throw new Error(`发布日期 ${date} 不是 YYYY-MM-DD`);
	if (Boolean(date) !== Boolean(basis))
		throw new Error(`发布日期与其依据须同时填写（published=${date}, published_basis=${basis}）`);
	if (basis && !(PUBLICATION_BASES as readonly string[]).includes(basis))
		throw new Error(`未知的发布日期依据 ${basis}`);
	if (url && !/^https?:\/\//.test(url)) throw new Error(`来源网址 ${url} 不是 http(s) 地址`);
	return {
		published_on: date || null,
		published_basis: (basis || null) as PublicationBasis | null,
		source_url: url || null
	};
}

const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

/** Share of demo reports published after the deadline (an assumption; demo only). */
export const DEMO_LATE_SHARE = 0.06;

/**
 * A demo row's publication date. Calibrated on the few known dates — 上海市人民政府办公厅's 2019
 * report on 2020-01-31 (spec/calibration.md), the 淮安市 and 洪泽区 2024 PDFs created 2025-02-25 and
 * 洪泽区's 2023 PDF 2024-02-26: one to two months before a government's deadline. Departments
 * publish closer to their earlier deadline. About 6 % are late by 1–60 days.
 */
export function demoPublication(
	reportId: string,
	year: number,
	scope: Scope,
	seed: number
): Publication {
	const rng = Random.fromKey(seed, 'published', reportId);
	const body = bodyTypeOf(scope);
	const due = parseIsoDate(deadlineFor(year, body)) ?? 0;
	const days =
		rng.next() < DEMO_LATE_SHARE
			? rng.int(1, 60)
			: -Math.min(
					body === 'department' ? 28 : 80,
					Math.round(rng.logNormal(body === 'department' ? 8 : 30, 0.6))
				);
	return {
		published_on: isoDay(due + days * 86_400_000),
		published_basis: 'demo',
		source_url: null
	};
}
