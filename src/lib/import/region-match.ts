import type { Scope } from '$lib/report';
import type { Region } from '$lib/dataset/regions';

export interface RegionCandidate {
	code: string;
	name: string;
	/** The region itself, kept with the import so its row needs no lookup later. */
	region: Region;
	/** The parent's name, so the user can tell two 朝阳区 apart. */
	parent: string | null;
	/** Why it is a candidate, shown beside it. */
	reason: string;
	score: number;
}

export interface RegionMatch {
	/** The body's name without its government/department suffix. */
	bare: string;
	/** Set only when exactly one candidate is confirmed; otherwise the user picks. */
	code: string | null;
	candidates: RegionCandidate[];
}

const GOV_SUFFIX =
	/(人民政府(办公室|办公厅)?|政府(办公室|办公厅)?|行政公署(办公室)?|办公室|办公厅)$/;
/** A department: the name ends in an office word after the region's name. */
const DEPARTMENT =
	/(局|委员会|委|厅|署|办|中心|院|馆|所|队|站|部|处|会|公司|集团|管理委员会|管委会)$/;
const MAX_CANDIDATES = 5;

const norm = (s: string) => s.replace(/[\s\u3000]+/g, '');

/**
 * Candidate regions for a reporting body, best first. The name is matched after stripping
 * 人民政府/办公室/局 suffixes; the most specific region named (the one ending last) ranks first,
 * and a parent named in the title or the text decides between namesakes (通州区 of 北京市 or of
 * 南通市). No code is set unless one candidate is clearly confirmed.
 */
export function matchRegion(
	organ: string | null,
	text: string,
	regions: readonly Region[]
): RegionMatch {
	const name = norm(organ ?? '');
	const bare = name.replace(GOV_SUFFIX, '');
	if (!bare) return { bare, code: null, candidates: [] };
	const byCode = new Map(regions.map((r) => [r.code, r]));
	const flat = norm(text);
	const found: (RegionCandidate & { end: number })[] = [];
	for (const r of regions) {
		if (r.name.length < 2) continue;
		const at = bare.lastIndexOf(r.name);
		if (at < 0) continue;
		const parent = r.parent_code ? byCode.get(r.parent_code) : undefined;
		let score = r.name.length;
		let reason = `名称含“${r.name}”`;
		if (parent && bare.includes(parent.name + r.name)) {
			score += 20;
			reason = `名称含“${parent.name}${r.name}”`;
		} else if (parent && bare.includes(parent.name)) {
			score += 15;
			reason = `名称含上级“${parent.name}”`;
		} else if (parent && flat.includes(parent.name + r.name)) {
			score += 10;
			reason = `正文含“${parent.name}${r.name}”`;
		} else if (parent && flat.includes(parent.name)) {
			score += 3;
			reason = `正文提到上级“${parent.name}”`;
		}
		found.push({
			code: r.code,
			name: r.name,
			region: r,
			parent: parent?.name ?? null,
			reason,
			score,
			end: at + r.name.length
		});
	}
	const lastEnd = Math.max(-1, ...found.map((c) => c.end));
	// A region named earlier in the title is a parent of the body, not the body (北京市 in 北京市朝阳区).
	const ranked = found
		.map((c) => ({ ...c, score: c.end === lastEnd ? c.score + 100 : c.score }))
		.sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
	const candidates = ranked.slice(0, MAX_CANDIDATES).map(({ end: _end, ...c }) => c);
	const [first, second] = candidates;
	const clear = first && (!second || first.score - second.score >= 3);
	return { bare, code: clear ? first.code : null, candidates };
}

export interface ScopeGuess {
	scope: Scope | null;
	reason: string;
}

/**
 * The report's scope from the body's name: a government (or its office) reports for itself, a
 * department for itself; a region-wide aggregate says so in its title. Anything else is asked.
 */
export function guessScope(organ: string | null, text: string): ScopeGuess {
	const name = norm(organ ?? '');
	const head = norm(text.slice(0, 3000));
	if (
		/(全[省市区县旗]|汇总)/.test(head.slice(0, 200)) &&
		/汇总|全[省市区县旗]政府信息公开/.test(head)
	)
		return { scope: 'region_aggregate', reason: '标题写明全地区或汇总' };
	if (!name) return { scope: null, reason: '未找到报告主体' };
	if (/(人民政府|行政公署)(办公室|办公厅)?$|政府(办公室|办公厅)?$/.test(name))
		return { scope: 'government_itself', reason: `“${name}”是政府本级` };
	if (DEPARTMENT.test(name)) return { scope: 'organ', reason: `“${name}”是部门` };
	return { scope: null, reason: `无法从“${name}”判断口径` };
}
