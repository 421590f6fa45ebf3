import { toHalfWidth } from './numbers';
import type { Word } from './pdf-lines';
import type { Rule } from './ruling-lines';

const DIGITS = /^\d+$/;
const isDigits = (w: Word) => DIGITS.test(toHalfWidth(w.text));
const centre = (w: Word) => (w.x0 + w.x1) / 2;

/** Whether a rule crosses x strictly between two heights. */
const ruleBetween = (rules: readonly Rule[], x: number, top: number, bottom: number) =>
	rules.some((r) => r.x0 <= x && x <= r.x1 && r.y > top && r.y < bottom);

/**
 * Rejoins numbers that a narrow table cell wrapped onto several lines (`１２` printed as １ over ２,
 * `2932` as 29 over 32): digit fragments stacked within the upper fragment's x-extent, one line
 * pitch apart, with no ruling line between them (so inside one cell of one row) are one number.
 * Only where the page draws its cell borders: without rules, two rows' single digits one above
 * the other look the same, and a wrong join would invent a number. The joined number goes to the
 * line of the stack's span where most of the row's one-line numbers sit (cells are centred
 * vertically in browsers, top-aligned in Word), else to the line nearest its middle.
 */
export function joinWrappedNumbers(lines: Word[][], rules: readonly Rule[]): Word[][] {
	if (!rules.length) return lines;
	const flat = lines.flatMap((words, line) => words.map((word) => ({ word, line })));
	const used = new Set<Word>();
	const stacks: { word: Word; line: number }[][] = [];
	for (const [start, { word: top, line }] of flat.entries()) {
		if (used.has(top) || !isDigits(top)) continue;
		const x = centre(top);
		const stack = [{ word: top, line }];
		for (;;) {
			const last = stack[stack.length - 1]!.word;
			const pitch = (last.size ?? 10) * 2.5;
			// Lines run down the page: look after the stack's last fragment, no further than a pitch.
			let below: { word: Word; line: number } | undefined;
			for (let i = start + 1; i < flat.length && !below; i++) {
				const f = flat[i]!;
				if (f.word.y - last.y > pitch) break;
				if (
					f.line > stack[stack.length - 1]!.line &&
					f.word.y > last.y &&
					centre(f.word) > top.x0 &&
					centre(f.word) < top.x1 &&
					f.word.x1 - f.word.x0 <= top.x1 - top.x0 + (top.size ?? 10) * 0.6
				)
					below = f;
			}
			if (!below || used.has(below.word) || !isDigits(below.word)) break;
			if (ruleBetween(rules, x, last.y, below.word.y)) break;
			// The cell's bottom border (its top one may be on the previous page).
			if (!rules.some((r) => r.x0 <= x && x <= r.x1 && r.y > below.word.y)) break;
			stack.push(below);
		}
		if (stack.length < 2) continue;
		for (const s of stack) used.add(s.word);
		stacks.push(stack);
	}
	if (!stacks.length) return lines;
	// Numbers printed on one line in their cell: where the row's values sit.
	const plain = lines.map((words) => words.filter((w) => isDigits(w) && !used.has(w)).length);
	const moves = stacks.map((stack) => {
		const first = stack[0]!;
		const end = stack[stack.length - 1]!;
		const middle = (first.word.y + end.word.y) / 2;
		const off = (l: number) => Math.abs(lines[l]![0]!.y - middle);
		let to = first.line;
		for (let l = first.line; l <= end.line; l++)
			if (plain[l]! > plain[to]! || (plain[l] === plain[to] && off(l) < off(to) - 0.5)) to = l;
		const top = first.word;
		const word: Word = {
			text: stack.map((s) => s.word.text).join(''),
			x0: Math.min(...stack.map((s) => s.word.x0)),
			x1: Math.max(...stack.map((s) => s.word.x1)),
			y: lines[to]![0]!.y,
			...(top.size ? { size: top.size } : {})
		};
		return { word, to };
	});
	const out = lines.map((words) => words.filter((w) => !used.has(w)));
	for (const m of moves) out[m.to]!.push(m.word);
	return out.filter((words) => words.length).map((words) => words.sort((a, b) => a.x0 - b.x0));
}
