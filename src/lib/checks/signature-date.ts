import { parseIsoDate } from './deadline';

const DATE = /(20\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;
const CN_DIGITS: Record<string, string> = {
	〇: '0',
	零: '0',
	一: '1',
	二: '2',
	三: '3',
	四: '4',
	五: '5',
	六: '6',
	七: '7',
	八: '8',
	九: '9'
};

const tens = (s: string) => {
	const [a, b] = s.split('十');
	if (b === undefined) return CN_DIGITS[s] ?? s;
	return String((a ? Number(CN_DIGITS[a]) : 1) * 10 + (b ? Number(CN_DIGITS[b]) : 0));
};

/** 「二〇二五年一月二十日」 → 「2025年1月20日」: Chinese numerals in dates become digits. */
const arabicDates = (s: string) =>
	s.replace(
		/([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/g,
		(_, y: string, m: string, d: string) =>
			`${[...y].map((c) => CN_DIGITS[c]).join('')}年${tens(m)}月${tens(d)}日`
	);

/**
 * The date of a report's signature line (落款), for an imported report's publication date: a full
 * date among the last lines, in the two years after the year reported on. The statistics period
 * (1 January to 31 December of the year) is not a signature. Null when none is found; never a guess.
 */
export function signatureDate(text: string, year: number): string | null {
	const lines = arabicDates(text.normalize('NFKC'))
		.split(/\r?\n/)
		.map((l) => l.trim())
		.filter(Boolean);
	for (const line of lines.slice(-8).reverse()) {
		if (line.length > 40) continue;
		for (const m of [...line.matchAll(DATE)].reverse()) {
			const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
			if (parseIsoDate(iso) !== null && Number(m[1]) > year && Number(m[1]) <= year + 2) return iso;
		}
	}
	return null;
}
