/**
 * CJK radicals and compatibility ideographs that PDF fonts (Chromium's print, WPS, some Word
 * exports) put in the text layer for ordinary characters: 二 → ⼆ U+2F06, 行 → ⾏ U+2F8F, 民 → ⺠.
 * Kangxi radicals and compatibility ideographs have NFKC mappings; the radicals supplement has
 * none, so its full-character forms are listed here.
 */
const SUPPLEMENT: Record<string, string> = {
	'⺟': '母',
	'⺠': '民',
	'⻄': '西',
	'⻅': '见',
	'⻆': '角',
	'⻉': '贝',
	'⻋': '车',
	'⻓': '长',
	'⻔': '门',
	'⻘': '青',
	'⻙': '韦',
	'⻚': '页',
	'⻛': '风',
	'⻜': '飞',
	'⻝': '食',
	'⻢': '马',
	'⻣': '骨',
	'⻤': '鬼',
	'⻥': '鱼',
	'⻦': '鸟',
	'⻧': '卤',
	'⻨': '麦',
	'⻩': '黄',
	'⻬': '齐',
	'⻮': '齿',
	'⻰': '龙',
	'⻳': '龟'
};

const ODD_GLYPHS = /[\u2e80-\u2fdf\uf900-\ufaff]|[\u{2f800}-\u{2fa1f}]/gu;

/** Maps radical and compatibility code points to the characters they stand for (else unchanged). */
export function normaliseGlyphs(text: string): string {
	if (!/[\u2e80-\u2fdf\uf900-\ufaff\ud87e]/.test(text)) return text;
	return text.replace(ODD_GLYPHS, (c) => SUPPLEMENT[c] ?? c.normalize('NFKC'));
}
