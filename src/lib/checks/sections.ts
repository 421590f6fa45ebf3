/**
 * The six statutory sections of an annual report (国办公开办函〔2021〕30号; the 2019 format has the
 * same six): headings found in the report's text, and the text under each.
 */
export const SECTION_NUMBERS = [1, 2, 3, 4, 5, 6] as const;
export type SectionNo = (typeof SECTION_NUMBERS)[number];

export const SECTION_TITLES: Record<SectionNo, string> = {
	1: '总体情况',
	2: '主动公开政府信息情况',
	3: '收到和处理政府信息公开申请情况',
	4: '政府信息公开行政复议、行政诉讼情况',
	5: '存在的主要问题及改进情况',
	6: '其他需要报告的事项'
};

export const NUMERALS: Record<SectionNo, string> = {
	1: '一',
	2: '二',
	3: '三',
	4: '四',
	5: '五',
	6: '六'
};

/** Sections written as prose (the others are tables); the text checks and copy detection read these. */
export const NARRATIVE_SECTIONS: readonly SectionNo[] = [1, 5, 6];

const KEYWORDS: Record<SectionNo, RegExp> = {
	1: /总体情况|基本情况|概述/,
	2: /主动公开政府信息/,
	3: /收到和处理政府信息公开申请|政府信息公开申请.{0,4}情况/,
	4: /行政复议.{0,2}行政诉讼/,
	5: /存在的?主要问题|问题及改进/,
	6: /其他需要报告/
};

/** `一、` `二．` `3.` `（四）`… before a heading's words. */
const PREFIX = /^(?:第?([一二三四五六1-6])(?:部分)?[、.．:：,，\s]|[(（]([一二三四五六1-6])[)）])/;
const MAX_HEADING = 40;
const PAGE_MARK = /^[-—－\s]*(?:第\s*)?\d{1,3}\s*(?:页)?[-—－\s]*$/;

export interface Section {
	no: SectionNo;
	heading: string;
	/** Line index of the heading in the text. */
	line: number;
	text: string;
}

export interface SplitReport {
	/** Every section whose heading was found, in the order they appear. */
	sections: Section[];
	/** Text before the first heading (title, statistics period). */
	preamble: string;
}

const toNo = (s: string): SectionNo | null => {
	const i = '一二三四五六'.indexOf(s);
	const n = i >= 0 ? i + 1 : Number(s);
	return n >= 1 && n <= 6 ? (n as SectionNo) : null;
};

/** NFKC (PDF fonts map 二 to ⼆), no spaces. */
export const normaliseLine = (s: string) => s.normalize('NFKC').replace(/[\s\u3000]+/g, '');

/** The section a line heads, or null: a short line with a numeral prefix and that section's words. */
export function headingOf(line: string): SectionNo | null {
	const text = normaliseLine(line);
	if (!text || text.length > MAX_HEADING) return null;
	const m = PREFIX.exec(text);
	if (!m) return null;
	const no = toNo(m[1] ?? m[2] ?? '');
	return no && KEYWORDS[no].test(text.slice(m[0].length)) ? no : null;
}

/**
 * Splits report text into its six sections. Each section is taken at the first heading that
 * carries its number and words (table 3's row 「四、结转下年度继续办理」 names no section); a heading
 * printed out of order is kept where it stands, so the order check can see it.
 */
export function splitSections(text: string): SplitReport {
	const lines = text.split(/\r?\n/).filter((l) => !PAGE_MARK.test(l.trim()));
	const found: { no: SectionNo; line: number }[] = [];
	const seen = new Set<SectionNo>();
	lines.forEach((l, i) => {
		const no = headingOf(l);
		if (no && !seen.has(no)) {
			seen.add(no);
			found.push({ no, line: i });
		}
	});
	const body = (from: number, to: number) => joinLines(lines.slice(from, to));
	const sections = found.map((f, i) => ({
		no: f.no,
		heading: normaliseLine(lines[f.line] ?? ''),
		line: f.line,
		text: body(f.line + 1, found[i + 1]?.line ?? lines.length)
	}));
	return { sections, preamble: body(0, found[0]?.line ?? lines.length) };
}

/**
 * Joins extracted lines: a line break between two Chinese characters is a layout wrap, not a space
 * (PDF extraction breaks lines mid-sentence); elsewhere a single space keeps numbers apart.
 */
export function joinLines(lines: string[]): string {
	let out = '';
	for (const raw of lines) {
		const line = raw.trim();
		if (!line) continue;
		if (!out) out = line;
		else if (
			/[\u3000-\u9fff\uff00-\uffef]$/.test(out) &&
			/^[\u3000-\u9fff\uff00-\uffef]/.test(line)
		)
			out += line;
		else out += ' ' + line;
	}
	return out;
}

export type SectionTexts = Partial<Record<SectionNo, string>>;

/** Section number → text, for the sections found. */
export const sectionTexts = (split: SplitReport): SectionTexts =>
	Object.fromEntries(split.sections.map((s) => [s.no, s.text]));
