import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';

export interface ZipEntry {
	name: string;
	bytes: Uint8Array;
}

export interface ZipLimits {
	/** Largest single entry, decompressed. */
	maxEntry: number;
	/** Largest total, decompressed: a zip bomb stops here. */
	maxTotal: number;
	/** Entries worth reading (report and table files); others are listed as skipped. */
	accept: (name: string) => boolean;
	/** Entries passed over without a word (a bundle's Parquet copies and README). */
	skip?: (name: string) => boolean;
}

export interface ZipResult {
	entries: ZipEntry[];
	problems: { name: string; message: string }[];
	/** Why the file is no zip at all (nothing in it could be read), or null. */
	invalid: string | null;
	invalid_en?: string;
}

// Fed in small pieces so that no single step can inflate more than ≈ 1000 × this.
const CHUNK = 16 * 1024;
const MB = (n: number) => `${(n / 1048576).toFixed(0)} MB`;

/**
 * The files in a zip, decompressed with hard bounds on each entry and on the total, whatever the
 * archive's headers claim. A corrupt archive keeps what was read before the damage.
 */
export function unzipBounded(bytes: Uint8Array, limits: ZipLimits): ZipResult {
	const result: ZipResult = { entries: [], problems: [], invalid: null };
	let total = 0;
	let stopped = false;
	const unfinished = new Set<string>();
	const unzip = new Unzip();
	unzip.register(UnzipInflate);
	unzip.onfile = (file: UnzipFile) => {
		const name = file.name;
		if (name.endsWith('/') || /(^|\/)(__MACOSX|\.)/.test(name) || limits.skip?.(name)) return;
		if (!limits.accept(name)) {
			result.problems.push({ name, message: '不是可导入的文件类型，已跳过' });
			return;
		}
		const parts: Uint8Array[] = [];
		let size = 0;
		let dead = false;
		unfinished.add(name);
		file.ondata = (err, chunk, final) => {
			if (dead) return;
			if (err || final) unfinished.delete(name);
			if (err) {
				dead = true;
				result.problems.push({ name, message: `解压失败：压缩包已损坏（${err.message}）` });
				return;
			}
			size += chunk.length;
			total += chunk.length;
			if (size > limits.maxEntry || total > limits.maxTotal) {
				dead = true;
				unfinished.delete(name);
				stopped = total > limits.maxTotal;
				file.terminate();
				result.problems.push({
					name,
					message:
						size > limits.maxEntry
							? `解压后超过单个文件上限 ${MB(limits.maxEntry)}，未读取（可能是“压缩炸弹”）`
							: `压缩包解压后总量超过 ${MB(limits.maxTotal)}，其余文件未读取（可能是“压缩炸弹”）`
				});
				return;
			}
			parts.push(chunk);
			if (final) result.entries.push({ name, bytes: concat(parts, size) });
		};
		try {
			file.start();
		} catch {
			dead = true;
			unfinished.delete(name);
			result.problems.push({ name, message: '使用了不支持的压缩方式，未读取' });
		}
	};
	try {
		for (let i = 0; i < bytes.length && !stopped; i += CHUNK)
			unzip.push(bytes.subarray(i, i + CHUNK), i + CHUNK >= bytes.length);
	} catch (e) {
		result.problems.push({
			name: '',
			message: `压缩包已损坏，无法继续读取（${e instanceof Error ? e.message : String(e)}）`
		});
	}
	for (const name of unfinished)
		result.problems.push({ name, message: '压缩包不完整或已损坏，此文件未能完整读取' });
	// The streaming reader passes over bytes that are no zip record, so random bytes read as an
	// empty archive: without the zip signature or the end-of-directory record it is no zip.
	const signed = startsWith(bytes, LOCAL) || startsWith(bytes, END);
	if (signed && hasEnd(bytes)) return result;
	if (!result.entries.length)
		return {
			...result,
			problems: [],
			invalid: signed
				? '不是有效的 zip 压缩包（无法读取目录，文件可能被截断）'
				: '不是有效的 zip 压缩包（无法读取目录）',
			invalid_en: signed
				? 'Not a valid zip archive (its directory cannot be read; truncated?).'
				: 'Not a valid zip archive (its directory cannot be read).'
		};
	result.problems.push({
		name: '',
		message: '压缩包不完整（找不到目录，可能被截断），只读取了损坏处之前的文件'
	});
	return result;
}

const LOCAL = [0x50, 0x4b, 0x03, 0x04];
const END = [0x50, 0x4b, 0x05, 0x06];
const startsWith = (bytes: Uint8Array, sig: number[], at = 0) =>
	sig.every((b, i) => bytes[at + i] === b);

/** The end-of-central-directory record sits in the last 22 bytes + up to 64 KB of comment. */
function hasEnd(bytes: Uint8Array): boolean {
	for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--)
		if (startsWith(bytes, END, at)) return true;
	return false;
}

function concat(parts: Uint8Array[], size: number): Uint8Array {
	if (parts.length === 1) return parts[0]!;
	const out = new Uint8Array(size);
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}
