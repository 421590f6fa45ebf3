// Plain JavaScript: vite.config.ts imports it (through slim.mjs), and Vite loads the config with Node's own loader.

/**
 * Reads and rewrites the sections of a WebAssembly binary (the format's top level only: magic,
 * version, then `id, size, payload` per section). Pure functions on bytes, so the surgery on
 * DuckDB's 34 MB module is tested on tiny hand-made ones.
 */

export const SECTION = /** @type {const} */ ({
	custom: 0,
	type: 1,
	import: 2,
	function: 3,
	table: 4,
	memory: 5,
	global: 6,
	export: 7,
	start: 8,
	element: 9,
	code: 10,
	data: 11,
	dataCount: 12,
	tag: 13
});

export const KIND = /** @type {const} */ ({ func: 0, table: 1, memory: 2, global: 3, tag: 4 });

const HEADER = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];

/** @typedef {{ id: number, payload: Uint8Array }} Section  payload: a view into the module's bytes */
/** @typedef {{ name: string, kind: number, index: number }} Export */
/** @typedef {{ module: string, field: string, kind: number }} Import */

/** A cursor over bytes that reads the format's unsigned LEB128 integers and names. */
class Reader {
	/** @param {Uint8Array} bytes */
	constructor(bytes) {
		this.bytes = bytes;
		this.pos = 0;
	}

	get done() {
		return this.pos >= this.bytes.length;
	}

	/** @returns {number} */
	byte() {
		if (this.pos >= this.bytes.length) throw new Error('wasm: unexpected end');
		return /** @type {number} */ (this.bytes[this.pos++]);
	}

	/** @returns {number} */
	u32() {
		let result = 0;
		for (let shift = 0; shift < 35; shift += 7) {
			const b = this.byte();
			result += (b & 0x7f) * 2 ** shift;
			if (!(b & 0x80)) return result;
		}
		throw new Error('wasm: LEB128 too long');
	}

	/** @param {number} n */
	take(n) {
		if (this.pos + n > this.bytes.length) throw new Error('wasm: unexpected end');
		const out = this.bytes.subarray(this.pos, this.pos + n);
		this.pos += n;
		return out;
	}

	name() {
		return new TextDecoder('utf-8', { fatal: true }).decode(this.take(this.u32()));
	}

	limits() {
		const flags = this.byte();
		this.u32();
		if (flags & 1) this.u32();
	}
}

/**
 * @param {number} value
 * @returns {number[]} its unsigned LEB128 bytes
 */
export function u32Bytes(value) {
	const out = [];
	do {
		let b = value & 0x7f;
		value = Math.floor(value / 128);
		if (value) b |= 0x80;
		out.push(b);
	} while (value);
	return out;
}

/** @param {string} name */
const nameBytes = (name) => {
	const utf8 = new TextEncoder().encode(name);
	return [...u32Bytes(utf8.length), ...utf8];
};

/**
 * @param {Uint8Array} bytes
 * @returns {Section[]}
 */
export function parseSections(bytes) {
	if (bytes.length < 8 || HEADER.some((b, i) => bytes[i] !== b))
		throw new Error('wasm: not a WebAssembly 1.0 binary');
	const r = new Reader(bytes);
	r.pos = 8;
	const sections = [];
	while (!r.done) {
		const id = r.byte();
		const size = r.u32();
		sections.push({ id, payload: r.take(size) });
	}
	return sections;
}

/**
 * @param {Section[]} sections
 * @returns {Uint8Array}
 */
export function encodeModule(sections) {
	/** @type {Uint8Array[]} */
	const parts = [Uint8Array.from(HEADER)];
	for (const s of sections)
		parts.push(Uint8Array.from([s.id, ...u32Bytes(s.payload.length)]), s.payload);
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}

/**
 * @param {Section[]} sections
 * @returns {Export[]}
 */
export function readExports(sections) {
	const section = sections.find((s) => s.id === SECTION.export);
	if (!section) return [];
	const r = new Reader(section.payload);
	return Array.from({ length: r.u32() }, () => ({
		name: r.name(),
		kind: r.byte(),
		index: r.u32()
	}));
}

/**
 * @param {Export[]} exports
 * @returns {Uint8Array} an export section's payload
 */
export function encodeExports(exports) {
	const bytes = [...u32Bytes(exports.length)];
	for (const e of exports) bytes.push(...nameBytes(e.name), e.kind, ...u32Bytes(e.index));
	return Uint8Array.from(bytes);
}

/**
 * @param {Section[]} sections
 * @returns {Import[]}
 */
export function readImports(sections) {
	const section = sections.find((s) => s.id === SECTION.import);
	if (!section) return [];
	const r = new Reader(section.payload);
	return Array.from({ length: r.u32() }, () => {
		const module = r.name();
		const field = r.name();
		const kind = r.byte();
		if (kind === KIND.func) r.u32();
		else if (kind === KIND.table) {
			r.byte();
			r.limits();
		} else if (kind === KIND.memory) r.limits();
		else if (kind === KIND.global) r.take(2);
		else if (kind === KIND.tag) {
			r.byte();
			r.u32();
		} else throw new Error(`wasm: unknown import kind ${kind}`);
		return { module, field, kind };
	});
}

/**
 * The module with only the exports `keep` accepts. Nothing else changes: nothing in a module
 * refers to its exports.
 * @param {Uint8Array} bytes
 * @param {(e: Export) => boolean} keep
 */
export function keepExports(bytes, keep) {
	const sections = parseSections(bytes);
	const kept = readExports(sections).filter(keep);
	return encodeModule(
		sections.map((s) => (s.id === SECTION.export ? { id: s.id, payload: encodeExports(kept) } : s))
	);
}
