import { describe, expect, it } from 'vitest';
import {
	encodeModule,
	keepExports,
	KIND,
	parseSections,
	readExports,
	readImports,
	SECTION,
	u32Bytes
} from './module.mjs';

const name = (s: string) => {
	const b = new TextEncoder().encode(s);
	return [...u32Bytes(b.length), ...b];
};
const section = (id: number, body: number[]) => [id, ...u32Bytes(body.length), ...body];
const vec = (items: number[][]) => [...u32Bytes(items.length), ...items.flat()];

/** Over 127 bytes: its length takes two LEB128 bytes. */
const LONG = `f_${'x'.repeat(150)}`;

/**
 * A module by hand: imports of each kind, three functions `() → i32` returning 1, 2, 3 and a
 * custom section, exported as `one`, `two` and `LONG`, with the memory.
 */
function handMade(): Uint8Array {
	const body = (n: number) => [4, 0, 0x41, n, 0x0b]; // size, no locals, i32.const n, end
	return Uint8Array.from([
		...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
		...section(SECTION.type, vec([[0x60, 0, 1, 0x7f]])),
		...section(
			SECTION.import,
			vec([
				[...name('env'), ...name('f'), KIND.func, 0],
				[...name('env'), ...name('table'), KIND.table, 0x70, 0x01, 1, 2],
				[...name('env'), ...name('memory'), KIND.memory, 0x00, 1],
				[...name('GOT.func'), ...name('g'), KIND.global, 0x7f, 1]
			])
		),
		...section(SECTION.function, vec([[0], [0], [0]])),
		...section(
			SECTION.export,
			vec([
				[...name('one'), KIND.func, 1],
				[...name('two'), KIND.func, 2],
				[...name(LONG), KIND.func, 3],
				[...name('memory'), KIND.memory, 0]
			])
		),
		...section(SECTION.code, vec([body(1), body(2), body(3)])),
		...section(SECTION.custom, [...name('note'), 1, 2, 3])
	]);
}

const imports = () => ({
	env: {
		f: () => 0,
		table: new WebAssembly.Table({ initial: 1, maximum: 2, element: 'anyfunc' }),
		memory: new WebAssembly.Memory({ initial: 1 })
	},
	'GOT.func': { g: new WebAssembly.Global({ value: 'i32', mutable: true }, 0) }
});

describe('wasm sections', () => {
	it('reads what a compiler reads', () => {
		const bytes = handMade();
		const sections = parseSections(bytes);
		expect(sections.map((s) => s.id)).toEqual([
			SECTION.type,
			SECTION.import,
			SECTION.function,
			SECTION.export,
			SECTION.code,
			SECTION.custom
		]);
		const mod = new WebAssembly.Module(bytes);
		expect(readExports(sections).map((e) => e.name)).toEqual(
			WebAssembly.Module.exports(mod).map((e) => e.name)
		);
		expect(readImports(sections).map((i) => `${i.module}.${i.field}:${i.kind}`)).toEqual([
			'env.f:0',
			'env.table:1',
			'env.memory:2',
			'GOT.func.g:3'
		]);
		expect(encodeModule(sections)).toEqual(bytes);
	});

	it('keeps the chosen exports and nothing else changes', async () => {
		const bytes = handMade();
		const slim = keepExports(bytes, (e) => e.name !== 'two');
		const { instance } = await WebAssembly.instantiate(slim, imports());
		expect(Object.keys(instance.exports)).toEqual(['one', LONG, 'memory']);
		expect((instance.exports.one as () => number)()).toBe(1);
		expect((instance.exports[LONG] as () => number)()).toBe(3);
		const [before, after] = [bytes, slim].map(parseSections);
		expect(after!.filter((s) => s.id !== SECTION.export)).toEqual(
			before!.filter((s) => s.id !== SECTION.export)
		);
		expect(keepExports(bytes, () => true)).toEqual(bytes);
	});

	it('refuses what is not a wasm module, and a truncated one', () => {
		expect(() => parseSections(new TextEncoder().encode('<!doctype html>'))).toThrow(/not a/);
		expect(() => parseSections(handMade().subarray(0, 30))).toThrow(/unexpected end/);
	});
});
