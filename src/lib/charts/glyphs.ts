/**
 * Warms the browser's font caches for the Chinese characters charts are about to draw.
 *
 * Why: the first time a canvas measures or draws a CJK character at a size, Chromium finds the
 * fallback font (Noto Sans CJK, a large font) and shapes and rasterizes the glyph; ECharts
 * measures every new label, legend and axis name during `setOption`. Traced on the overview's
 * filter changes (scripts/trace-interact.ts), those first uses cost up to 200 ms of a change's
 * `setOption` time (a new level's subject, a metric's axis name, 不设地级 on the map). Measured
 * and drawn once in idle time, ahead, they cost nothing when a change needs them.
 */

import { FONT_FAMILY } from './font';

/** The sizes the chart builders draw text at (ECharts' default is 12 px) in the charts' font (THEME). */
export const GLYPH_FONTS = [12, 11, 10, 9].map((px) => `${px}px ${FONT_FAMILY}`);

/** Characters per measured and drawn piece: short enough to fit a small canvas, and a time slice. */
export const GLYPH_CHUNK = 16;

/** CJK ideographs, CJK punctuation and full-width forms: the characters a fallback font draws. */
const WIDE = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/gu;

/** The distinct wide characters of `text` not in `seen`, in order of first appearance. */
export function newWideChars(text: string, seen: ReadonlySet<string>): string[] {
	const out = new Set<string>();
	for (const c of text.match(WIDE) ?? []) if (!seen.has(c)) out.add(c);
	return [...out];
}

/** The canvas calls the warm-up makes (a 2D context, or a test double). */
export interface GlyphCanvas {
	font: string;
	measureText(text: string): unknown;
	fillText(text: string, x: number, y: number): void;
}

export interface IdleSlice {
	timeRemaining(): number;
}

/**
 * Measures and draws `chars` in every chart font, a chunk at a time while `slice` has time left
 * (at least one chunk per call); returns the characters still to do.
 */
export function warmSome(ctx: GlyphCanvas, chars: readonly string[], slice: IdleSlice): string[] {
	let at = 0;
	do {
		const piece = chars.slice(at, at + GLYPH_CHUNK).join('');
		for (const font of GLYPH_FONTS) {
			ctx.font = font;
			ctx.measureText(piece);
			ctx.fillText(piece, 0, 12);
		}
		at += GLYPH_CHUNK;
	} while (at < chars.length && slice.timeRemaining() > 4);
	return chars.slice(at);
}

const warmed = new Set<string>();
let queue: string[] = [];
let busy = false;
let canvas: GlyphCanvas | null = null;

/**
 * Warms, in idle time, the wide characters of the page's text that were not warmed before: its
 * metric, level, scope and region names are what the next chart's labels are made of. Called
 * after a chart is drawn; browsers without `requestIdleCallback` skip it.
 */
export function warmPageGlyphs(): void {
	if (busy || typeof document === 'undefined' || typeof requestIdleCallback === 'undefined') return;
	busy = true;
	const step = (slice: IdleDeadline) => {
		if (!queue.length) {
			// Read in idle time too: the page's text is tens of kB.
			queue = newWideChars(document.body.textContent ?? '', warmed);
			for (const c of queue) warmed.add(c);
			canvas ??= queue.length ? makeCanvas() : null;
		}
		if (canvas && queue.length) queue = warmSome(canvas, queue, slice);
		if (queue.length) requestIdleCallback(step);
		else busy = false;
	};
	requestIdleCallback(step);
}

function makeCanvas(): GlyphCanvas | null {
	const c = document.createElement('canvas');
	c.width = GLYPH_CHUNK * 12;
	c.height = 16;
	return c.getContext('2d');
}
