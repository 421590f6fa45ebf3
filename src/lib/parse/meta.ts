import { toHalfWidth } from './numbers';

export interface RegionName {
	code: string;
	name: string;
	parent_code: string | null;
}

const TITLE =
	/([\u4e00-\u9fa5（）()·]{2,40}?)(20\d{2})\s*年(?:度)?\s*(?:政府)?信息公开(?:工作)?年度报告/;
const LEAD = /^(?:现将|现公布|特公布|公布|发布|关于|印发|根据|以下是|本报告为|为)+/;
const PERIOD = /统计(?:时限|期限|时间)[^\d]{0,6}(20\d{2})\s*年\s*1\s*月\s*1\s*日/;

/** The reporting body and year, from the report's title or first lines (whitespace ignored). */
export function findOrganAndYear(text: string): { organ: string | null; year: number | null } {
	const head = toHalfWidth(text.slice(0, 6000)).replace(/[\s\u3000]+/g, '');
	const m = TITLE.exec(head);
	const organ = m?.[1]?.replace(LEAD, '').replace(/^[（(]|[）)]$/g, '') || null;
	const year = m?.[2]
		? Number(m[2])
		: PERIOD.exec(head)?.[1]
			? Number(PERIOD.exec(head)?.[1])
			: null;
	return { organ: organ && organ.length >= 2 ? organ : null, year };
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
