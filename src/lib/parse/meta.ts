import { normaliseGlyphs } from './glyphs';
import { toHalfWidth } from './numbers';

export interface RegionName {
	code: string;
	name: string;
	parent_code: string | null;
}

const TITLE =
	/([\u4e00-\u9fa5（）()·]{2,40}?)(20\d{2})\s*年(?:度)?\s*(?:政府)?信息公开(?:工作)?年度报告/;
/** 「2024年度淮安市人民政府政府信息公开工作年度报告」: the year before the body. */
const TITLE_YEAR_FIRST =
	/(20\d{2})年度?([\u4e00-\u9fa5（）()·]{2,40}?(?:政府|局|委员会|委|办公室|办公厅|厅|院|署|中心|公司|街道|镇|乡|区|县|市))(?:政府)?信息公开(?:工作)?年度报告/;
const LEAD = /^(?:现将|现公布|特公布|公布|发布|关于|印发|根据|以下是|本报告为|为)+/;
const PERIOD = /统计(?:时限|期限|时间|区间|范围)[^\d]{0,8}(20\d{2})年1月1日/;
const SPAN = /(20\d{2})年1月1日(?:起)?(?:至|到|—|－|-|~)(20\d{2})年12月31日/;
const SIGNED = /(20\d{2})年(\d{1,2})月\d{1,2}日$/;
const ORGAN_LINE =
	/^([\u4e00-\u9fa5（）()]{2,40}(?:人民政府|政府办公室|办公室|办公厅|委员会|局|厅|院|署|中心|街道办事处|管理委员会))$/;

export type YearSource = 'title' | 'period' | 'signature' | 'file_name';

export interface Metadata {
	organ: string | null;
	year: number | null;
	/** Where the year was read. */
	yearFrom: YearSource | null;
	/** Years that other places in the document give, where they differ from `year`. */
	otherYears: { year: number; from: YearSource }[];
}

const plausible = (y: number) => y >= 2008 && y <= 2099;

/** The year and body of the title (either order), from the text's head, whitespace ignored. */
function fromTitle(head: string): { organ: string | null; year: number | null } {
	const m = TITLE.exec(head);
	if (m) {
		const organ = m[1]!.replace(LEAD, '').replace(/^[（(]|[）)]$/g, '');
		if (organ.length >= 2 && !/^20\d{2}$/.test(organ)) return { organ, year: Number(m[2]) };
	}
	const y = TITLE_YEAR_FIRST.exec(head);
	if (y) return { organ: y[2]!.replace(LEAD, ''), year: Number(y[1]) };
	return { organ: null, year: m ? Number(m[2]) : null };
}

/**
 * Body and year from the whole document: the title (also when split into glyphs or lines), the
 * statistics-period sentence, the signature and date at the end, and the file name, in that order
 * of trust; disagreeing years are reported.
 */
export function findMetadata(source: string, fileName = ''): Metadata {
	// Title and period sentence open a report, the signature closes it: only those parts are read.
	const text = normaliseGlyphs(
		source.length > 40_000 ? `${source.slice(0, 30_000)}\n${source.slice(-4000)}` : source
	);
	const flat = toHalfWidth(text).replace(/[\s\u3000]+/g, '');
	const title = fromTitle(flat.slice(0, 6000));
	const lines = toHalfWidth(text)
		.split(/\n/)
		.map((l) => l.replace(/[\s\u3000]+/g, ''))
		.filter(Boolean);
	const tail = lines.slice(-6);
	const signedAt = tail.findLastIndex((l) => SIGNED.test(l));
	const signed = signedAt >= 0 ? SIGNED.exec(tail[signedAt]!) : null;
	const signer = signedAt > 0 ? ORGAN_LINE.exec(tail[signedAt - 1]!)?.[1] : undefined;
	const period = PERIOD.exec(flat)?.[1] ?? SPAN.exec(flat)?.[2];
	const named = /(?:^|[^\d])(20\d{2})(?:[^\d]|$)/.exec(fileName.split(/[\\/]/).pop() ?? '')?.[1];
	const candidates: { year: number; from: YearSource }[] = [];
	if (title.year) candidates.push({ year: title.year, from: 'title' });
	if (period) candidates.push({ year: Number(period), from: 'period' });
	// Reports are signed early in the following year.
	if (signed && Number(signed[2]) <= 6)
		candidates.push({ year: Number(signed[1]) - 1, from: 'signature' });
	if (named) candidates.push({ year: Number(named), from: 'file_name' });
	const valid = candidates.filter((c) => plausible(c.year));
	const best = valid[0] ?? null;
	return {
		organ: title.organ ?? signer ?? null,
		year: best?.year ?? null,
		yearFrom: best?.from ?? null,
		// A file name's number is often something else (a format, a date): never a conflict.
		otherYears: valid.filter((c) => c.year !== best?.year && c.from !== 'file_name')
	};
}

/** The reporting body and year, from the report's title or first lines (whitespace ignored). */
export function findOrganAndYear(text: string): { organ: string | null; year: number | null } {
	const { organ, year } = findMetadata(text);
	return { organ, year };
}

const GOV_SUFFIX = /(人民政府(办公室|办公厅)?|政府(办公室|办公厅)?|行政公署)$/;

/**
 * The region a government body's name identifies. Where the bare name is ambiguous (several
 * 朝阳区), the parent region named in the text decides; otherwise no code is guessed.
 */
export function findRegionCode(
	organ: string | null,
	text: string,
	regions: readonly RegionName[]
): string | null {
	if (!organ || !GOV_SUFFIX.test(organ)) return null;
	const bare = organ.replace(GOV_SUFFIX, '');
	const byCode = new Map(regions.map((r) => [r.code, r]));
	const candidates = regions.filter((r) => bare === r.name || bare.endsWith(r.name));
	const named = candidates.filter((r) => bare.endsWith(r.name) && r.name.length >= 2);
	if (named.length <= 1) return named[0]?.code ?? null;
	const flat = text.replace(/\s+/g, '');
	const withParent = named.filter((r) => {
		const parent = r.parent_code ? byCode.get(r.parent_code) : undefined;
		return parent && (bare.includes(parent.name) || flat.includes(parent.name + r.name));
	});
	return withParent.length === 1 ? withParent[0]!.code : null;
}
