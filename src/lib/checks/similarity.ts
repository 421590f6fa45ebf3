/**
 * Copied text (雷同): character shingles of normalised text, MinHash signatures to find the most
 * similar candidate among many (Broder 1997), and the exact share of a text covered by passages
 * also found in the other — the figure a supervisor reads ("62 % repeats last year").
 */

/** Shingle length in characters: long enough that a shared shingle is a shared phrase. */
export const SHINGLE = 8;
/** Sections shorter than this (after normalisation) are not compared: one stock sentence would read as 100 %. */
export const MIN_CHARS = 80;
/** A section repeated at or above this share is a finding (the Jiangsu scoring sheet's 50 %). */
export const DEFAULT_COPY_THRESHOLD = 0.5;
export const MINHASH_SIZE = 64;

export interface Normalised {
	/** Letters, CJK and digits only; every run of digits becomes `0` so changed years and counts still match. */
	text: string;
	/** Index in the original string of each character of `text`. */
	at: number[];
}

const KEEP = /[\p{L}\p{N}]/u;

/** Letters and digits: ASCII and CJK by code range (fast), anything else by Unicode class. */
function kept(c: string, code: number): boolean {
	if (code < 128)
		return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
	if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) return true;
	if (code >= 0x3000 && code <= 0x303f) return code === 0x3007; // CJK punctuation, except 〇
	return KEEP.test(c);
}

export function normalise(original: string): Normalised {
	const text: string[] = [];
	const at: number[] = [];
	const s = original.normalize('NFKC');
	// NFKC keeps the length of CJK text; the rare expanding character maps to its first position.
	const scale = s.length === original.length ? 1 : original.length / Math.max(1, s.length);
	let inDigits = false;
	for (let i = 0; i < s.length; i++) {
		const code = s.charCodeAt(i);
		const c = s[i]!;
		if (!kept(c, code)) {
			inDigits = false;
			continue;
		}
		const digit = code >= 48 && code <= 57;
		if (digit && inDigits) continue;
		inDigits = digit;
		text.push(digit ? '0' : code < 128 ? c.toLowerCase() : c);
		at.push(Math.floor(i * scale));
	}
	return { text: text.join(''), at };
}

/** 32-bit FNV-1a of a string. */
function fnv(s: string): number {
	let h = 2166136261;
	for (let i = 0; i < s.length; i++) {
		h ^= s.charCodeAt(i);
		h = Math.imul(h, 16777619);
	}
	return h >>> 0;
}

/** Shingle hashes in order of position (index i = shingle starting at character i). */
export function shingleHashes(text: string, k = SHINGLE): number[] {
	const out: number[] = [];
	for (let i = 0; i + k <= text.length; i++) out.push(fnv(text.slice(i, i + k)));
	return out;
}

function mix(x: number, seed: number): number {
	let h = (x ^ seed) >>> 0;
	h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
	h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
	return (h ^ (h >>> 16)) >>> 0;
}

const SEEDS = Array.from({ length: MINHASH_SIZE }, (_, i) => mix(i + 1, 0x9e3779b9));

/** MinHash signature of a set of shingle hashes. */
export function minhash(hashes: Iterable<number>): Uint32Array {
	const sig = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
	for (const h of hashes)
		for (let i = 0; i < MINHASH_SIZE; i++) {
			const v = mix(h, SEEDS[i]!);
			if (v < sig[i]!) sig[i] = v;
		}
	return sig;
}

/** Estimated Jaccard similarity of two signatures (share of equal slots). */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
	let same = 0;
	for (let i = 0; i < MINHASH_SIZE; i++) if (a[i] === b[i] && a[i] !== 0xffffffff) same++;
	return same / MINHASH_SIZE;
}

export interface Span {
	from: number;
	to: number;
}

export interface Overlap {
	/** Share of `text`'s normalised characters inside a passage also found in `other` (0–1). */
	share: number;
	/** Repeated passages as ranges of the original `text`, merged and in order. */
	spans: Span[];
	/** Normalised length of `text`. */
	chars: number;
}

/** Ranges of the original string covered by shingles whose hash is in `shared`. */
function coveredSpans(n: Normalised, hashes: number[], shared: Set<number>, k: number) {
	const covered = new Uint8Array(n.text.length);
	hashes.forEach((h, i) => {
		if (shared.has(h)) covered.fill(1, i, i + k);
	});
	const spans: Span[] = [];
	let count = 0;
	for (let i = 0; i < covered.length; i++) {
		if (!covered[i]) continue;
		count++;
		const from = n.at[i]!;
		const to = n.at[i]! + 1;
		const last = spans[spans.length - 1];
		// Characters dropped by normalisation (punctuation, spaces) between two covered ones join the span.
		if (last && i > 0 && covered[i - 1]) last.to = to;
		else spans.push({ from, to });
	}
	return { spans, count };
}

/** A text normalised and shingled once, for many comparisons. */
export interface Prepared {
	n: Normalised;
	hashes: number[];
	set: Set<number>;
}

export function prepare(text: string, k = SHINGLE): Prepared {
	const n = normalise(text);
	const hashes = shingleHashes(n.text, k);
	return { n, hashes, set: new Set(hashes) };
}

/** How much of `a` repeats passages of `b` (both prepared with the same shingle length). */
export function overlapOf(a: Prepared, b: Prepared, k = SHINGLE): Overlap {
	const { spans, count } = coveredSpans(a.n, a.hashes, b.set, k);
	return { share: a.n.text.length ? count / a.n.text.length : 0, spans, chars: a.n.text.length };
}

/** How much of `text` repeats passages of `other`: exact, over shingles of the normalised texts. */
export const overlap = (text: string, other: string, k = SHINGLE): Overlap =>
	overlapOf(prepare(text, k), prepare(other, k), k);

export interface Candidate<K> {
	key: K;
	text: string;
}

export interface Indexed<K> extends Candidate<K> {
	prepared: Prepared;
	signature: Uint32Array;
	chars: number;
}

/** Candidates with their shingles and signatures, computed once for many comparisons. */
export function indexTexts<K>(candidates: readonly Candidate<K>[], k = SHINGLE): Indexed<K>[] {
	return candidates.map((c) => {
		const prepared = prepare(c.text, k);
		return { ...c, prepared, signature: minhash(prepared.set), chars: prepared.n.text.length };
	});
}

export interface Match<K> {
	key: K;
	share: number;
}

/**
 * The candidate `text` repeats most: MinHash picks the `shortlist` most similar, the exact overlap
 * decides among them. Null when the text is too short or no candidate shares a passage.
 */
export function mostSimilar<K>(
	text: string | Indexed<unknown>,
	candidates: readonly Indexed<K>[],
	shortlist = 3,
	k = SHINGLE
): Match<K> | null {
	const self = typeof text === 'string' ? indexTexts([{ key: null, text }], k)[0]! : text;
	if (self.chars < MIN_CHARS || !candidates.length) return null;
	const ranked = candidates
		.filter((c) => c.chars >= MIN_CHARS)
		.map((c) => ({ c, j: estimateJaccard(self.signature, c.signature) }))
		.filter((r) => r.j > 0)
		.sort((x, y) => y.j - x.j)
		.slice(0, shortlist);
	let best: Match<K> | null = null;
	for (const { c } of ranked) {
		const share = overlapOf(self.prepared, c.prepared, k).share;
		if (share > 0 && (!best || share > best.share)) best = { key: c.key, share };
	}
	return best;
}
