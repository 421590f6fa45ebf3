import type { RegionRow } from '$lib/queries/regions';

const LEVEL_RANK = { province: 0, prefecture: 1, county: 2 } as const;

/** Matches a name, pinyin (full or initials, e.g. `langxian` / `lx`), English name or code prefix. */
export function searchRegions(
	regions: readonly RegionRow[],
	text: string,
	limit = 20
): RegionRow[] {
	const q = text.trim().toLowerCase().replace(/\s+/g, '');
	if (!q) return [];
	const scored: { r: RegionRow; score: number }[] = [];
	for (const r of regions) {
		let score = -1;
		if (/^\d+$/.test(q)) score = r.code.startsWith(q) ? 0 : -1;
		else if (r.name === text.trim()) score = 0;
		else if (r.name.startsWith(text.trim())) score = 1;
		else if (r.name.includes(text.trim())) score = 2;
		else if (r.pinyin.startsWith(q) || r.name_en?.toLowerCase().startsWith(q)) score = 3;
		else if (r.pinyin_initials.startsWith(q)) score = 4;
		else if (r.pinyin.includes(q)) score = 5;
		if (score >= 0) scored.push({ r, score });
	}
	scored.sort(
		(a, b) =>
			a.score - b.score ||
			LEVEL_RANK[a.r.level] - LEVEL_RANK[b.r.level] ||
			a.r.code.localeCompare(b.r.code)
	);
	return scored.slice(0, limit).map((s) => s.r);
}

/** `朗县 · 林芝市 · 西藏自治区` — a region with its ancestors, for unambiguous display. */
export function regionPath(byCode: ReadonlyMap<string, RegionRow>, code: string): string {
	const names: string[] = [];
	for (let r = byCode.get(code); r; r = r.parent_code ? byCode.get(r.parent_code) : undefined)
		names.push(r.name);
	return names.join(' · ');
}

export function indexRegions(regions: readonly RegionRow[]): ReadonlyMap<string, RegionRow> {
	return new Map(regions.map((r) => [r.code, r]));
}
