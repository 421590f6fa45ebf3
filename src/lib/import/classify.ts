import { MAX_BYTES } from '$lib/parse/input';

export type FileKind = 'report' | 'table' | 'xlsx' | 'zip' | 'other';

const REPORT = /\.(pdf|docx|html?|txt|md|markdown)$/i;

export function kindOf(name: string): FileKind {
	if (REPORT.test(name)) return 'report';
	if (/\.(csv|tsv)$/i.test(name)) return 'table';
	if (/\.xlsx$/i.test(name)) return 'xlsx';
	if (/\.zip$/i.test(name)) return 'zip';
	return 'other';
}

/** Largest file of each kind read at all: bigger files are refused before a byte is read. */
export const MAX_FILE: Record<FileKind, number> = {
	report: MAX_BYTES,
	table: 50 * 1024 * 1024,
	xlsx: 50 * 1024 * 1024,
	zip: 200 * 1024 * 1024,
	other: 0
};
export const ZIP_LIMITS = { maxEntry: MAX_BYTES, maxTotal: 500 * 1024 * 1024 };

const MB = (n: number) => `${(n / 1048576).toFixed(1)} MB`;

/** Why a file is not read, or null: a wrong type or a size over the bound. */
export function refusal(name: string, size: number): string | null {
	const kind = kindOf(name);
	if (kind === 'other')
		return '不是可导入的文件类型（支持 pdf、docx、html、txt、md、csv、xlsx、zip）';
	if (size === 0) return '文件为空';
	if (size > MAX_FILE[kind])
		return `文件过大（${MB(size)}），超过 ${MB(MAX_FILE[kind])} 上限，未读取`;
	return null;
}

export async function sha256(bytes: Uint8Array): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
	return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
