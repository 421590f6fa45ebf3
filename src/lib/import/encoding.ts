export type TextEncoding = 'utf-8-bom' | 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export const ENCODING_ZH: Record<TextEncoding, string> = {
	'utf-8-bom': 'UTF-8（带 BOM）',
	'utf-8': 'UTF-8',
	'utf-16le': 'UTF-16',
	'utf-16be': 'UTF-16',
	gb18030: 'GBK/GB18030（Excel 中文默认）'
};

const starts = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

/**
 * A table's text and the encoding it was in: a BOM decides; otherwise valid UTF-8 is UTF-8 and
 * anything else is read as GB18030, the superset of the GBK that Excel writes for Chinese.
 */
export function decodeTable(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
	if (starts(bytes, [0xef, 0xbb, 0xbf]))
		return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
	if (starts(bytes, [0xff, 0xfe]))
		return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
	if (starts(bytes, [0xfe, 0xff]))
		return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
	} catch {
		return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
	}
}
